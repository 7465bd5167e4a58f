package org.lpodesk.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lpodesk.deadline.RecruitmentStep.Kind;

/**
 * The Department of Labor clocks of a PERM case: prevailing wage validity, the recruitment
 * window and its quiet period, the SWA job order and Notice of Filing durations, and the
 * validity of a certified ETA-9089. These are 20 CFR periods: 8 CFR 1.2's weekend extension does
 * not apply to them, so no date here is moved.
 */
public final class PermDeadlines {

    /** Minimum number of each mandatory step (20 CFR 656.17(e)(1)(i), 656.10(d)). */
    private static final Map<Kind, Integer> REQUIRED = Map.of(
            Kind.SWA_JOB_ORDER, 1, Kind.SUNDAY_NEWSPAPER_AD, 2, Kind.NOTICE_OF_FILING, 1);

    private final HolidayCalendar calendar;
    private final DeadlineRules rules;

    public PermDeadlines(HolidayCalendar calendar, DeadlineRules rules) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The last day to file the ETA-9089 or begin recruitment on this determination: the validity
     * end it states, checked against 90 days to 1 year after the determination date.
     *
     * @throws DeadlineException when the stated validity ends before the determination date
     */
    public Deadline prevailingWageValidity(PrevailingWageDetermination pwd) {
        LocalDate determined = pwd.determinedOn();
        int minDays = rules.figure(DeadlineRule.PWD_MIN_VALIDITY);
        int maxMonths = rules.figure(DeadlineRule.PWD_MAX_VALIDITY);
        LocalDate min = determined.plusDays(minDays);
        LocalDate max = determined.plusMonths(maxMonths);
        if (pwd.validUntil().isEmpty()) {
            return new Deadline(min, DeadlineRule.PWD_MIN_VALIDITY,
                    Text.of("explain.pwd.assumed", min, determined, minDays),
                    List.of(DeadlineNote.of(DeadlineNote.Code.PWD_VALIDITY_NOT_STATED, "note.pwdNotStated", minDays)));
        }
        LocalDate stated = pwd.validUntil().get();
        if (stated.isBefore(determined)) {
            throw DeadlineException.of("pwd.validUntilBeforeDetermination", stated, determined);
        }
        if (stated.isAfter(max)) {
            return new Deadline(max, DeadlineRule.PWD_MAX_VALIDITY,
                    Text.of("explain.pwd.capped", max, determined, maxMonths, stated),
                    List.of(DeadlineNote.of(DeadlineNote.Code.PWD_VALIDITY_TOO_LONG, "note.pwdTooLong",
                            stated, maxMonths, determined, max)));
        }
        List<DeadlineNote> notes = stated.isBefore(min)
                ? List.of(DeadlineNote.of(DeadlineNote.Code.PWD_VALIDITY_TOO_SHORT, "note.pwdTooShort",
                        stated, minDays, determined, min))
                : List.of();
        return new Deadline(stated, DeadlineRule.PWD_MAX_VALIDITY,
                Text.of("explain.pwd.stated", stated, determined, minDays, maxMonths), notes);
    }

    /** The earliest day a SWA job order placed on the given day may close: open 30 days counting that day. */
    public Deadline swaJobOrderEarliestEnd(LocalDate placedOn) {
        int days = rules.figure(DeadlineRule.SWA_JOB_ORDER);
        LocalDate end = swaEnd(placedOn);
        return new Deadline(end, DeadlineRule.SWA_JOB_ORDER, Text.of("explain.swaJobOrder", end, placedOn, days),
                List.of());
    }

    /**
     * The earliest last day of a Notice of Filing posted on the given day: 10 consecutive
     * business days, the first being the posting day if it is a business day.
     */
    public Deadline noticeOfFilingEarliestEnd(LocalDate postedOn) {
        int days = rules.figure(DeadlineRule.NOTICE_OF_FILING);
        LocalDate end = noticeOfFilingEnd(postedOn);
        return new Deadline(end, DeadlineRule.NOTICE_OF_FILING,
                Text.of("explain.noticeOfFiling", end, postedOn, days), List.of());
    }

