package org.lpodesk.sharing;

import java.time.Instant;

/**
 * The client's informed consent to outsourcing, as recorded on the case (ABA Formal Op. 08-451;
 * Model Rule 1.6): who recorded it, when, and what it covers.
 */
public record CaseConsent(String recordedBy, Instant recordedAt, ConsentScope scope) {

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
}
