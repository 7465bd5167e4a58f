package org.lpodesk.alfresco.notice;

import java.io.Serializable;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * Makes a USCIS receipt number belong to one case across the repository. The claim is the
 * attribute {@code (lpodesk.receiptNumber, <number>)} holding the case's node reference: its key
 * has a database unique constraint and is created under a savepoint, so two transactions
 * claiming one number cannot both succeed, whatever the search index says. A notice may carry
 * the receipt number of its own case (the receipt notice, an RFE, the approval all do), never
 * that of another case.
 */
public final class ReceiptNumberRegistry {

    static final String KEY = "lpodesk.receiptNumber";

    private final AttributeService attributeService;

    public ReceiptNumberRegistry(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    /**
     * Claims the number for the case; claiming it again for the same case changes nothing.
     *
     * @throws IllegalArgumentException naming the number and the case that holds it
     */
    public void claim(ReceiptNumber number, NodeRef caseNode) {
        try {
            attributeService.createAttribute(caseNode.toString(), KEY, number.value());
        } catch (DuplicateAttributeException e) {
            Serializable holder = attributeService.getAttribute(KEY, number.value());
            if (!caseNode.toString().equals(holder)) {
                throw new IllegalArgumentException("Receipt number " + number + " already belongs to case " + holder
                        + "; a receipt number identifies one filing and cannot be given to case " + caseNode + ".");
            }
        }
    }

    /** Releases the number if this case holds it (the case's number changed or it was deleted). */
    public void release(ReceiptNumber number, NodeRef caseNode) {
        if (caseNode.toString().equals(attributeService.getAttribute(KEY, number.value()))) {
            attributeService.removeAttribute(KEY, number.value());
        }
    }
}
