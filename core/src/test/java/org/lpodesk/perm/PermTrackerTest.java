package org.lpodesk.perm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.deadline.CaseDeadlineRollup;
import org.lpodesk.deadline.DeadlineNote;
import org.lpodesk.deadline.DeadlineRules;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.perm.PermTimeline.Code;
import org.lpodesk.perm.PermTimeline.CountdownKind;

class PermTrackerTest {

    private final PermTracker tracker = new PermTracker(HolidayCalendar.federal(), DeadlineRules.defaults());
    private final PermInputRules input = new PermInputRules();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PermRecord.Step step(String id, PermStepKind kind, String start, String end) {
        return new PermRecord.Step(id, kind, d(start), d(end), "", List.of());
    }

    private static PermRecord.Pwd pwd(String determined, String validUntil) {
        return new PermRecord.Pwd(d(determined), Optional.ofNullable(validUntil).map(LocalDate::parse),
                new BigDecimal("98500"), "YEAR", "II", "P-100-26015-123456");
    }

    /** A professional occupation's recruitment of early 2026, every step in time. */
    private static List<PermRecord.Step> cleanRecruitment() {
        return List.of(
                step("swa", PermStepKind.SWA_JOB_ORDER, "2026-02-02", "2026-03-03"),
                step("ad1", PermStepKind.SUNDAY_AD, "2026-02-08", "2026-02-08"),
                step("ad2", PermStepKind.SUNDAY_AD, "2026-02-15", "2026-02-15"),
                step("nof", PermStepKind.NOTICE_OF_FILING, "2026-02-02", "2026-02-13"),
                step("fair", PermStepKind.JOB_FAIR, "2026-02-20", "2026-02-20"),
                step("web", PermStepKind.EMPLOYER_WEBSITE, "2026-02-02", "2026-03-02"),
                step("paper", PermStepKind.LOCAL_NEWSPAPER, "2026-02-10", "2026-02-10"));
    }

    private static PermRecord record(PermRecord.Pwd pwd, List<PermRecord.Step> steps, String filed, String certified,
                                     String i140) {
        return new PermRecord(Optional.ofNullable(pwd), steps, Optional.ofNullable(filed).map(LocalDate::parse),
                filed == null ? "" : "G-100-26105-123456", Optional.empty(), Optional.empty(),
                Optional.ofNullable(certified).map(LocalDate::parse), Optional.ofNullable(i140).map(LocalDate::parse));
    }

    @Test
    void aCleanCaseHasItsWindowEveryClockAndNoViolation() {
        PermRecord clean = record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-15", "2026-09-01", "2026-10-01");
        input.checkCase(clean);
        PermTimeline t = tracker.timeline(clean);
        assertThat(t.violations()).isEmpty();
        // 30 days after the SWA job order's last day (3 March), not counting it; 180 days after its first
        assertThat(t.earliestFiling()).get().extracting(x -> x.date()).isEqualTo(d("2026-04-02"));
        assertThat(t.earliestFiling().get().statement()).contains("SWA job order", "2026-03-03", "20 CFR 656.17(e)");
        assertThat(t.latestFiling()).get().extracting(x -> x.date()).isEqualTo(d("2026-08-01"));
        assertThat(t.countdown(CountdownKind.AUDIT_FILE_RETENTION)).get()
                .satisfies(c -> assertThat(c.date()).isEqualTo(d("2031-04-15")));
        assertThat(t.countdown(CountdownKind.I140_DEADLINE)).get().satisfies(c -> {
            assertThat(c.date()).isEqualTo(d("2027-02-28"));
            assertThat(c.open()).isFalse();
        });
        // everything done: the case deadline has nothing open from PERM
        assertThat(new CaseDeadlineRollup().of(t.obligations("case-1"))).isEmpty();
        assertThat(t.obligations("case-1")).extracting(CaseDeadlineRollup.Obligation::source)
                .contains("case-1#perm.PWD_EXPIRY", "case-1#perm.FILING_WINDOW_CLOSES", "case-1#perm.I140_DEADLINE");
    }

    @Test
    void aNoticeOfFilingPostedAcrossThanksgivingNeedsTenBusinessDays() {
        // posted Friday 20 November 2026; Thanksgiving (26 November) is no business day: the tenth is Friday 4 December
        List<PermRecord.Step> shortNotice = new ArrayList<>(cleanRecruitment());
        shortNotice.replaceAll(s -> s.id().equals("nof") ? step("nof", PermStepKind.NOTICE_OF_FILING, "2026-11-20", "2026-12-03") : s);
        PermTimeline tooShort = tracker.timeline(record(null, shortNotice, null, null, null));
        assertThat(tooShort.violations()).filteredOn(v -> v.code() == Code.STEP_TOO_SHORT).singleElement()
                .satisfies(v -> assertThat(v.message(java.util.Locale.ENGLISH)).contains("Notice of Filing", "2026-12-04"));

        shortNotice.replaceAll(s -> s.id().equals("nof") ? step("nof", PermStepKind.NOTICE_OF_FILING, "2026-11-20", "2026-12-04") : s);
        assertThat(tracker.timeline(record(null, shortNotice, null, null, null)).hasViolation(Code.STEP_TOO_SHORT)).isFalse();
    }

