package org.lpodesk.perm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import java.util.stream.Collectors;
import org.lpodesk.deadline.Deadline;
import org.lpodesk.deadline.DeadlineNote;
import org.lpodesk.deadline.DeadlineRule;
import org.lpodesk.deadline.DeadlineRules;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.deadline.PermDeadlines;
import org.lpodesk.deadline.PermFilingWindow;
import org.lpodesk.deadline.PrevailingWageDetermination;
import org.lpodesk.deadline.RecruitmentStep;
import org.lpodesk.deadline.Text;
import org.lpodesk.perm.PermTimeline.Code;
import org.lpodesk.perm.PermTimeline.Countdown;
import org.lpodesk.perm.PermTimeline.CountdownKind;
import org.lpodesk.perm.PermTimeline.Violation;

/**
 * Computes a PERM case's timeline from what was recorded, with {@link PermDeadlines}' counting:
 * a period (the SWA job order's 30 days) counts both its ends; the 30-to-180-day timeline before
 * filing does not count the filing day. The same record always gives the same timeline, whatever
 * the day: what is still open is said by the record (nothing filed, no response yet), and how many
 * days are left is the reader's arithmetic against its own today.
 */
public final class PermTracker {

    private final PermDeadlines deadlines;
    private final DeadlineRules rules;

    public PermTracker(HolidayCalendar calendar, DeadlineRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deadlines = new PermDeadlines(calendar, rules);
    }

    public PermTimeline timeline(PermRecord record) {
        List<Violation> violations = new ArrayList<>();
        List<Countdown> countdowns = new ArrayList<>();
        List<PermRecord.Step> steps = record.steps().stream()
                .sorted(Comparator.comparing(PermRecord.Step::start).thenComparing(PermRecord.Step::id)).toList();
        Optional<LocalDate> filed = record.filedOn();
        Optional<LocalDate> firstStep = steps.stream().map(PermRecord.Step::start).findFirst();

        record.pwd().ifPresent(pwd -> {
            Deadline validity = deadlines.prevailingWageValidity(
                    new PrevailingWageDetermination(pwd.determinedOn(), pwd.validUntil()));
            // filing or the first recruitment step within validity satisfies it (Karl Storz, BALCA 2011)
            boolean inTime = firstStep.filter(d -> !d.isAfter(validity.date())).isPresent()
                    || filed.filter(d -> !d.isAfter(validity.date())).isPresent();
            boolean started = firstStep.isPresent() || filed.isPresent();
            countdowns.add(new Countdown(CountdownKind.PWD_EXPIRY, validity, !started));
            if (started && !inTime) {
                LocalDate began = firstStep.or(() -> filed).orElseThrow();
                violations.add(new Violation(Code.RECRUITMENT_AFTER_PWD, DeadlineRule.PWD_MAX_VALIDITY.citation(),
                        Text.of("perm.violation.RECRUITMENT_AFTER_PWD", began, validity.date(), pwd.determinedOn())));
            }
        });

        Optional<Deadline> earliest = Optional.empty();
        Optional<Deadline> latest = Optional.empty();
        if (!steps.isEmpty()) {
            PermFilingWindow window = deadlines.filingWindow(steps.stream()
                    .map(s -> new RecruitmentStep(s.kind().counted(), s.start(), s.end())).toList());
            earliest = Optional.of(window.earliest());
            latest = Optional.of(window.latest());
            window.notes().stream().map(this::violationOf).flatMap(Optional::stream).forEach(violations::add);
            violations.addAll(recruitmentShape(steps));
            countdowns.add(new Countdown(CountdownKind.FILING_WINDOW_OPENS, window.earliest(), filed.isEmpty()));
            countdowns.add(new Countdown(CountdownKind.FILING_WINDOW_CLOSES, window.latest(), filed.isEmpty()));
            filed.ifPresent(day -> violations.addAll(againstFiling(steps, window, day)));
        }

        filed.ifPresent(day -> {
            int months = rules.figure(DeadlineRule.PERM_RECORD_RETENTION);
            LocalDate keepUntil = day.plusMonths(months);
            countdowns.add(new Countdown(CountdownKind.AUDIT_FILE_RETENTION, new Deadline(keepUntil,
                    DeadlineRule.PERM_RECORD_RETENTION, Text.of("explain.perm.retention", keepUntil, day, months), List.of()),
                    false));
        });
        record.auditLetterOn().ifPresent(letter -> {
            int days = rules.figure(DeadlineRule.PERM_AUDIT_RESPONSE);
            LocalDate due = letter.plusDays(days);
            countdowns.add(new Countdown(CountdownKind.AUDIT_RESPONSE_DUE, new Deadline(due, DeadlineRule.PERM_AUDIT_RESPONSE,
                    Text.of("explain.perm.auditResponse", due, letter, days), List.of()), record.auditResponseOn().isEmpty()));
            record.auditResponseOn().filter(r -> r.isAfter(due)).ifPresent(r -> violations.add(new Violation(
                    Code.AUDIT_RESPONSE_LATE, DeadlineRule.PERM_AUDIT_RESPONSE.citation(),
                    Text.of("perm.violation.AUDIT_RESPONSE_LATE", r, due, letter))));
        });
        record.certifiedOn().ifPresent(certified -> {
            Deadline expiry = deadlines.laborCertificationExpiry(certified);
            countdowns.add(new Countdown(CountdownKind.I140_DEADLINE, expiry, record.i140FiledOn().isEmpty()));
            record.i140FiledOn().filter(i -> i.isAfter(expiry.date())).ifPresent(i -> violations.add(new Violation(
                    Code.I140_LATE, DeadlineRule.ETA9089_VALIDITY.citation(),
                    Text.of("perm.violation.I140_LATE", i, expiry.date(), certified))));
        });
        countdowns.sort(Comparator.comparing(Countdown::date).thenComparing(Countdown::kind));
        return new PermTimeline(earliest, latest, violations, countdowns);
    }

