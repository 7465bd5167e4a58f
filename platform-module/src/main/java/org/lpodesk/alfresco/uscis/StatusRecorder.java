package org.lpodesk.alfresco.uscis;

import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.alfresco.notice.ReceiptNumberRegistry;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusLog;
import org.lpodesk.uscis.UscisMessages;

/**
 * The one way a check enters a case's log, whatever its source (a person, the scheduled API
 * check, a filed notice): the case is the one holding the receipt number, the change is judged
 * against that number's log, the check is stored, and a change raises its events, all in the
 * caller's transaction. Who may record is decided before (web script, job, behaviour); this runs
 * with the internal services.
 */
public final class StatusRecorder {

    /** What was stored. */
    public record Recorded(NodeRef caseNode, NodeRef checkNode, boolean changed) {
    }

    private final ReceiptNumberRegistry registry;
    private final StatusRecords records;
    private final StatusEvents events;

    public StatusRecorder(ReceiptNumberRegistry registry, StatusRecords records, StatusEvents events) {
        this.registry = registry;
        this.records = records;
        this.events = events;
    }

    /** The case holding the receipt number, if one does. */
    public Optional<NodeRef> caseHolding(ReceiptNumber receipt) {
        return registry.holder(receipt);
    }

    /** @throws IllegalArgumentException naming the number when no case holds it */
    public NodeRef caseOf(ReceiptNumber receipt) {
        return registry.holder(receipt).orElseThrow(() -> new IllegalArgumentException(
                UscisMessages.format("lookup.unknownReceipt", receipt)));
    }

    /**
     * @throws IllegalArgumentException when no case holds the receipt number; nothing is stored
     */
    public Recorded record(StatusCheck check, Optional<NodeRef> screenshot) {
        NodeRef caseNode = caseOf(check.receiptNumber());
        StatusLog log = records.log(caseNode, check.receiptNumber());
        boolean changed = log.wouldChange(check);
        NodeRef node = records.append(caseNode, check, changed, screenshot);
        if (changed) {
            events.changed(caseNode, log.last(), check);
        }
        return new Recorded(caseNode, node, changed);
    }
}
