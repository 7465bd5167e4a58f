package org.lpodesk.sharing;

/** Why the sharing policy refuses a document. */
public enum RefusalReason {
    /** No informed client consent to outsourcing is recorded on the case: nothing is shared. */
    NO_CONSENT,
    /** The vendor is not engaged for the task kind: nothing is shared. */
    KIND_NOT_ENGAGED,
    /** The engagement says this task kind carries no client documents: nothing is shared. */
    KIND_CARRIES_NO_CLIENT_DOCUMENTS,
    /** Restricted PII, and the recorded consent does not cover restricted PII. */
    PII_NOT_COVERED_BY_CONSENT,
    /** Restricted PII, and the requester gave no reason. */
    PII_REASON_MISSING,
    /** Restricted PII, and the vendor is in a 28 CFR 202 country of concern (consent is no exemption). */
    PII_TO_COUNTRY_OF_CONCERN,
    /** The vendor lacks a valid attestation of some kind (never signed, or signed for a later date): nothing is shared. */
    ATTESTATION_MISSING,
    /** A vendor attestation has expired: nothing is shared until it is renewed. */
    ATTESTATION_EXPIRED,
    /** Restricted data, and the vendor attests covered-person status (28 CFR 202.211): refused, consent or not. */
    RESTRICTED_DATA_TO_COVERED_PERSON,
    /** The document's persons would take the vendor past its bulk-data limit for the category (28 CFR 202.205). */
    BULK_LIMIT_EXCEEDED;

    /** Key of the per-document text in {@code org/lpodesk/sharing/messages.properties}. */
    public String messageKey() {
        return "sharing.refusal." + name();
    }
}
