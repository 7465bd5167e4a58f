package org.lpodesk.outsourcing;

/** Why a vendor may not be engaged today (NYC Bar Op. 2006-3; Model Rule 5.3 cmt. [3]). */
public enum VettingProblem {
    DUE_DILIGENCE_MISSING,
    DUE_DILIGENCE_EXPIRED,
    DUE_DILIGENCE_IN_FUTURE,
    CONFLICTS_CHECK_MISSING,
    CONFLICTS_CHECK_EXPIRED,
    CONFLICTS_CHECK_IN_FUTURE;

    /** Key of the readable text in {@code org/lpodesk/outsourcing/messages.properties}. */
    public String messageKey() {
        return "vetting." + name();
    }
}
