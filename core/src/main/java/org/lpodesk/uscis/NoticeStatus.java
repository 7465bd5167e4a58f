package org.lpodesk.uscis;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.notice.NoticeKind;

/**
 * A USCIS notice filed in the case is a status source too: its kind and date say what USCIS did
 * and when. The entry carries the title USCIS's own status page uses for that event (stored as
 * data, in USCIS's English, like every other status text), so that an RFE notice and an RFE seen
 * through the API are one status and not a change.
 */
public final class NoticeStatus {

    private NoticeStatus() {
    }

    /**
     * @param noticeDay the notice's date, as the start of that day in the firm's zone
     * @param recordedBy who filed the notice
     */
    public static StatusCheck check(ReceiptNumber receipt, NoticeKind kind, Instant noticeDay, Instant recordedAt,
                                    String recordedBy) {
        return StatusCheck.good(receipt, recordedAt, recordedBy, StatusSource.NOTICE, "", titleOf(kind),
                UscisMessages.format("notice.description", titleOf(kind)), Optional.of(noticeDay));
    }

    /** USCIS's status title for the event a notice of this kind reports. */
    public static String titleOf(NoticeKind kind) {
        return ResourceBundle.getBundle("org.lpodesk.uscis.status-titles", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(kind.name());
    }
}
