package org.lpodesk.outsourcing.workflow;

import java.util.Optional;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.AttorneyApproval;

/**
 * Port: approved drafts cross back into the firm's case. The Alfresco adapter makes the draft's
 * content a new version of the case document it was copied from (or a new document in the case
 * folder), and writes the attorney's approval on that new version with its own version label,
 * so the case copy is approved exactly as the draft version the attorney saw.
 */
public interface DeliveryPort {

    /** The delivery already made under this key (a retried job after a failure), if any. */
    Optional<DeliveredVersion> findDelivery(String deliveryKey);

    /** Delivers one approved draft version; the key names it for {@link #findDelivery}. */
    DeliveredVersion deliver(Delivery delivery);

    /**
     * @param deliveryKey       process instance, draft and draft version: unique per delivery
     * @param caseId            the case folder receiving the work
     * @param draftId           the approved draft in the assignment folder
     * @param draftVersionLabel the draft version the attorney approved
     * @param sourceDocumentId  the case document the draft was copied from, or null
     * @param approval          the attorney's approval of that draft version
     */
    record Delivery(String deliveryKey, String caseId, String draftId, String draftVersionLabel,
                    String sourceDocumentId, AttorneyApproval approval, TaskKind taskKind) {
    }

    /** The case document and the version label that now holds the approved content. */
    record DeliveredVersion(String documentId, String versionLabel) {
    }
}
