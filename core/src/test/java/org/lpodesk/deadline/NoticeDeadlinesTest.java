package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

class NoticeDeadlinesTest {

    private final NoticeDeadlines deadlines = new NoticeDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults());

    private static UscisNotice notice(NoticeKind kind, String date, ServiceMethod service) {
        return UscisNotice.of(kind, LocalDate.parse(date), service);
    }

    private Deadline due(UscisNotice notice) {
        return deadlines.responseDeadline(notice).orElseThrow();
    }

    /**
     * Every response and appeal figure of DOMAIN.md, electronic and mailed. The expected dates
     * are counted by hand on a calendar; the comment shows the count and any weekend roll.
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            // kind     | form  | service    | notice date | due        | rule
            "RFE        |       | ELECTRONIC | 2025-07-03 | 2025-09-25 | rfe",               // +84 = Thu Sep 25
            "RFE        |       | MAIL       | 2025-07-03 | 2025-09-29 | rfe",               // +87 = Sun Sep 28 -> Mon
            "RFE        | I-539 | ELECTRONIC | 2025-03-03 | 2025-04-02 | rfe.i539",          // +30 = Wed Apr 2
            "RFE        | I-539 | MAIL       | 2025-03-03 | 2025-04-07 | rfe.i539",          // +33 = Sat Apr 5 -> Mon
            "NOID       |       | ELECTRONIC | 2025-02-10 | 2025-03-12 | noid",              // +30 = Wed Mar 12
            "NOID       |       | MAIL       | 2025-02-10 | 2025-03-17 | noid",              // +33 = Sat Mar 15 -> Mon
            "NOIR       |       | ELECTRONIC | 2025-06-02 | 2025-07-02 | noir",              // +30 = Wed Jul 2
            "NOIR       |       | MAIL       | 2025-06-02 | 2025-07-07 | noir",              // +33 = Sat Jul 5 -> Mon
            "NOIT       |       | ELECTRONIC | 2025-10-06 | 2025-11-05 | noit",              // +30 = Wed Nov 5
            "NOIT       |       | MAIL       | 2025-10-06 | 2025-11-10 | noit",              // +33 = Sat Nov 8 -> Mon
            "DENIAL     |       | ELECTRONIC | 2025-04-01 | 2025-05-01 | appeal.i290b",      // +30 = Thu May 1
            "DENIAL     |       | MAIL       | 2025-04-01 | 2025-05-05 | appeal.i290b",      // +33 = Sun May 4 -> Mon
            "REVOCATION |       | ELECTRONIC | 2025-04-01 | 2025-04-16 | appeal.revocation", // +15 = Wed Apr 16
            "REVOCATION |       | MAIL       | 2025-04-01 | 2025-04-21 | appeal.revocation"  // +18 = Sat Apr 19 -> Mon
    })
    void everyDomainFigureGivesTheHandCountedDate(NoticeKind kind, String form, ServiceMethod service, LocalDate date,
            LocalDate expected, String ruleId) {
        UscisNotice notice = UscisNotice.of(kind, date, service).withForm(form);

        Deadline deadline = due(notice);

        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.ruleId()).isEqualTo(ruleId);
        assertThat(deadline.hasNote(DeadlineNote.Code.ROLLED_FORWARD))
                .isEqualTo(!expected.equals(date.plusDays(deadline.rule().defaultFigure()
                        + (service == ServiceMethod.MAIL ? 3 : 0))));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // last day Sat Aug 30, 2025; Sun; Labor Day Mon Sep 1 -> Tue Sep 2
            "NOID       | 2025-07-31 | 2025-09-02 | I-140",
            // last day Fri Dec 25, 2026 (Christmas); Sat; Sun -> Mon Dec 28
            "DENIAL     | 2026-11-25 | 2026-12-28 | I-140",
            // last day Fri Dec 31, 2021 (New Year's Day 2022 observed); Sat Jan 1; Sun -> Mon Jan 3, 2022
            "RFE        | 2021-12-01 | 2022-01-03 | I-539",
            // last day Fri Jun 18, 2021 (Juneteenth observed); Sat; Sun -> Mon Jun 21
            "REVOCATION | 2021-06-03 | 2021-06-21 | I-140"})
    void aLastDayOnAHolidayWeekendRunsToTheNextBusinessDay(NoticeKind kind, LocalDate date, LocalDate expected,
            String form) {
        Deadline deadline = due(UscisNotice.of(kind, date, ServiceMethod.ELECTRONIC).withForm(form));

        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.hasNote(DeadlineNote.Code.ROLLED_FORWARD)).isTrue();
        assertThat(deadline.citation()).isNotBlank();
    }

    @Test
    void theRollNoteSaysWhyAndCitesTheRule() {
        Deadline deadline = due(notice(NoticeKind.NOID, "2025-08-02", ServiceMethod.ELECTRONIC)); // +30 = Mon Sep 1

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(deadline.notes()).extracting(DeadlineNote::message).contains(
                "2025-09-01 is Labor Day; under 8 CFR 1.2 the period runs to the end of the next day that is not"
                        + " a Saturday, Sunday or legal holiday: 2025-09-02.");
    }

    @Test
    void aStatedDateWithinTheMaximumGovernsAndIsNotFlagged() {
        // mailed RFE of Jul 3, 2025: legal maximum Mon Sep 29; the notice says Fri Sep 26
        Deadline deadline = due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 26)));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(deadline.isFlagged()).isFalse();
        assertThat(deadline.explain()).isEqualTo("Due 2025-09-26: the date stated on the Request for Evidence dated"
                + " 2025-07-03. The legal maximum is 84 days after the notice, plus 3 days for service by mail,"
                + " which ends 2025-09-29.");
    }

    @Test
    void aStatedDateOnTheRolledMaximumIsWithinTheLaw() {
        Deadline onMonday = due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 29)));
        Deadline onSunday = due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 28)));

        assertThat(onMonday.date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(onMonday.isFlagged()).isFalse();
        assertThat(onSunday.date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(onSunday.hasNote(DeadlineNote.Code.ROLLED_FORWARD)).isTrue();
        assertThat(onSunday.isFlagged()).isFalse();
    }

    @Test
    void aStatedDateLaterThanTheLegalMaximumIsFlaggedAndNotUsed() {
        Deadline deadline = due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 30)));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(deadline.isFlagged()).isTrue();
        assertThat(deadline.hasNote(DeadlineNote.Code.STATED_DATE_AFTER_MAXIMUM)).isTrue();
        assertThat(deadline.notes()).extracting(DeadlineNote::message).contains("The notice states 2025-09-30, but"
                + " the law allows at most 84 days after the notice date 2025-07-03, plus 3 days for service by mail,"
                + " which ends 2025-09-29. The earlier date is used; check the notice.");
    }

    @Test
    void anI539RfeStatingTheGeneralRfePeriodIsFlagged() {
        // I-539 RFE e-served 2025-03-03: 30 days -> Apr 2; a stated 84-day date (May 26) is too late
        Deadline deadline = due(notice(NoticeKind.RFE, "2025-03-03", ServiceMethod.ELECTRONIC).withForm("i539")
                .withStatedDueDate(LocalDate.of(2025, 5, 26)));

        assertThat(deadline.ruleId()).isEqualTo("rfe.i539");
        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(deadline.hasNote(DeadlineNote.Code.STATED_DATE_AFTER_MAXIMUM)).isTrue();
    }

    @Test
    void aStatedDateBeforeTheNoticeDateIsRefused() {
        assertThatThrownBy(() -> deadlines.responseDeadline(notice(NoticeKind.NOID, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 7, 2))))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The stated due date 2025-07-02 is before the notice date 2025-07-03;"
                        + " check both dates on the notice.");
    }

    @Test
    void responsesWithoutTheNoticesOwnDateAreFlaggedButAppealsAreNot() {
        assertThat(due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.ELECTRONIC))
                .hasNote(DeadlineNote.Code.NO_STATED_DATE)).isTrue();
        assertThat(due(notice(NoticeKind.NOIT, "2025-07-03", ServiceMethod.ELECTRONIC))
                .hasNote(DeadlineNote.Code.NO_STATED_DATE)).isTrue();
        assertThat(due(notice(NoticeKind.DENIAL, "2025-04-01", ServiceMethod.ELECTRONIC)).isFlagged()).isFalse();
        assertThat(due(notice(NoticeKind.REVOCATION, "2025-04-01", ServiceMethod.ELECTRONIC)).isFlagged()).isFalse();
    }

    @Test
    void theExplanationShowsTheRuleAndTheFigures() {
        Deadline deadline = due(notice(NoticeKind.DENIAL, "2025-04-01", ServiceMethod.MAIL));

        assertThat(deadline.explain()).isEqualTo(
                "Due 2025-05-05: 30 days after the denial dated 2025-04-01, plus 3 days for service by mail;"
                        + " Sunday 2025-05-04 rolls to Monday 2025-05-05 under 8 CFR 1.2.");
        assertThat(deadline.citation()).isEqualTo("Form I-290B instructions");
        assertThat(deadline.statement()).isEqualTo(deadline.explain() + " Source: Form I-290B instructions.");
        assertThat(deadline.explanation().key()).isEqualTo("explain.notice.computed");
    }

    @ParameterizedTest
    @CsvSource({"I-130", "i360"})
    void denialsAppealedToTheBiaAreFlagged(String form) {
        Deadline deadline = due(notice(NoticeKind.DENIAL, "2025-04-01", ServiceMethod.MAIL).withForm(form));

        assertThat(deadline.hasNote(DeadlineNote.Code.BIA_APPEAL)).isTrue();
        assertThat(deadline.notes()).extracting(DeadlineNote::message)
                .anyMatch(m -> m.contains("Board of Immigration Appeals on Form EOIR-29"));
        assertThat(due(notice(NoticeKind.DENIAL, "2025-04-01", ServiceMethod.MAIL).withForm("I-140")).isFlagged())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, names = {"RECEIPT", "BIOMETRICS", "APPROVAL", "TRANSFER", "INTERVIEW"})
    void noticesThatStartNoPeriodHaveNoDeadline(NoticeKind kind) {
        assertThat(deadlines.responseDeadline(notice(kind, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 8, 1)))).isEmpty();
    }

    @Test
    void aFirmOverrideChangesTheFigureAndTheExplanationSaysSo() {
        DeadlineRules rules = DeadlineRules.defaults().withFigure(DeadlineRule.RFE, 60).withFigure(DeadlineRule.MAIL_SERVICE, 0);
        NoticeDeadlines firm = new NoticeDeadlines(HolidayCalendar.federal(), rules);

        // +60 = Mon Sep 1, 2025 (Labor Day) -> Tue Sep 2; mail adds nothing
        Deadline deadline = firm.responseDeadline(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)).orElseThrow();

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(deadline.explain()).isEqualTo("Due 2025-09-02: 60 days after the Request for Evidence dated 2025-07-03;"
                + " Monday 2025-09-01 (Labor Day) rolls to Tuesday 2025-09-02 under 8 CFR 1.2.");
        assertThat(rules.isOverridden(DeadlineRule.RFE)).isTrue();
        assertThat(rules.isOverridden(DeadlineRule.NOID)).isFalse();
        // a stated date within the law but beyond the firm's shorter figure is flagged against the firm's figure
        Deadline stated = firm.responseDeadline(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 26))).orElseThrow();
        assertThat(stated.date()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(stated.hasNote(DeadlineNote.Code.STATED_DATE_AFTER_MAXIMUM)).isTrue();
    }

    @Test
    void aCautiousFirmRollsBackInsteadOfForward() {
        NoticeDeadlines backward = new NoticeDeadlines(HolidayCalendar.federal(),
                DeadlineRules.defaults().withRollPolicy(RollPolicy.BACKWARD));
        NoticeDeadlines none = new NoticeDeadlines(HolidayCalendar.federal(),
                DeadlineRules.defaults().withRollPolicy(RollPolicy.NONE));
        UscisNotice rfe = notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL); // +87 = Sun Sep 28

        Deadline back = backward.responseDeadline(rfe).orElseThrow();
        Deadline kept = none.responseDeadline(rfe).orElseThrow();

        assertThat(back.date()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(back.hasNote(DeadlineNote.Code.ROLLED_BACK)).isTrue();
        assertThat(kept.date()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(kept.hasNote(DeadlineNote.Code.NOT_A_BUSINESS_DAY)).isTrue();
        // the law's maximum is still Sep 29: a notice stating it is not "later than the law allows"
        Deadline stated = backward.responseDeadline(rfe.withStatedDueDate(LocalDate.of(2025, 9, 28))).orElseThrow();
        assertThat(stated.hasNote(DeadlineNote.Code.STATED_DATE_AFTER_MAXIMUM)).isFalse();
        assertThat(stated.date()).isEqualTo(LocalDate.of(2025, 9, 26));
    }

    @Test
    void aFirmClosureExtendsTheLastDayLikeAHoliday() {
        HolidayCalendar calendar = HolidayCalendar.of(false,
                List.of(Closure.additional(LocalDate.of(2025, 9, 29), "Office closed by executive order")));
        NoticeDeadlines firm = new NoticeDeadlines(calendar, DeadlineRules.defaults());

        Deadline deadline = firm.responseDeadline(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)).orElseThrow();

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void theIssuesNoidExampleSaysWhichSaturdayRolledToWhichMonday() {
        // NOID dated 2026-11-02, mailed: +33 = Saturday 2026-12-05 -> Monday 2026-12-07
        Deadline deadline = due(notice(NoticeKind.NOID, "2026-11-02", ServiceMethod.MAIL));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(deadline.explain()).isEqualTo("Due 2026-12-07: 30 days after the Notice of Intent to Deny dated"
                + " 2026-11-02, plus 3 days for service by mail; Saturday 2026-12-05 rolls to Monday 2026-12-07"
                + " under 8 CFR 1.2.");
    }

    @Test
    void aStatedDateOnAWeekendSaysItRolled() {
        // stated Saturday 2025-09-27 is within the maximum (Mon Sep 29), rolls to Monday
        Deadline deadline = due(notice(NoticeKind.RFE, "2025-07-03", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2025, 9, 27)));

        assertThat(deadline.explain()).startsWith("Due 2025-09-29: the date stated on the Request for Evidence dated"
                + " 2025-07-03; Saturday 2025-09-27 rolls to Monday 2025-09-29 under 8 CFR 1.2. The legal maximum");
    }

    @Test
    void impossibleNoticeFactsAreRefusedBeforeAnythingIsStored() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        deadlines.check(notice(NoticeKind.RFE, "2026-12-02", ServiceMethod.MAIL), today);

        assertThatThrownBy(() -> deadlines.check(notice(NoticeKind.RFE, "2026-12-03", ServiceMethod.MAIL), today))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The notice date 2026-12-03 is after today (2026-12-02); enter the date printed on the notice.");
        assertThatThrownBy(() -> deadlines.check(notice(NoticeKind.RFE, "2026-11-02", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2026, 11, 1)), today))
                .hasMessage("The stated due date 2026-11-01 is before the notice date 2026-11-02; check both dates on the notice.");
        // a kind that starts no period keeps its stated date but is flagged, so a kind changed from RFE to
        // receipt clears the deadline instead of being refused
        deadlines.check(notice(NoticeKind.RECEIPT, "2026-11-02", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2026, 12, 1)), today);
        assertThat(deadlines.unusedStatedDate(notice(NoticeKind.RECEIPT, "2026-11-02", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2026, 12, 1)))).get().hasToString("A receipt notice starts no response"
                + " period: the stated due date 2026-12-01 sets no deadline. Clear it, or choose the kind of notice that"
                + " asks for a response.");
        assertThat(deadlines.unusedStatedDate(notice(NoticeKind.RFE, "2026-11-02", ServiceMethod.MAIL)
                .withStatedDueDate(LocalDate.of(2026, 12, 1)))).isEmpty();
        assertThat(deadlines.unusedStatedDate(notice(NoticeKind.RECEIPT, "2026-11-02", ServiceMethod.MAIL))).isEmpty();
    }
}
