package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.deadline.RecruitmentStep.Kind.ADDITIONAL_STEP;
import static org.lpodesk.deadline.RecruitmentStep.Kind.NOTICE_OF_FILING;
import static org.lpodesk.deadline.RecruitmentStep.Kind.SUNDAY_NEWSPAPER_AD;
import static org.lpodesk.deadline.RecruitmentStep.Kind.SWA_JOB_ORDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermDeadlinesTest {

    private final PermDeadlines perm = new PermDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A complete recruitment for a professional occupation, early 2025. */
    private static List<RecruitmentStep> recruitment() {
        return List.of(
                new RecruitmentStep(SWA_JOB_ORDER, d("2025-01-06"), d("2025-02-05")),
                RecruitmentStep.on(SUNDAY_NEWSPAPER_AD, d("2025-01-12")),
                RecruitmentStep.on(SUNDAY_NEWSPAPER_AD, d("2025-01-19")),
                // 10 business days from Tue Jan 7: 7,8,9,10,13,14,15,16,17, (MLK Jan 20), 21
                new RecruitmentStep(NOTICE_OF_FILING, d("2025-01-07"), d("2025-01-21")),
                RecruitmentStep.on(ADDITIONAL_STEP, d("2025-01-25")),
                new RecruitmentStep(ADDITIONAL_STEP, d("2025-02-01"), d("2025-02-03")),
                RecruitmentStep.on(ADDITIONAL_STEP, d("2025-03-03")));
    }

    @Test
    void prevailingWageValidityIsTheStatedEndWithinNinetyDaysToOneYear() {
        Deadline deadline = perm.prevailingWageValidity(PrevailingWageDetermination.of(d("2025-03-14"), d("2025-06-30")));

        assertThat(deadline.date()).isEqualTo(d("2025-06-30"));
        assertThat(deadline.isFlagged()).isFalse();
        assertThat(deadline.citation()).isEqualTo("20 CFR 656.40(c)");
    }

    @ParameterizedTest(name = "determined {0}, valid until {1} -> {2} {3}")
    @CsvSource(nullValues = "none", value = {
            // 90 days after Mar 14, 2025: Mar 31 (17), Apr 30 (47), May 31 (78), Jun 12 (90)
            "2025-03-14, none,       2025-06-12, PWD_VALIDITY_NOT_STATED",
            "2025-03-14, 2025-06-12, 2025-06-12, none",                    // exactly 90 days: fine
            "2025-03-14, 2025-06-11, 2025-06-11, PWD_VALIDITY_TOO_SHORT",  // 89 days: stated date kept, flagged
            "2025-03-14, 2026-03-14, 2026-03-14, none",                    // exactly 1 year: fine
            "2025-03-14, 2026-03-15, 2026-03-14, PWD_VALIDITY_TOO_LONG",   // 1 year + 1 day: capped, flagged
            "2024-02-29, 2025-02-28, 2025-02-28, none"})                   // leap day + 1 year = Feb 28
    void prevailingWageValidityBoundsAreFlaggedNotRejected(LocalDate determined, LocalDate validUntil,
            LocalDate expected, DeadlineNote.Code note) {
        PrevailingWageDetermination pwd = validUntil == null
                ? PrevailingWageDetermination.withoutValidity(determined)
                : PrevailingWageDetermination.of(determined, validUntil);

        Deadline deadline = perm.prevailingWageValidity(pwd);

        assertThat(deadline.date()).isEqualTo(expected);
        if (note == null) {
            assertThat(deadline.notes()).isEmpty();
        } else {
            assertThat(deadline.notes()).extracting(DeadlineNote::code).containsExactly(note);
        }
    }

    @Test
    void aValidityEndingBeforeTheDeterminationIsRefused() {
        assertThatThrownBy(() -> perm.prevailingWageValidity(PrevailingWageDetermination.of(d("2025-03-14"), d("2025-03-13"))))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The prevailing wage validity ends 2025-03-13, before the determination date 2025-03-14;"
                        + " check both dates on the determination.");
    }

    @Test
    void theSwaJobOrderRunsThirtyDaysCountingThePlacingDay() {
        // Jan 6 is day 1; Jan 31 is day 26; Feb 4 is day 30
        Deadline end = perm.swaJobOrderEarliestEnd(d("2025-01-06"));

        assertThat(end.date()).isEqualTo(d("2025-02-04"));
        assertThat(end.ruleId()).isEqualTo("perm.swaJobOrder");
        assertThat(end.explain()).isEqualTo(
                "The SWA job order placed on 2025-01-06 must stay open 30 days, counting the day it was placed: until 2025-02-04 at least.");
    }

    @ParameterizedTest(name = "posted {0} -> through {1}")
    @CsvSource({
            // Mon Jun 30, 2025: Jun 30, Jul 1, 2, 3, (Jul 4 holiday), 7, 8, 9, 10, 11, 14
            "2025-06-30, 2025-07-14",
            // posted on a Saturday: counting starts Monday
            "2025-06-28, 2025-07-14",
            // Mon Nov 17, 2025: 17..21 (5), 24, 25, 26, (27 Thanksgiving), 28, Dec 1
            "2025-11-17, 2025-12-01"})
    void theNoticeOfFilingStaysUpTenBusinessDays(LocalDate posted, LocalDate expected) {
        Deadline end = perm.noticeOfFilingEarliestEnd(posted);

        assertThat(end.date()).isEqualTo(expected);
        assertThat(end.ruleId()).isEqualTo("perm.noticeOfFiling");
    }

    @Test
    void theFilingWindowRunsFromThirtyDaysAfterTheLastMandatoryStepTo180DaysAfterTheFirst() {
        PermFilingWindow window = perm.filingWindow(recruitment());

        // SWA job order ends Feb 5; + 30 = Mar 7 (Feb 28 is +23); later than ads (Feb 18), NoF (Feb 20)
        assertThat(window.earliest().date()).isEqualTo(d("2025-03-07"));
        assertThat(window.earliest().ruleId()).isEqualTo("perm.quietPeriod");
        assertThat(window.earliest().explain()).isEqualTo(
                "File the ETA-9089 on 2025-03-07 at the earliest: 30 days after 2025-02-05, the last day of the SWA job order.");
        // oldest step starts Jan 6; + 180 = Jul 5 (Jan 31 +25, Feb 28 +53, Mar 31 +84, Apr 30 +114,
        // May 31 +145, Jun 30 +175): a Saturday, not moved, PERM is filed online
        assertThat(window.latest().date()).isEqualTo(d("2025-07-05"));
        assertThat(window.latest().ruleId()).isEqualTo("perm.recruitmentWindow");
        assertThat(window.isOpen()).isTrue();
        assertThat(window.isFlagged()).isFalse();
        assertThat(window.allowsFilingOn(d("2025-03-06"))).isFalse();
        assertThat(window.allowsFilingOn(d("2025-03-07"))).isTrue();
        assertThat(window.allowsFilingOn(d("2025-07-05"))).isTrue();
        assertThat(window.allowsFilingOn(d("2025-07-06"))).isFalse();
    }

    @Test
    void onlyOneAdditionalStepMayFallInsideTheQuietPeriod() {
        List<RecruitmentStep> steps = new ArrayList<>(recruitment());
        steps.add(RecruitmentStep.on(ADDITIONAL_STEP, d("2025-03-01")));

        PermFilingWindow window = perm.filingWindow(steps);

        // the Mar 3 step is exempt; the Mar 1 step needs its 30 days: Mar 31
        assertThat(window.earliest().date()).isEqualTo(d("2025-03-31"));
    }

    @Test
    void missingShortAndMisdatedStepsAreFlagged() {
        PermFilingWindow window = perm.filingWindow(List.of(
                new RecruitmentStep(SWA_JOB_ORDER, d("2025-01-06"), d("2025-02-03")), // needs Feb 4
                RecruitmentStep.on(SUNDAY_NEWSPAPER_AD, d("2025-01-11"))));            // a Saturday

        assertThat(window.notes()).extracting(DeadlineNote::message).containsExactlyInAnyOrder(
                "Recruitment needs 2 Sunday newspaper advertisement step(s) but the plan has 1.",
                "Recruitment needs 1 Notice of Filing step(s) but the plan has 0.",
                "The SWA job order ran from 2025-01-06 to 2025-02-03; it must run until 2025-02-04 at least.",
                "The Sunday newspaper advertisement is dated 2025-01-11, a Saturday.");
        assertThat(window.isFlagged()).isTrue();
    }

    @Test
    void staleRecruitmentClosesTheWindow() {
        List<RecruitmentStep> steps = new ArrayList<>(recruitment());
        steps.add(RecruitmentStep.on(ADDITIONAL_STEP, d("2024-06-03"))); // + 180 = Nov 30, 2024

        PermFilingWindow window = perm.filingWindow(steps);

        assertThat(window.latest().date()).isEqualTo(d("2024-11-30"));
        assertThat(window.isOpen()).isFalse();
        assertThat(window.hasNote(DeadlineNote.Code.FILING_WINDOW_CLOSED)).isTrue();
    }

    @Test
    void firmOverridesChangeThePermFigures() {
        DeadlineRules rules = DeadlineRules.defaults()
                .withFigure(DeadlineRule.PERM_QUIET_PERIOD, 35)
                .withFigure(DeadlineRule.PERM_RECRUITMENT_WINDOW, 170)
                .withFigure(DeadlineRule.SWA_JOB_ORDER, 31);
        PermDeadlines firm = new PermDeadlines(HolidayCalendar.federal(), rules);

        PermFilingWindow window = firm.filingWindow(recruitment());

        assertThat(window.earliest().date()).isEqualTo(d("2025-03-12")); // Feb 5 + 35
        assertThat(window.latest().date()).isEqualTo(d("2025-06-25"));   // Jul 5 - 10
        assertThat(firm.swaJobOrderEarliestEnd(d("2025-01-06")).date()).isEqualTo(d("2025-02-05"));
        // the Feb 5 job order end still satisfies 31 days
        assertThat(window.hasNote(DeadlineNote.Code.RECRUITMENT_STEP_TOO_SHORT)).isFalse();
    }

    @Test
    void badRecruitmentInputIsRefused() {
        assertThatThrownBy(() -> perm.filingWindow(List.of()))
                .isInstanceOf(DeadlineException.class).hasMessageStartingWith("No recruitment steps were given");
        assertThatThrownBy(() -> new RecruitmentStep(SWA_JOB_ORDER, d("2025-02-05"), d("2025-01-06")))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The SWA job order ends on 2025-01-06, before it starts on 2025-02-05.");
    }

    @ParameterizedTest(name = "certified {0} -> {1}")
    @CsvSource({
            // Jan 15 + 180: Jan 31 (16), Feb 28 (44), Mar 31 (75), Apr 30 (105), May 31 (136), Jun 30 (166), Jul 14
            "2025-01-15, 2025-07-14, false",
            // Jan 5 + 180 = Jul 4, 2025, Independence Day: not moved, flagged
            "2025-01-05, 2025-07-04, true",
            // Jan 6 + 180 = Sat Jul 5, 2025
            "2025-01-06, 2025-07-05, true"})
    void aCertifiedEta9089Expires180DaysAfterCertificationWithoutWeekendExtension(LocalDate certified,
            LocalDate expiry, boolean flagged) {
        Deadline deadline = perm.laborCertificationExpiry(certified);

        assertThat(deadline.date()).isEqualTo(expiry);
        assertThat(deadline.ruleId()).isEqualTo("eta9089.validity");
        assertThat(deadline.hasNote(DeadlineNote.Code.NOT_A_BUSINESS_DAY)).isEqualTo(flagged);
        if (flagged) {
            assertThat(deadline.notes().get(0).message()).contains("file by 2025-07-03");
        }
    }
}
