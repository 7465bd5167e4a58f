package org.lpodesk.uscis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * One check of a receipt number's USCIS status, as recorded: never edited (a correction is a new
 * check). A failed check (the API refused, the answer was for another receipt number, the body
 * could not be read) is recorded with its reason and never replaces the last good status.
 *
 * @param checkedBy     the user who checked, or {@code system} for the scheduled job
 * @param statusText    the status title exactly as USCIS gave it ("Case Was Received"); empty for a failed check
 * @param uscisModified when USCIS last changed the case, as it says
 * @param failure       why the check failed; empty for a good one
 */
public record StatusCheck(ReceiptNumber receiptNumber, Instant checkedAt, String checkedBy, StatusSource source,
                          String formType, String statusText, String statusDescription, Optional<Instant> uscisModified,
                          Optional<String> failure) {

    public StatusCheck {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(source, "source");
        checkedBy = checkedBy == null ? "" : checkedBy;
        formType = formType == null ? "" : formType;
        statusText = statusText == null ? "" : statusText.strip();
        statusDescription = statusDescription == null ? "" : statusDescription;
        uscisModified = uscisModified == null ? Optional.empty() : uscisModified;
        failure = failure == null ? Optional.empty() : failure;
        if (failure.isEmpty() && statusText.isEmpty()) {
            throw new IllegalArgumentException(UscisMessages.format("check.noStatus", receiptNumber));
        }
    }

    public static StatusCheck good(ReceiptNumber receipt, Instant at, String by, StatusSource source, String formType,
                                   String statusText, String description, Optional<Instant> modified) {
        return new StatusCheck(receipt, at, by, source, formType, statusText, description, modified, Optional.empty());
    }

    public static StatusCheck failed(ReceiptNumber receipt, Instant at, String by, StatusSource source, String reason) {
        return new StatusCheck(receipt, at, by, source, "", "", "", Optional.empty(), Optional.of(reason));
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    /**
     * When the status held: a look at USCIS's page or API tells the status at that moment; a
     * notice tells an event of its date. So an old receipt notice filed after an RFE was seen is
     * history, not the case's current status.
     */
    public Instant asOf() {
        return source == StatusSource.NOTICE ? uscisModified.orElse(checkedAt) : checkedAt;
    }
}
