package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.numbering.NumberHolder;

/**
 * Who holds a reserved case or receipt number: the reservation keeps the node reference of the
 * case that made it. Deleting a case releases its own case and receipt numbers, but a receipt
 * number claimed by a notice for its case, or a reservation whose release never ran, can outlive
 * the case; a reservation whose case no longer exists in the live store holds nothing, the same
 * as a released one, so the asker may take it over.
 */
public final class NumberHolders {

    private final NodeService nodeService;

    public NumberHolders(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The live case behind a reservation, or empty when that case no longer exists. */
    public Optional<NumberHolder> of(Serializable reservation) {
        NodeRef holder = new NodeRef(reservation.toString());
        if (!nodeService.exists(holder)) {
            return Optional.empty();
        }
        Serializable number = nodeService.getProperty(holder, ImmModel.PROP_CASE_NUMBER);
        return Optional.of(new NumberHolder(number == null ? holder.toString() : number.toString()));
    }
}
