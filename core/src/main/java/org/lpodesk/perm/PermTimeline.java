package org.lpodesk.perm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.lpodesk.deadline.Deadline;
import org.lpodesk.deadline.Text;

/**
 * A PERM case's timeline as core computed it from the record: the filing window with the rule
 * that set each end, the violations found (each naming its rule), and the countdowns still
 * running. The repository serves it; Share draws it; nobody computes it again.
 *
 * @param earliestFiling the first day the ETA-9089 may be filed, once recruitment ran
 * @param latestFiling   the last day, 180 days after the first recruitment step
 */
public record PermTimeline(Optional<Deadline> earliestFiling, Optional<Deadline> latestFiling, List<Violation> violations,
                           List<Countdown> countdowns) {

    public PermTimeline {
        earliestFiling = earliestFiling == null ? Optional.empty() : earliestFiling;
        latestFiling = latestFiling == null ? Optional.empty() : latestFiling;
        violations = List.copyOf(violations);
        countdowns = List.copyOf(countdowns);
    }

    /** A rule the recorded facts break, with the rule's source. */
    public record Violation(Code code, String citation, Text text) {
        public Violation {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
            citation = citation == null ? "" : citation;
        }

        public String message(Locale locale) {
            return text.format(locale);
        }
    }

    public enum Code {
        STEP_MISSING, ADDITIONAL_STEPS_MISSING, STEP_TOO_SHORT, AD_NOT_ON_SUNDAY, SUNDAY_ADS_SAME_DAY, WINDOW_CLOSED,
        RECRUITMENT_AFTER_PWD, FILED_OUTSIDE_WINDOW, STEP_IN_QUIET_PERIOD, NOTICE_OUTSIDE_WINDOW,
        ADDITIONAL_IN_QUIET_PERIOD, STEP_TOO_OLD, AUDIT_RESPONSE_LATE, I140_LATE
    }

    /**
     * A dated clock of the case.
     *
     * @param open true while it still binds the case (nothing done yet that stops it)
     */
    public record Countdown(CountdownKind kind, Deadline deadline, boolean open) {
        public Countdown {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(deadline, "deadline");
        }

        public LocalDate date() {
            return deadline.date();
        }

        public Text label() {
            return Text.of("perm.countdown." + kind.name());
        }
    }

    public enum CountdownKind {
        /** File the ETA-9089 or begin recruitment by the end of the wage determination's validity. */
        PWD_EXPIRY(true),
        FILING_WINDOW_OPENS(false),
        FILING_WINDOW_CLOSES(true),
        AUDIT_RESPONSE_DUE(true),
        I140_DEADLINE(true),
        /** The day the audit file may be destroyed: information, never an obligation. */
        AUDIT_FILE_RETENTION(false);

        private final boolean obligation;

        CountdownKind(boolean obligation) {
            this.obligation = obligation;
        }

        /** Whether it binds the case, and so feeds the case deadline. */
        public boolean obligation() {
            return obligation;
        }
    }

    /**
     * The case's PERM obligations for the case deadline roll-up, open and met alike.
     *
     * @param caseSource the case's identity; each obligation's source is it plus the clock's name
     */
    public List<Obligation> obligations(String caseSource) {
        List<Obligation> obligations = new ArrayList<>();
        for (Countdown c : countdowns) {
            if (c.kind().obligation()) {
                obligations.add(new Obligation(caseSource + "#perm." + c.kind().name(), c.label().format(), c.date(),
                        c.deadline().statement(), !c.open()));
            }
        }
        return obligations;
    }

    public boolean hasViolation(Code code) {
        return violations.stream().anyMatch(v -> v.code() == code);
    }

    public Optional<Countdown> countdown(CountdownKind kind) {
        return countdowns.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
