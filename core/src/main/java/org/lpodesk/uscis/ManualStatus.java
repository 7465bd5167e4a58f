package org.lpodesk.uscis;

import java.time.Instant;
import java.util.Optional;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * What a person read on USCIS's case status page and records: the receipt number, the status
 * title and description as shown, the form type, and the date USCIS says the case last changed.
 * The rules are the same whoever records it (a paralegal in Share, an associate with a status
 * check task, an integrator through the kit): checked here, once.
 */
public final class ManualStatus {

    /** Longest status title kept; USCIS's titles are a few words. */
    public static final int MAX_TEXT = 200;
    /** Longest description kept; USCIS's run to a paragraph. */
    public static final int MAX_DESCRIPTION = 4000;

    private ManualStatus() {
    }

    /**
     * @param receipt       as typed (surrounding spaces ignored)
     * @param uscisModified when USCIS says the case last changed, if the page showed it
     * @throws IllegalArgumentException naming what is wrong; nothing is recorded
     */
    public static StatusCheck check(String receipt, String statusText, String description, String formType,
                                    Optional<Instant> uscisModified, Instant now, String recordedBy) {
        ReceiptNumber number = ReceiptNumber.parse(receipt);
        String text = statusText == null ? "" : statusText.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(UscisMessages.format("manual.noText", number));
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(UscisMessages.format("manual.textTooLong", MAX_TEXT));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException(UscisMessages.format("manual.descriptionTooLong", MAX_DESCRIPTION));
        }
        if (uscisModified.isPresent() && uscisModified.get().isAfter(now)) {
            throw new IllegalArgumentException(UscisMessages.format("manual.modifiedInFuture"));
        }
        return StatusCheck.good(number, now, recordedBy, StatusSource.MANUAL, formType == null ? "" : formType.strip(),
                text, description == null ? "" : description.strip(), uscisModified);
    }
}