    /** The findings of the filing window about the steps themselves, as violations naming their rule. */
    private Optional<Violation> violationOf(DeadlineNote note) {
        return Optional.ofNullable(switch (note.code()) {
            case RECRUITMENT_STEP_MISSING -> new Violation(Code.STEP_MISSING, "20 CFR 656.17(e)(1)(i); 20 CFR 656.10(d)", note.text());
            case RECRUITMENT_STEP_TOO_SHORT -> new Violation(Code.STEP_TOO_SHORT,
                    DeadlineRule.SWA_JOB_ORDER.citation() + "; " + DeadlineRule.NOTICE_OF_FILING.citation(), note.text());
            case AD_NOT_ON_SUNDAY -> new Violation(Code.AD_NOT_ON_SUNDAY, "20 CFR 656.17(e)(1)(i)(B)", note.text());
            case FILING_WINDOW_CLOSED -> new Violation(Code.WINDOW_CLOSED, DeadlineRule.PERM_RECRUITMENT_WINDOW.citation(),
                    note.text());
            default -> null;
        });
    }

    /** What the steps themselves must be: two different Sundays; three additional steps for a professional occupation. */
    private List<Violation> recruitmentShape(List<PermRecord.Step> steps) {
        List<Violation> found = new ArrayList<>();
        List<LocalDate> sundays = steps.stream().filter(s -> s.kind() == PermStepKind.SUNDAY_AD).map(PermRecord.Step::start).toList();
        if (sundays.size() >= 2 && sundays.stream().distinct().count() < 2) {
            found.add(new Violation(Code.SUNDAY_ADS_SAME_DAY, "20 CFR 656.17(e)(1)(i)(B)",
                    Text.of("perm.violation.SUNDAY_ADS_SAME_DAY", sundays.get(0))));
        }
        long additional = steps.stream().filter(s -> s.kind().additional()).map(PermRecord.Step::kind).distinct().count();
        if (additional < PermStepKind.ADDITIONAL_STEPS_REQUIRED) {
            found.add(new Violation(Code.ADDITIONAL_STEPS_MISSING, "20 CFR 656.17(e)(1)(ii)",
                    Text.of("perm.violation.ADDITIONAL_STEPS_MISSING", PermStepKind.ADDITIONAL_STEPS_REQUIRED, additional)));
        }
        return found;
    }

    /**
     * Each step against the filing date as it happened: mandatory steps (the Notice of Filing's
     * every posting day among them) ended 30 or more days before it and began 180 or fewer;
     * of the additional steps only one inside the 30 days.
     */
    private List<Violation> againstFiling(List<PermRecord.Step> steps, PermFilingWindow window, LocalDate filed) {
        List<Violation> found = new ArrayList<>();
        int quiet = rules.figure(DeadlineRule.PERM_QUIET_PERIOD);
        int span = rules.figure(DeadlineRule.PERM_RECRUITMENT_WINDOW);
        if (!window.allowsFilingOn(filed)) {
            found.add(new Violation(Code.FILED_OUTSIDE_WINDOW, DeadlineRule.PERM_QUIET_PERIOD.citation(),
                    Text.of("perm.violation.FILED_OUTSIDE_WINDOW", filed, window.earliest().date(), window.latest().date())));
        }
        List<PermRecord.Step> additionalInQuiet = new ArrayList<>();
        for (PermRecord.Step s : steps) {
            boolean inQuiet = s.end().plusDays(quiet).isAfter(filed);
            boolean tooOld = s.start().plusDays(span).isBefore(filed);
            Text kind = Text.of(s.kind().messageKey());
            if (s.kind().counted() == RecruitmentStep.Kind.NOTICE_OF_FILING || s.kind() == PermStepKind.IN_HOUSE_MEDIA) {
                if (inQuiet || tooOld) {
                    found.add(new Violation(Code.NOTICE_OUTSIDE_WINDOW, DeadlineRule.NOTICE_OF_FILING.citation(),
                            Text.of("perm.violation.NOTICE_OUTSIDE_WINDOW", kind, s.start(), s.end(), filed, quiet, span)));
                }
                continue;
            }
            if (inQuiet && s.kind().additional()) {
                additionalInQuiet.add(s);
            } else if (inQuiet) {
                found.add(new Violation(Code.STEP_IN_QUIET_PERIOD, DeadlineRule.PERM_QUIET_PERIOD.citation(),
                        Text.of("perm.violation.STEP_IN_QUIET_PERIOD", kind, s.end(), filed, quiet)));
            }
            if (tooOld) {
                found.add(new Violation(Code.STEP_TOO_OLD, DeadlineRule.PERM_RECRUITMENT_WINDOW.citation(),
                        Text.of("perm.violation.STEP_TOO_OLD", kind, s.start(), filed, span)));
            }
        }
        if (additionalInQuiet.size() > 1) {
            found.add(new Violation(Code.ADDITIONAL_IN_QUIET_PERIOD, "20 CFR 656.17(e)(1)(ii)",
                    Text.of("perm.violation.ADDITIONAL_IN_QUIET_PERIOD", additionalInQuiet.size(), quiet, filed,
                            additionalInQuiet.stream().map(s -> Text.of(s.kind().messageKey()).format())
                                    .collect(Collectors.joining(", ")))));
        }
        return found;
    }
}
