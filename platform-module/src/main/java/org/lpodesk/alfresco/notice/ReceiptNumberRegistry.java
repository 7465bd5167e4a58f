package org.lpodesk.alfresco.notice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.alfresco.cases.NumberHolders;
import org.lpodesk.cases.numbering.NumberHolder;
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
    private final NumberHolders holders;

    public ReceiptNumberRegistry(AttributeService attributeService, NumberHolders holders) {
        this.attributeService = attributeService;
        this.holders = holders;
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
            Serializable reservation = attributeService.getAttribute(KEY, number.value());
            if (caseNode.toString().equals(reservation)) {
                return;
            }
            Optional<NumberHolder> holder = holders.of(reservation);
            if (holder.isPresent()) {
                throw new IllegalArgumentException(holder.get().refuseReceiptNumber(number.value()));
            }
            // the holder no longer exists: the number is free
            attributeService.setAttribute(caseNode.toString(), KEY, number.value());
        }
    }

    /** Releases the number if this case holds it (the case's number changed or it was deleted). */
    public void release(ReceiptNumber number, NodeRef caseNode) {
        if (caseNode.toString().equals(attributeService.getAttribute(KEY, number.value()))) {
            attributeService.removeAttribute(KEY, number.value());
        }
    }

    /** The case that holds the number, if one does. */
    public Optional<NodeRef> holder(ReceiptNumber number) {
        Serializable reservation = attributeService.getAttribute(KEY, number.value());
        return reservation != null && NodeRef.isNodeRef(reservation.toString())
                ? Optional.of(new NodeRef(reservation.toString())) : Optional.empty();
    }

    /** Every claimed number, by the case holding it, in the order the database lists them. */
    public Map<NodeRef, List<ReceiptNumber>> byCase() {
        Map<NodeRef, List<ReceiptNumber>> all = new LinkedHashMap<>();
        attributeService.getAttributes((id, value, keys) -> {
            if (value != null && NodeRef.isNodeRef(value.toString()) && keys.length > 1 && keys[1] != null) {
                try {
                    all.computeIfAbsent(new NodeRef(value.toString()), k -> new ArrayList<>())
                            .add(new ReceiptNumber(keys[1].toString()));
                } catch (IllegalArgumentException malformed) {
                    // a number claimed before the format was enforced: not asked about
                }
            }
            return true;
        }, KEY);
        return all;
    }
}
