package org.lpodesk.sharing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;

/**
 * What the sharing policy decides on: the case's consent (null when none is recorded), the
 * documents to share, the engagement (which names the vendor) and task kind, the requester's
 * reason (needed for restricted PII; may be null or blank otherwise), and the vendor's
 * attestations and bulk counts (null where the caller has no compliance ports yet: the
 * attestation and bulk-data rules are then not applied).
 */
public record SharingRequest(CaseConsent consent, List<DocumentRef> documents, Engagement engagement, TaskKind kind,
                             String requesterReason, VendorCompliance compliance) {

    public SharingRequest {
        if (documents == null) {
            throw new IllegalArgumentException(Messages.format("request.documents.missing"));
        }
        documents = List.copyOf(documents);
        if (engagement == null) {
            throw new IllegalArgumentException(Messages.format("request.engagement.missing"));
        }
        if (kind == null) {
            throw new IllegalArgumentException(Messages.format("request.kind.missing"));
        }
        Set<String> ids = new HashSet<>();
        for (DocumentRef d : documents) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException(Messages.format("request.documents.duplicate", d.id(), d.name()));
            }
        }
    }

    /** A request decided without the vendor's attestations and bulk counts. */
    public SharingRequest(CaseConsent consent, List<DocumentRef> documents, Engagement engagement, TaskKind kind,
                          String requesterReason) {
        this(consent, documents, engagement, kind, requesterReason, null);
    }

    public Optional<CaseConsent> consentIfRecorded() {
        return Optional.ofNullable(consent);
    }

    public boolean hasReason() {
        return requesterReason != null && !requesterReason.isBlank();
    }
}
