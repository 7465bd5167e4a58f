package org.lpodesk.review;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone wants to mark a document filed or sent.
 *
 * @param currentVersionLabel the document's version label now
 * @param approval            the approval stored on the document, if any
 */
public record ReleaseRequest(String documentRef, String currentVersionLabel,
                             Optional<AttorneyApproval> approval, ReleaseAction action) {

    public ReleaseRequest {
        documentRef = Texts.requireNonBlank(documentRef, "blank.documentRef");
        currentVersionLabel = Texts.requireNonBlank(currentVersionLabel, "blank.versionLabel", documentRef);
        Objects.requireNonNull(approval, "approval must not be null (use Optional.empty())");
        Objects.requireNonNull(action, "release action must not be null");
    }
}
