package org.lpodesk.uscis;

import java.util.Locale;
import java.util.Optional;
import org.lpodesk.cases.CaseStatus;

/**
 * What a USCIS status text means for the case. USCIS's texts are an open set; the ones that call
 * for the firm's action are recognised by their words, the rest are recorded as they are:
 * a request for evidence or a notice of intent opens a task to obtain the notice (the status
 * carries no deadline, the notice does), an approval or a denial suggests the case's next status
 * (the paralegal confirms; the move follows the case status rules).
 */
public enum StatusMeaning {
    EVIDENCE_REQUESTED(Optional.of(CaseStatus.RFE_NOID_RECEIVED), true),
    INTENT_NOTICE(Optional.of(CaseStatus.RFE_NOID_RECEIVED), true),
    APPROVED(Optional.of(CaseStatus.APPROVED), false),
    DENIED(Optional.of(CaseStatus.DENIED), false),
    OTHER(Optional.empty(), false);

    private final Optional<CaseStatus> suggests;
    private final boolean obtainNotice;

    StatusMeaning(Optional<CaseStatus> suggests, boolean obtainNotice) {
        this.suggests = suggests;
        this.obtainNotice = obtainNotice;
    }

    public static StatusMeaning of(String statusText) {
        String t = statusText == null ? "" : statusText.toLowerCase(Locale.ROOT);
        if (t.contains("request for evidence") || t.contains("request for initial evidence")) {
            return EVIDENCE_REQUESTED;
        }
        if (t.contains("intent to deny") || t.contains("intent to revoke") || t.contains("intent to terminate")) {
            return INTENT_NOTICE;
        }
        if (t.contains("was denied") || t.contains("case was rejected")) {
            return DENIED;
        }
        if (t.contains("was approved") || t.contains("card was mailed") || t.contains("card was delivered")
                || t.contains("card is being produced") || t.contains("card was produced")) {
            return APPROVED;
        }
        return OTHER;
    }

    /** The case status this suggests, for the paralegal to confirm. */
    public Optional<CaseStatus> suggests() {
        return suggests;
    }

    /** Whether the firm must obtain the notice USCIS sent (its deadline is on the notice). */
    public boolean obtainNotice() {
        return obtainNotice;
    }
}
