package org.lpodesk.alfresco.audit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Feeds the {@code lpodesk} audit application (audit/lpodesk-audit.xml): every share, revoke,
 * approval, rejection, filing, sending and every LPO read of a shared copy, every compliance event
 * (attestations, refusals, bulk counts and warnings, AI use: {@code AlfrescoComplianceAudit}), with the node, the
 * vendor or task where known, and a short detail, and every public link refused. The acting user
 * is added by the audit application itself. Records are written in the caller's transaction, so a
 * rolled-back step leaves no audit entry claiming it happened; a refusal, whose transaction always
 * rolls back, is recorded in a transaction of its own by the caller.
 */
public final class LpoDeskAudit {

    /** The data producer root path the audit application maps. */
    public static final String ROOT = "/lpodesk";

    public enum Event {
        SHARE, REVOKE, APPROVAL, REJECTION, FILING, SENDING, LPO_READ, PUBLIC_LINK_REFUSED,
        ATTESTATION, SHARING_REFUSED, BULK_COUNT, BULK_WARNING, ASSIGNMENT_REFUSED, AI_USE, AI_USE_STOPPED,
        AI_VERIFIED, AI_VERIFICATION_REFUSED;

        /** Path segment under {@link #ROOT}, e.g. {@code lpoRead}. */
        public String key() {
            String[] parts = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
            return key.toString();
        }
    }

    private final AuditComponent auditComponent;

    public LpoDeskAudit(AuditComponent auditComponent) {
        this.auditComponent = auditComponent;
    }

    public void record(Event event, NodeRef node, String vendor, String task, String detail) {
        String root = ROOT + "/" + event.key();
        // Alfresco matches this against the mapped source path (/lpodesk): ask with the root, not the event path
        if (!auditComponent.areAuditValuesRequired(ROOT)) {
            return;
        }
        Map<String, Serializable> values = new HashMap<>();
        values.put("node", node == null ? null : node.toString());
        values.put("vendor", vendor);
        values.put("task", task);
        values.put("detail", detail);
        values.values().removeIf(v -> v == null);
        auditComponent.recordAuditValues(root, values);
    }
}
