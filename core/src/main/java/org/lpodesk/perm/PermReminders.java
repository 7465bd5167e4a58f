package org.lpodesk.perm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lpodesk.deadline.Text;

/**
 * Which PERM reminders a case is due today: one before each open clock closes, at each lead time
 * (default 14 and 3 days), one when it is overdue, and one for each violation when it first
 * appears. Each reminder has a key that names its event; the repository keeps the keys it sent,
 * so that a run after a restart, a second run the same day or a run that failed halfway never
 * sends one twice. When a run was missed, only the nearest stage is sent (not "14 days left"
 * on the day 3 are left).
 */
public final class PermReminders {

    /** One message to send. */
    public record Reminder(String key, Text subject, Text body) {
        public Reminder {
            Objects.requireNonNull(key, "key");
        }
    }

    private final List<Integer> leadDays;

    /** @param leadDays days before a clock closes to remind, e.g. 14 and 3; each at least 1 */
    public PermReminders(Collection<Integer> leadDays) {
        List<Integer> sorted = new ArrayList<>(Set.copyOf(leadDays));
        sorted.sort(null);
        if (sorted.isEmpty() || sorted.get(0) < 1) {
            throw new IllegalArgumentException(Text.of("perm.reminder.badLeadDays", String.valueOf(leadDays)).format());
        }
        this.leadDays = List.copyOf(sorted);
    }

    /**
     * @param caseNumber for the texts
     * @param sent       the keys already sent for this case
     */
    public List<Reminder> due(String caseNumber, PermTimeline timeline, LocalDate today, Set<String> sent) {
        List<Reminder> due = new ArrayList<>();
        for (PermTimeline.Countdown c : timeline.countdowns()) {
            if (!c.open() || !c.kind().obligation()) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, c.date());
            String stage = stage(left);
            if (stage == null) {
                continue;
            }
            String key = c.kind().name() + ":" + c.date() + ":" + stage;
            if (!sent.contains(key)) {
                Text label = c.label();
                due.add(new Reminder(key,
                        left < 0 ? Text.of("perm.reminder.overdue.subject", caseNumber, label, c.date())
                                : Text.of("perm.reminder.closing.subject", caseNumber, label, left),
                        Text.of("perm.reminder.clock.body", caseNumber, label, c.date(), c.deadline().explanation(),
                                c.deadline().rule().citation())));
            }
        }
        for (PermTimeline.Violation v : timeline.violations()) {
            // String.hashCode is specified, so the key is the same in every JVM and after a restart
            String key = "violation:" + v.code().name() + ":" + Integer.toHexString(v.text().format().hashCode());
            if (!sent.contains(key)) {
                due.add(new Reminder(key, Text.of("perm.reminder.violation.subject", caseNumber),
                        Text.of("perm.reminder.violation.body", caseNumber, v.text(), v.citation())));
            }
        }
        return due;
    }

    /** The nearest lead time reached ("14", "3"), "overdue" past the day, or null when none is reached yet. */
    private String stage(long left) {
        if (left < 0) {
            return "overdue";
        }
        for (int lead : leadDays) {
            if (left <= lead) {
                return String.valueOf(lead);
            }
        }
        return null;
    }
}