    @Test
    void filingOnDay29AfterTheLastMandatoryStepIsFlaggedWithItsRuleAndDay30IsNot() {
        PermTimeline day29 = tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-01", null, null));
        assertThat(day29.violations()).extracting(PermTimeline.Violation::code)
                .containsExactlyInAnyOrder(Code.FILED_OUTSIDE_WINDOW, Code.STEP_IN_QUIET_PERIOD);
        assertThat(day29.violations()).filteredOn(v -> v.code() == Code.STEP_IN_QUIET_PERIOD).singleElement()
                .satisfies(v -> {
                    assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo(
                            "The SWA job order ended on 2026-03-03, fewer than 30 days before the filing on 2026-04-01.");
                    assertThat(v.citation()).isEqualTo("20 CFR 656.17(e)");
                });
        assertThat(tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-02", null, null))
                .violations()).isEmpty();
    }

    @Test
    void aNoticeOfFilingPostedInsideTheThirtyDaysIsNamed() {
        List<PermRecord.Step> late = new ArrayList<>(cleanRecruitment());
        late.replaceAll(s -> s.id().equals("nof") ? step("nof", PermStepKind.NOTICE_OF_FILING, "2026-03-16", "2026-03-27") : s);
        PermTimeline t = tracker.timeline(record(null, late, "2026-04-15", null, null));
        assertThat(t.violations()).extracting(PermTimeline.Violation::code).contains(Code.NOTICE_OUTSIDE_WINDOW);
        assertThat(t.violations()).filteredOn(v -> v.code() == Code.NOTICE_OUTSIDE_WINDOW).singleElement()
                .satisfies(v -> assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("The Notice of Filing ran from "
                        + "2026-03-16 to 2026-03-27: every day of it must fall 30 to 180 days before the filing on 2026-04-15."));
    }

