package org.lpodesk.sharing;

import java.time.Instant;

/**
 * The client's informed consent to outsourcing, as recorded on the case (ABA Formal Op. 08-451;
 * Model Rule 1.6): who recorded it, when, what it covers, and whether it extends to the vendor's
 * use of generative AI on the client's information (ABA Formal Op. 512: informed consent before
 * client information goes into a generative-AI tool).
 */
public record CaseConsent(String recordedBy, Instant recordedAt, ConsentScope scope, boolean coversGenerativeAi) {

    public CaseConsent {
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException(Messages.format("consent.recordedBy.blank"));
        }
        if (recordedAt == null) {
            throw new IllegalArgumentException(Messages.format("consent.recordedAt.missing", recordedBy));
        }
        if (scope == null) {
            throw new IllegalArgumentException(Messages.format("consent.scope.missing", recordedBy));
        }
    }

    /** A consent that says nothing of generative AI: AI use is not covered. */
    public CaseConsent(String recordedBy, Instant recordedAt, ConsentScope scope) {
        this(recordedBy, recordedAt, scope, false);
    }
}
