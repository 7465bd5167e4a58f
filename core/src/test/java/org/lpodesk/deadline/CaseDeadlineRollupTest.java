package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

class CaseDeadlineRollupTest {

    private final CaseDeadlineRollup rollup = new CaseDeadlineRollup();
    private final NoticeDeadlines deadlines = new NoticeDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults());

    private Obligation notice(String ref, NoticeKind kind, String date, boolean marked, boolean filed) {
        Deadline d = deadlines.responseDeadline(UscisNotice.of(kind, LocalDate.parse(date), ServiceMethod.MAIL))
                .orElseThrow();
        return Obligation.ofNotice(ref, kind, LocalDate.parse(date), d.date(), d.statement(), marked, filed);
    }

    @Test
    void theCaseDeadlineIsTheEarliestOpenNoticeWithItsRule() {
        Obligation rfe = notice("n1", NoticeKind.RFE, "2026-11-20", false, false);   // 2027-02-16
        Obligation noid = notice("n2", NoticeKind.NOID, "2026-11-02", false, false); // 2026-12-07

        CaseDeadlineRollup.CaseDeadline d = rollup.of(List.of(rfe, noid)).orElseThrow();

        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(d.source()).isEqualTo("n2");
        assertThat(d.rule()).isEqualTo("Notice of Intent to Deny dated 2026-11-02 (the earliest of 2 open obligations,"
                + " none answered): Due 2026-12-07: 30 days after the Notice of Intent to Deny dated 2026-11-02,"
                + " plus 3 days for service by mail; Saturday 2026-12-05 rolls to Monday 2026-12-07 under 8 CFR 1.2."
                + " Source: USCIS Policy Manual, Vol. 1, Part E, Ch. 10.");
    }

    @Test
    void aPastDeadlineDoesNotPinTheCaseOnceAnswered() {
        Obligation oldRfe = notice("n1", NoticeKind.RFE, "2025-01-06", false, true);  // answered by a filed response
        Obligation noid = notice("n2", NoticeKind.NOID, "2026-11-02", false, false);

        assertThat(rollup.of(List.of(oldRfe, noid)).orElseThrow().date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(rollup.of(List.of(oldRfe, noid)).orElseThrow().rule())
                .startsWith("Notice of Intent to Deny dated 2026-11-02 (the only open obligation, 1 answered): ");
    }

    @Test
    void anOverdueOpenNoticeStaysTheCaseDeadline() {
        Obligation overdue = notice("n1", NoticeKind.RFE, "2025-01-06", false, false);
        Obligation later = notice("n2", NoticeKind.NOID, "2026-11-02", false, false);

        assertThat(rollup.of(List.of(later, overdue)).orElseThrow().source()).isEqualTo("n1");
    }

    @Test
    void nothingOpenMeansNoCaseDeadline() {
        assertThat(rollup.of(List.of())).isEmpty();
        assertThat(rollup.of(List.of(notice("n1", NoticeKind.RFE, "2026-11-20", true, false),
                notice("n2", NoticeKind.NOID, "2026-11-02", false, true)))).isEmpty();
    }

    @Test
    void equalDatesAreBrokenBySourceSoEveryTierAgrees() {
        Obligation a = notice("b-notice", NoticeKind.NOID, "2026-11-02", false, false);
        Obligation b = notice("a-notice", NoticeKind.NOIR, "2026-11-02", false, false);

        assertThat(rollup.of(List.of(a, b)).orElseThrow().source()).isEqualTo("a-notice");
        assertThat(rollup.of(List.of(b, a)).orElseThrow().source()).isEqualTo("a-notice");
    }
}
