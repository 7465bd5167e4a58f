package org.lpodesk.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.review.AttorneyApproval;

/**
 * A reply asked to be sent: the document as it stands now.
 *
 * @param name         the document's name, for messages
 * @param versionLabel its current version label
 * @param approval     the attorney approval stored on it, if any
 * @param state        where it is on its way out
 * @param sentAt       when it was sent, for a SENT reply
 * @param to           the recipients it would go to
 */
public record ReplyDraft(String documentRef, String name, String versionLabel, Optional<AttorneyApproval> approval,
                         ReplyState state, Optional<Instant> sentAt, List<String> to) {

    public ReplyDraft {
        Objects.requireNonNull(documentRef, "documentRef");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sentAt, "sentAt");
        to = List.copyOf(to);
    }
}
