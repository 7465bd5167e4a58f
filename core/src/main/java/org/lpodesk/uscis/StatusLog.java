package org.lpodesk.uscis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * The status log of one receipt number: every check in the order of when its status held
 * ({@link StatusCheck#asOf()}: the moment of a look, the date of a notice), the last good status,
 * and the changes of status text between good checks, each an event. A failed check is kept (the
 * log says what was tried) and changes nothing; a notice of an earlier event filed late is history.
 */
public record StatusLog(ReceiptNumber receiptNumber, List<StatusCheck> checks) {

    /** When the status held, then when it was recorded. */
    private static final Comparator<StatusCheck> ORDER = Comparator.comparing(StatusCheck::asOf)
            .thenComparing(StatusCheck::checkedAt);

    /** A status text that differs from the previous good one. */
    public record Change(Optional<StatusCheck> from, StatusCheck to) {
    }

    public StatusLog {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        checks = checks.stream().sorted(ORDER).toList();
        for (StatusCheck c : checks) {
            if (!c.receiptNumber().equals(receiptNumber)) {
                throw new IllegalArgumentException(UscisMessages.format("log.otherReceipt", c.receiptNumber(), receiptNumber));
            }
        }
    }

    public static StatusLog empty(ReceiptNumber receipt) {
        return new StatusLog(receipt, List.of());
    }

    /** The log with one more check; a check for another receipt number is refused. */
    public StatusLog with(StatusCheck check) {
        List<StatusCheck> all = new ArrayList<>(checks);
        all.add(check);
        return new StatusLog(receiptNumber, all);
    }

    public Optional<StatusCheck> last() {
        return checks.stream().filter(StatusCheck::ok).reduce((a, b) -> b);
    }

    /** Every change of status text, the first good check included (from nothing). */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        Optional<StatusCheck> previous = Optional.empty();
        for (StatusCheck c : checks) {
            if (!c.ok()) {
                continue;
            }
            if (previous.isEmpty() || !previous.get().statusText().equalsIgnoreCase(c.statusText())) {
                changes.add(new Change(previous, c));
            }
            previous = Optional.of(c);
        }
        return changes;
    }

    /**
     * Whether adding this check would change the current status (the repository raises the event
     * when it stores it): a good check, the latest by when its status held, with another text.
     */
    public boolean wouldChange(StatusCheck check) {
        if (!check.ok()) {
            return false;
        }
        Optional<StatusCheck> last = last();
        return last.isEmpty() || (ORDER.compare(check, last.get()) > 0
                && !last.get().statusText().equalsIgnoreCase(check.statusText()));
    }
}