    /**
     * When the ETA-9089 may be filed after this recruitment. Every mandatory step (SWA job order,
     * two Sunday advertisements, Notice of Filing) must end at least 30 days before filing; all
     * additional steps but the most recent must too; no step may start more than 180 days before.
     *
     * @throws DeadlineException when no step is given
     */
    public PermFilingWindow filingWindow(List<RecruitmentStep> steps) {
        if (steps.isEmpty()) {
            throw DeadlineException.of("perm.noSteps");
        }
        int quiet = rules.figure(DeadlineRule.PERM_QUIET_PERIOD);
        int window = rules.figure(DeadlineRule.PERM_RECRUITMENT_WINDOW);
        List<DeadlineNote> notes = new ArrayList<>(checkSteps(steps));

        // One additional step may fall inside the quiet period (656.17(e)(1)(ii)): the most recent.
        List<RecruitmentStep> additional = steps.stream().filter(s -> !s.kind().mandatory())
                .sorted(Comparator.comparing(RecruitmentStep::end).reversed()).toList();
        RecruitmentStep exempt = additional.isEmpty() ? null : additional.get(0);

        LocalDate earliest = null;
        Text earliestWhy = null;
        for (RecruitmentStep step : steps) {
            int gap = step == exempt ? 0 : quiet;
            LocalDate candidate = step.end().plusDays(gap);
            if (earliest == null || candidate.isAfter(earliest)) {
                earliest = candidate;
                earliestWhy = gap == 0
                        ? Text.of("explain.perm.earliestAfterStep", candidate, Text.of(step.kind().messageKey()), step.end())
                        : Text.of("explain.perm.earliest", candidate, Text.of(step.kind().messageKey()), step.end(), gap);
            }
        }
        RecruitmentStep oldest = steps.stream().min(Comparator.comparing(RecruitmentStep::start)).orElseThrow();
        LocalDate latest = oldest.start().plusDays(window);
        Text latestWhy = Text.of("explain.perm.latest", latest, Text.of(oldest.kind().messageKey()), oldest.start(), window);
        if (earliest.isAfter(latest)) {
            notes.add(DeadlineNote.of(DeadlineNote.Code.FILING_WINDOW_CLOSED, "note.windowClosed", earliest, latest));
        }
        return new PermFilingWindow(new Deadline(earliest, DeadlineRule.PERM_QUIET_PERIOD, earliestWhy, List.of()),
                new Deadline(latest, DeadlineRule.PERM_RECRUITMENT_WINDOW, latestWhy, List.of()), notes);
    }

    /**
     * The last day to file the I-140 on a labor certification certified on the given day. No
     * weekend extension applies; a warning says so when the day is not a business day.
     */
    public Deadline laborCertificationExpiry(LocalDate certifiedOn) {
        int days = rules.figure(DeadlineRule.ETA9089_VALIDITY);
        LocalDate expiry = certifiedOn.plusDays(days);
        List<DeadlineNote> notes = calendar.isBusinessDay(expiry)
                ? List.of()
                : List.of(Rolling.notABusinessDay(calendar, expiry, "note.notBusinessDay.noExtension"));
        return new Deadline(expiry, DeadlineRule.ETA9089_VALIDITY,
                Text.of("explain.eta9089", expiry, certifiedOn, days), notes);
    }

    private List<DeadlineNote> checkSteps(List<RecruitmentStep> steps) {
        List<DeadlineNote> notes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int required = REQUIRED.getOrDefault(kind, 0);
            long found = steps.stream().filter(s -> s.kind() == kind).count();
            if (found < required) {
                notes.add(DeadlineNote.of(DeadlineNote.Code.RECRUITMENT_STEP_MISSING, "note.stepMissing",
                        Text.of(kind.messageKey()), required, found));
            }
        }
        for (RecruitmentStep step : steps) {
            LocalDate requiredEnd = switch (step.kind()) {
                case SWA_JOB_ORDER -> swaEnd(step.start());
                case NOTICE_OF_FILING -> noticeOfFilingEnd(step.start());
                default -> step.start();
            };
            if (step.end().isBefore(requiredEnd)) {
                notes.add(DeadlineNote.of(DeadlineNote.Code.RECRUITMENT_STEP_TOO_SHORT, "note.stepTooShort",
                        Text.of(step.kind().messageKey()), step.start(), step.end(), requiredEnd));
            }
            if (step.kind() == Kind.SUNDAY_NEWSPAPER_AD && step.start().getDayOfWeek() != DayOfWeek.SUNDAY) {
                notes.add(DeadlineNote.of(DeadlineNote.Code.AD_NOT_ON_SUNDAY, "note.adNotOnSunday",
                        step.start(), step.start().getDayOfWeek()));
            }
        }
        return notes;
    }

    private LocalDate swaEnd(LocalDate placedOn) {
        // "For a period of 30 days" counted with the placing day as day one.
        return placedOn.plusDays(rules.figure(DeadlineRule.SWA_JOB_ORDER) - 1L);
    }

    private LocalDate noticeOfFilingEnd(LocalDate postedOn) {
        return calendar.plusBusinessDays(calendar.businessDayOnOrAfter(postedOn),
                rules.figure(DeadlineRule.NOTICE_OF_FILING) - 1);
    }
}
