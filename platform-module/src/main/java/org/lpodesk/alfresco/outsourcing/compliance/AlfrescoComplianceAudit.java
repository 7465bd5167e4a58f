package org.lpodesk.alfresco.outsourcing.compliance;

import java.util.StringJoiner;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;

/**
 * {@link ComplianceAuditPort} on the {@code lpodesk} audit application. A refusal's transaction
 * always rolls back (the refusal is an exception), so refusals are written in a transaction of
 * their own ({@code requiresNew}); every other event belongs to the step that succeeded and is
 * written in its transaction, so a step rolled back later leaves no claim that it happened.
 * The detail holds codes, counts and ids only, never a person's name or identifiers.
 */
public final class AlfrescoComplianceAudit implements ComplianceAuditPort {

    private final LpoDeskAudit audit;
    private final RetryingTransactionHelper transactions;

    public AlfrescoComplianceAudit(LpoDeskAudit audit, RetryingTransactionHelper transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void record(Event event) {
        // if-chain, not a pattern switch: the module is Java 17 bytecode (ACS 23.4 runs on Java 17)
        if (event instanceof AttestationRecorded e) {
            audit.record(LpoDeskAudit.Event.ATTESTATION, null, e.vendorId(), null,
                    detail("kind", e.attestation().kind(), "signedOn", e.attestation().signedOn(),
                            "expiresOn", e.attestation().expiryIfSet().orElse(null),
                            "coveredPerson", e.attestation().coveredPerson(), "document", e.attestation().document(),
                            "recordedBy", e.recordedBy()));
        } else if (event instanceof SharingRefused e) {
            apart(LpoDeskAudit.Event.SHARING_REFUSED, node(e.caseId()), e.vendorId(), null,
                    detail("reasons", e.reasons(), "requester", e.requester(),
                            "messages", String.join(" | ", e.messages())));
        } else if (event instanceof BulkShareCounted e) {
            audit.record(LpoDeskAudit.Event.BULK_COUNT, node(e.caseId()), e.vendorId(), e.processInstanceId(),
                    detail("category", e.category(), "newPersons", e.newPersons(),
                            "personsInWindow", e.personsInWindow(), "limit", e.limit()));
        } else if (event instanceof BulkLimitWarning e) {
            audit.record(LpoDeskAudit.Event.BULK_WARNING, node(e.caseId()), e.vendorId(), e.processInstanceId(),
                    detail("category", e.category(), "persons", e.persons(), "limit", e.limit()));
        } else if (event instanceof AssignmentRefused e) {
            apart(LpoDeskAudit.Event.ASSIGNMENT_REFUSED, null, e.vendorId(), e.processInstanceId(),
                    detail("associate", e.associate(), "country", e.country()));
        } else if (event instanceof AiUseStated e) {
            audit.record(LpoDeskAudit.Event.AI_USE, null, e.vendorId(), e.processInstanceId(),
                    detail("associate", e.associate(), "used", e.used(), "tool", e.tool()));
        } else if (event instanceof AiUseStopped e) {
            apart(LpoDeskAudit.Event.AI_USE_STOPPED, node(e.caseId()), e.vendorId(), e.processInstanceId(),
                    detail("tools", e.tools()));
        } else if (event instanceof AiVerificationAttested e) {
            audit.record(LpoDeskAudit.Event.AI_VERIFIED, null, e.vendorId(), e.processInstanceId(),
                    detail("attorney", e.attorney(), "tools", e.tools()));
        } else if (event instanceof AiVerificationRefused e) {
            apart(LpoDeskAudit.Event.AI_VERIFICATION_REFUSED, null, e.vendorId(), e.processInstanceId(),
                    detail("attorney", e.attorney(), "tools", e.tools()));
        } else {
            throw new IllegalArgumentException("no audit path for " + event.getClass().getName());
        }
    }

    private void apart(LpoDeskAudit.Event event, NodeRef node, String vendor, String task, String detail) {
        transactions.doInTransaction(() -> {
            audit.record(event, node, vendor, task, detail);
            return null;
        }, false, true);
    }

    private static NodeRef node(String caseId) {
        return caseId != null && NodeRef.isNodeRef(caseId) ? new NodeRef(caseId) : null;
    }

    /** {@code key=value; ...}, nulls left out; the audit's detail is one string. */
    private static String detail(Object... pairs) {
        StringJoiner detail = new StringJoiner("; ");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                detail.add(pairs[i] + "=" + pairs[i + 1]);
            }
        }
        return detail.toString();
    }
}
