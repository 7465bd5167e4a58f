package org.lpodesk.cases.summary;

import java.util.Optional;

/**
 * The kinds of audit entry the case page lists, from the {@code lpodesk} audit application's
 * paths (share, revoke, approval, rejection, filing, sending). An approval entry whose detail
 * starts with "voided" records an approval voided by an edit. Reads of shared copies and refused
 * public links are not case history and are left out. Labels: {@code event.<NAME>}.
 */
public enum CaseEventKind {
    SHARE,
    REVOKE,
    APPROVAL,
    APPROVAL_VOIDED,
    REJECTION,
    FILING,
    SENDING;

    /** The kind of an entry under {@code /lpodesk/<key>}, empty for paths the page does not list. */
    public static Optional<CaseEventKind> ofAudit(String key, String detail) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (key) {
            case "share" -> SHARE;
            case "revoke" -> REVOKE;
            case "approval" -> detail != null && detail.startsWith("voided") ? APPROVAL_VOIDED : APPROVAL;
            case "rejection" -> REJECTION;
            case "filing" -> FILING;
            case "sending" -> SENDING;
            default -> null;
        });
    }

    public String label() {
        return SummaryMessages.format("event." + name());
    }
}
