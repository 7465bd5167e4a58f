package org.lpodesk.review.workflow;

import java.util.Optional;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.DocumentVersion;

/**
 * Port: work-product documents under review. The Alfresco adapter reads the current version
 * label ({@code cm:versionLabel}; it makes the document versionable first) and the authors
 * (creator and every content modifier), and stores a review in the {@code imm:attorneyApproval}
 * aspect, auditing it.
 */
public interface WorkProductPort {

    /**
     * The document's current content version and everyone who authored it.
     *
     * @throws IllegalArgumentException naming the document when it does not exist
     */
    DocumentVersion currentVersion(String documentId);

    /** Stores the review of one version on the document, replacing an earlier one. */
    void recordReview(String documentId, AttorneyApproval review);

    /** The last review stored on the document, if any. */
    Optional<AttorneyApproval> review(String documentId);
}
