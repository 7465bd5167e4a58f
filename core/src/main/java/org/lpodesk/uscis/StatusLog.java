package org.lpodesk.uscis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * The status log of one receipt number: every check in the order it was made, the last good
 * status, and the changes of status text between good checks, each an event. A failed check is
 * kept (the log says what was tried) and changes nothing.
 */
public record StatusLog(ReceiptNumber receiptNumber, List<StatusCheck> checks) {

    /** A status text that differs from the previous good one. */
    public record Change(Optional<StatusCheck> from, StatusCheck to) {
    }

    public StatusLog {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        checks = checks.stream().sorted(Comparator.comparing(StatusCheck::checkedAt)).toList();
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

    /** Whether adding this check would be a change (the repository raises the event when it stores it). */
    public boolean wouldChange(StatusCheck check) {
        return check.ok() && last().map(l -> !l.statusText().equalsIgnoreCase(check.statusText())).orElse(true);
    }
}