    @Test
    void aPwdThatExpiredBeforeRecruitmentBeganIsAViolationAndAnUnstartedOneIsTheCaseDeadline() {
        PermTimeline late = tracker.timeline(record(pwd("2025-12-01", "2026-01-31"), cleanRecruitment(), null, null, null));
        assertThat(late.violations()).extracting(PermTimeline.Violation::code).containsExactly(Code.RECRUITMENT_AFTER_PWD);
        assertThat(late.violations().get(0).citation()).isEqualTo("20 CFR 656.40(c)");

        PermTimeline notStarted = tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), List.of(), null, null, null));
        assertThat(notStarted.countdown(CountdownKind.PWD_EXPIRY)).get().satisfies(c -> assertThat(c.open()).isTrue());
        assertThat(new CaseDeadlineRollup().of(notStarted.obligations("case-7"))).get().satisfies(cd -> {
            assertThat(cd.date()).isEqualTo(d("2026-06-30"));
            assertThat(cd.source()).isEqualTo("case-7#perm.PWD_EXPIRY");
            assertThat(cd.rule()).contains("begin recruitment", "20 CFR 656.40(c)");
        });
        // one step on the last valid day keeps the determination
        List<PermRecord.Step> onTime = new ArrayList<>(cleanRecruitment());
        onTime.add(step("early", PermStepKind.JOB_SEARCH_WEBSITE, "2026-01-31", "2026-02-28"));
        assertThat(tracker.timeline(record(pwd("2025-12-01", "2026-01-31"), onTime, null, null, null))
                .hasViolation(Code.RECRUITMENT_AFTER_PWD)).isFalse();
    }

    @Test
    void aCertificationExpiringOnASundayIsNotExtended() {
        // certified 3 March 2026: day 180 is Sunday 30 August; 20 CFR periods do not roll to Monday
        PermTimeline t = tracker.timeline(record(null, cleanRecruitment(), "2026-04-02", "2026-03-03", null));
        assertThat(t.countdown(CountdownKind.I140_DEADLINE)).get().satisfies(c -> {
            assertThat(c.date()).isEqualTo(d("2026-08-30"));
            assertThat(c.open()).isTrue();
            assertThat(c.deadline().hasNote(DeadlineNote.Code.NOT_A_BUSINESS_DAY)).isTrue();
        });
        assertThat(new CaseDeadlineRollup().of(t.obligations("c"))).get()
                .satisfies(cd -> assertThat(cd.date()).isEqualTo(d("2026-08-30")));
    }

    @Test
    void sundayAdsOnOneSundayAndTwoAdditionalStepsInTheQuietPeriodAreViolations() {
        List<PermRecord.Step> steps = new ArrayList<>(cleanRecruitment());
        steps.replaceAll(s -> s.id().equals("ad2") ? step("ad2", PermStepKind.SUNDAY_AD, "2026-02-08", "2026-02-08") : s);
        steps.add(step("campus", PermStepKind.ON_CAMPUS_RECRUITING, "2026-04-01", "2026-04-01"));
        steps.add(step("referral", PermStepKind.EMPLOYEE_REFERRAL, "2026-03-25", "2026-04-05"));
        PermTimeline t = tracker.timeline(record(null, steps, "2026-04-15", null, null));
        assertThat(t.violations()).extracting(PermTimeline.Violation::code)
                .contains(Code.SUNDAY_ADS_SAME_DAY, Code.ADDITIONAL_IN_QUIET_PERIOD);
        assertThat(t.violations()).filteredOn(v -> v.code() == Code.ADDITIONAL_IN_QUIET_PERIOD).singleElement()
                .satisfies(v -> assertThat(v.message(java.util.Locale.ENGLISH)).startsWith("2 additional steps ended within the 30 days"));
    }

    @Test
    void anAuditIsAnsweredWithinThirtyDaysAndTheAuditFileKeptFiveYears() {
        PermRecord audited = new PermRecord(Optional.of(pwd("2026-01-15", "2026-06-30")), cleanRecruitment(),
                Optional.of(d("2026-04-15")), "G-100-26105-123456", Optional.of(d("2026-07-10")), Optional.empty(),
                Optional.empty(), Optional.empty());
        PermTimeline open = tracker.timeline(audited);
        assertThat(open.countdown(CountdownKind.AUDIT_RESPONSE_DUE)).get().satisfies(c -> {
            assertThat(c.date()).isEqualTo(d("2026-08-09"));
            assertThat(c.open()).isTrue();
        });
        assertThat(new CaseDeadlineRollup().of(open.obligations("c"))).get()
                .satisfies(cd -> assertThat(cd.source()).isEqualTo("c#perm.AUDIT_RESPONSE_DUE"));
        PermRecord late = new PermRecord(audited.pwd(), audited.steps(), audited.filedOn(), audited.flagCaseNumber(),
                audited.auditLetterOn(), Optional.of(d("2026-08-12")), Optional.empty(), Optional.empty());
        assertThat(tracker.timeline(late).hasViolation(Code.AUDIT_RESPONSE_LATE)).isTrue();
    }

    @Test
    void impossibleFactsAreRefusedWithTheirDates() {
        assertThatThrownBy(() -> input.checkStep(step("x", PermStepKind.JOB_FAIR, "2026-03-10", "2026-03-09")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("The job fair ends on 2026-03-09, before it starts on 2026-03-10.");
        assertThatThrownBy(() -> input.checkStep(step("x", PermStepKind.SUNDAY_AD, "2026-02-09", "2026-02-09")))
                .hasMessage("A Sunday advertisement runs on one Sunday; 2026-02-09 is a Monday.");
        assertThatThrownBy(() -> input.checkPwd(pwd("2026-03-01", "2026-02-01")))
                .hasMessageStartingWith("The prevailing wage validity ends 2026-02-01, before the determination date 2026-03-01");
        assertThatThrownBy(() -> input.checkCase(record(null, List.of(), "2026-04-15", "2026-04-01", null)))
                .hasMessage("The certification of 2026-04-01 is dated before the ETA-9089 was filed on 2026-04-15.");
        assertThatThrownBy(() -> input.checkCase(record(null, List.of(), null, "2026-04-01", null)))
                .hasMessage("A certification of 2026-04-01 needs the ETA-9089 filing date first.");
        PermRecord badFlag = new PermRecord(Optional.empty(), List.of(), Optional.of(d("2026-04-15")), "A-100-1",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> input.checkCase(badFlag))
                .isInstanceOf(InvalidArgumentException.class)
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("flagCaseNumber"))
                .hasMessage("\"A-100-1\" is not a FLAG case number: it looks like G-100-12345-123456.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRepositorysAnswerCarriesTheWindowTheFindingsAndTheDaysLeftCountedOnce() {
        PermRecord late = record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-01", null, null);
        java.util.Map<String, Object> json = PermJson.toJson("ws://case", "IMM-2026-00014", late, tracker.timeline(late),
                kind -> "label of " + kind, java.util.Locale.ENGLISH, d("2026-03-20"));
        assertThat(json).containsEntry("caseNumber", "IMM-2026-00014").containsEntry("filedOn", Optional.of(d("2026-04-01")));
        assertThat((java.util.Map<String, Object>) json.get("earliestFiling")).containsEntry("date", d("2026-04-02"))
                .containsEntry("rule", "perm.quietPeriod");
        List<java.util.Map<String, Object>> steps = (List<java.util.Map<String, Object>>) json.get("steps");
        assertThat(steps).extracting(s -> s.get("nodeRef")).startsWith("nof", "swa", "web");
        assertThat(steps.get(0)).containsEntry("kindLabel", "label of NOTICE_OF_FILING").containsEntry("additional", false);
        assertThat((List<java.util.Map<String, Object>>) json.get("violations")).extracting(v -> v.get("code"))
                .containsExactlyInAnyOrder("FILED_OUTSIDE_WINDOW", "STEP_IN_QUIET_PERIOD");
        List<java.util.Map<String, Object>> clocks = (List<java.util.Map<String, Object>>) json.get("countdowns");
        assertThat(clocks).filteredOn(c -> c.get("kind").equals("AUDIT_FILE_RETENTION")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("obligation", false).containsEntry("urgency", null)
                        .containsEntry("date", d("2031-04-01")));
        assertThat(clocks).filteredOn(c -> c.get("kind").equals("PWD_EXPIRY")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("open", false).containsEntry("daysLeft", 102L));
    }

    @Test
    void remindersAtEachLeadTimeOnceAndAtTheNearestStageAfterAMissedRun() {
        PermReminders reminders = new PermReminders(List.of(14, 3));
        // the window closes 1 August 2026 (180 days after 2 February); nothing filed yet
        PermTimeline open = tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), null, null, null));
        java.util.Set<String> sent = new java.util.HashSet<>();
        assertThat(reminders.due("IMM-2026-00014", open, d("2026-07-17"), sent)).isEmpty();
        List<PermReminders.Reminder> fourteen = reminders.due("IMM-2026-00014", open, d("2026-07-18"), sent);
        assertThat(fourteen).extracting(PermReminders.Reminder::key).containsExactly("FILING_WINDOW_CLOSES:2026-08-01:14");
        assertThat(fourteen.get(0).subject().format()).isEqualTo(
                "IMM-2026-00014: ETA-9089 filing window closes (day 180 after the first recruitment step) in 14 day(s)");
        assertThat(fourteen.get(0).body().format()).contains("2026-08-01", "20 CFR 656.17(e)");
        fourteen.forEach(r -> sent.add(r.key()));
        // the same day again, or the next day: nothing new
        assertThat(reminders.due("IMM-2026-00014", open, d("2026-07-18"), sent)).isEmpty();
        assertThat(reminders.due("IMM-2026-00014", open, d("2026-07-25"), sent)).isEmpty();
        // runs missed until 3 days before: only the 3-day reminder, then the overdue one
        assertThat(reminders.due("IMM-2026-00014", open, d("2026-07-30"), sent)).extracting(PermReminders.Reminder::key)
                .containsExactly("FILING_WINDOW_CLOSES:2026-08-01:3");
        assertThat(reminders.due("IMM-2026-00014", open, d("2026-08-02"), new java.util.HashSet<>(sent)))
                .extracting(PermReminders.Reminder::key).containsExactly("FILING_WINDOW_CLOSES:2026-08-01:overdue");
        // a filed case has no open window: nothing
        assertThat(reminders.due("IMM-2026-00014",
                tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-15", null, null)),
                d("2026-07-30"), Set.of())).isEmpty();
    }

    @Test
    void aViolationIsRemindedOnceWhenItAppears() {
        PermReminders reminders = new PermReminders(List.of(3, 14));
        PermTimeline late = tracker.timeline(record(pwd("2026-01-15", "2026-06-30"), cleanRecruitment(), "2026-04-01", null, null));
        List<PermReminders.Reminder> first = reminders.due("IMM-2026-00014", late, d("2026-04-02"), Set.of());
        assertThat(first).extracting(r -> r.key().substring(0, r.key().lastIndexOf(':')))
                .containsExactlyInAnyOrder("violation:FILED_OUTSIDE_WINDOW", "violation:STEP_IN_QUIET_PERIOD");
        assertThat(first).allSatisfy(r -> assertThat(r.subject().format()).isEqualTo("IMM-2026-00014: a PERM rule is broken"));
        java.util.Set<String> sent = new java.util.HashSet<>();
        first.forEach(r -> sent.add(r.key()));
        assertThat(reminders.due("IMM-2026-00014", late, d("2026-04-03"), sent)).isEmpty();
        assertThatThrownBy(() -> new PermReminders(List.of(0))).hasMessageContaining("1 or more");
    }
}
