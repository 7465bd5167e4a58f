package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lpodesk.deadline.VendorDueDateRefusedException.Reason;

class VendorDueDatePlannerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Friday Aug 1, 2025, 8 a.m. in New York. */
    private static final Clock AUG_1 = Clock.fixed(Instant.parse("2025-08-01T12:00:00Z"), NEW_YORK);

    private final VendorDueDatePlanner planner =
            new VendorDueDatePlanner(HolidayCalendar.federal(), new VendorDueDatePolicy(5, 2), AUG_1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "deadline {0}, review {1}, filing {2} -> send by {3}, vendor by {4}")
    @CsvSource({
            // Mon Sep 29: filing 2 -> Fri 26 (1), Thu 25 (2); review 5 -> 24, 23, 22, 19, 18
            "2025-09-29, 5, 2, 2025-09-25, 2025-09-18",
            // Tue Sep 2: filing 1 -> Fri Aug 29 (Labor Day skipped); review 3 -> 28, 27, 26
            "2025-09-02, 3, 1, 2025-08-29, 2025-08-26",
            // Mon Dec 1: online filing 0 -> Dec 1; review 5 -> Fri Nov 28, (Thanksgiving), 26, 25, 24, 21
            "2025-12-01, 5, 0, 2025-12-01, 2025-11-21",
            // Sat deadline (a DOL date): filing 1 -> Fri Jul 3, 2026 is Independence Day observed -> Thu Jul 2; review 1 -> Jul 1
            "2026-07-04, 1, 1, 2026-07-02, 2026-07-01"})
    void theLatestVendorDateLeavesFilingTimeAndTheReviewBuffer(LocalDate deadline, int review, int filing,
            LocalDate sendBy, LocalDate latest) {
        VendorDueDatePlanner custom = planner.withPolicy(new VendorDueDatePolicy(review, filing));

        assertThat(custom.sendBy(deadline)).isEqualTo(sendBy);
        assertThat(custom.latestVendorDueDate(deadline)).isEqualTo(latest);
    }

    @Test
    void suggestProposesTheLatestAllowedDate() {
        VendorDueDate suggestion = planner.suggest(d("2025-09-29"));

        assertThat(suggestion.dueDate()).isEqualTo(d("2025-09-18"));
        assertThat(suggestion.latestAllowed()).isEqualTo(d("2025-09-18"));
        assertThat(suggestion.spareBusinessDays()).isZero();
        assertThat(suggestion.explain()).isEqualTo("Vendor due 2025-09-18. Case deadline 2025-09-29; filing takes"
                + " 2 business days (send by 2025-09-25) and attorney review 5 business days, so the vendor must"
                + " deliver by 2025-09-18 at the latest.");
    }

    @Test
    void anEarlierRequestedDateIsAcceptedWithItsSpareDays() {
        VendorDueDate accepted = planner.check(d("2025-09-10"), d("2025-09-29"));

        assertThat(accepted.dueDate()).isEqualTo(d("2025-09-10"));
        assertThat(accepted.latestAllowed()).isEqualTo(d("2025-09-18"));
        assertThat(accepted.spareBusinessDays()).isEqualTo(6); // Sep 11, 12, 15, 16, 17, 18
        assertThat(planner.check(d("2025-09-18"), d("2025-09-29")).spareBusinessDays()).isZero();
        assertThat(planner.check(d("2025-08-01"), d("2025-09-29")).dueDate()).isEqualTo(d("2025-08-01")); // today
    }

    @Test
    void aDateThatEatsTheReviewBufferIsRefusedWithTheDates() {
        assertThatThrownBy(() -> planner.check(d("2025-09-19"), d("2025-09-29")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_REVIEW_BUFFER);
                    assertThat(e.latestAllowed()).isEqualTo(d("2025-09-18"));
                    assertThat(e.requested()).contains(d("2025-09-19"));
                    assertThat(e.text().key()).isEqualTo("refusal.noReviewBuffer");
                })
                .hasMessage("Vendor due date 2025-09-19 leaves no attorney review buffer before the case deadline"
                        + " 2025-09-29: filing takes 2 business days (send by 2025-09-25) and review 5 business days,"
                        + " so the vendor must deliver by 2025-09-18 at the latest.");
    }

    @Test
    void aDateAfterTheCaseDeadlineIsRefused() {
        assertThatThrownBy(() -> planner.check(d("2025-09-30"), d("2025-09-29")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AFTER_CASE_DEADLINE))
                .hasMessage("Vendor due date 2025-09-30 is after the case deadline 2025-09-29. With 5 business days"
                        + " of attorney review and 2 business days of filing time, the vendor must deliver by"
                        + " 2025-09-18 at the latest.");
    }

    @Test
    void aDateInThePastIsRefused() {
        assertThatThrownBy(() -> planner.check(d("2025-07-31"), d("2025-09-29")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.IN_THE_PAST))
                .hasMessage("Vendor due date 2025-07-31 is in the past (today is 2025-08-01);"
                        + " choose a date from 2025-08-01 to 2025-09-18.");
    }

    @Test
    void aDeadlineTooCloseForAnyBufferIsRefusedEvenForASuggestion() {
        // Tue Aug 5: send by Fri Aug 1; review back to Fri Jul 25 - before today
        assertThatThrownBy(() -> planner.suggest(d("2025-08-05")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_TIME_LEFT);
                    assertThat(e.requested()).isEmpty();
                })
                .hasMessage("There is no time left to outsource before the case deadline 2025-08-05: to keep"
                        + " 5 business days of attorney review and 2 business days of filing time, the vendor would"
                        + " have had to deliver by 2025-07-25, but today is 2025-08-01.");
        assertThatThrownBy(() -> planner.check(d("2025-08-04"), d("2025-08-05")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TIME_LEFT));
    }

    @Test
    void aPassedCaseDeadlineIsRefused() {
        assertThatThrownBy(() -> planner.check(d("2025-08-04"), d("2025-07-30")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CASE_DEADLINE_PASSED))
                .hasMessage("The case deadline 2025-07-30 has already passed (today is 2025-08-01);"
                        + " no vendor due date can be set for it.");
    }

    @Test
    void singularBusinessDaysReadNaturally() {
        VendorDueDatePlanner tight = planner.withPolicy(new VendorDueDatePolicy(1, 1));

        // Mon Sep 29: send by Fri 26, review 1 -> Thu 25
        assertThatThrownBy(() -> tight.check(d("2025-09-26"), d("2025-09-29")))
                .hasMessage("Vendor due date 2025-09-26 leaves no attorney review buffer before the case deadline"
                        + " 2025-09-29: filing takes 1 business day (send by 2025-09-26) and review 1 business day,"
                        + " so the vendor must deliver by 2025-09-25 at the latest.");
    }

    @Test
    void todayIsTheFirmsToday() {
        // 02:00 UTC on Aug 1 is still Jul 31 in New York but already Aug 1 in Kolkata
        Instant instant = Instant.parse("2025-08-01T02:00:00Z");
        VendorDueDatePlanner newYork = new VendorDueDatePlanner(HolidayCalendar.federal(), VendorDueDatePolicy.defaults(),
                Clock.fixed(instant, NEW_YORK));
        VendorDueDatePlanner kolkata = new VendorDueDatePlanner(HolidayCalendar.federal(), VendorDueDatePolicy.defaults(),
                Clock.fixed(instant, ZoneId.of("Asia/Kolkata")));

        assertThat(newYork.check(d("2025-07-31"), d("2025-09-29")).dueDate()).isEqualTo(d("2025-07-31"));
        assertThatThrownBy(() -> kolkata.check(d("2025-07-31"), d("2025-09-29")))
                .isInstanceOf(VendorDueDateRefusedException.class);
    }

    @Test
    void aDueMomentCountsOnTheFirmsCalendarDay() {
        // 23:30 on Sep 18 in New York is already Sep 19 in Kolkata: the firm's day (Sep 18) is what counts
        ZonedDateTime kolkataMorning = ZonedDateTime.of(2025, 9, 19, 9, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
        ZonedDateTime newYorkLate = ZonedDateTime.of(2025, 9, 18, 23, 30, 0, 0, NEW_YORK);

        assertThat(planner.check(kolkataMorning, d("2025-09-29")).dueDate()).isEqualTo(d("2025-09-18"));
        assertThat(planner.check(newYorkLate, d("2025-09-29")).dueDate()).isEqualTo(d("2025-09-18"));
        assertThatThrownBy(() -> planner.check(newYorkLate.plusHours(1), d("2025-09-29")))
                .isInstanceOfSatisfying(VendorDueDateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_REVIEW_BUFFER));
    }

    @Test
    void aPolicyWithoutReviewTimeIsRefused() {
        assertThatThrownBy(() -> new VendorDueDatePolicy(0, 2))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The attorney review buffer must be from 1 to 250 business days, but is 0;"
                        + " a due date without review time is not allowed.");
        assertThatThrownBy(() -> new VendorDueDatePolicy(5, -1))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The filing time must be from 0 to 250 business days, but is -1.");
    }

    @Test
    void aVendorDateDerivesFromAComputedNoticeDeadline() {
        // the workflow's path: notice -> case deadline -> vendor due date
        Deadline rfe = new NoticeDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults())
                .responseDeadline(org.lpodesk.notice.UscisNotice.of(org.lpodesk.notice.NoticeKind.RFE, d("2025-07-03"),
                        org.lpodesk.notice.ServiceMethod.MAIL)).orElseThrow();

        assertThat(planner.suggest(rfe.date()).dueDate()).isEqualTo(d("2025-09-18"));
    }
}
