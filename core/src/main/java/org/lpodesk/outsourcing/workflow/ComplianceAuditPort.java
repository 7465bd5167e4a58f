package org.lpodesk.outsourcing.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.RefusalReason;

/**
 * Port: the compliance audit trail (28 CFR 202 recordkeeping, ABA Formal Op. 512): every
 * attestation recorded, every refusal and warning, every bulk count taken, every statement of AI
 * use and every attorney's verification. The Alfresco adapter writes each event to the LPO Desk
 * audit application.
 *
 * <p>A refusal throws, and the throw rolls back the transaction it happens in; the adapter must
 * therefore write {@link SharingRefused}, {@link AssignmentRefused} and {@link AiUseStopped} in a
 * transaction of their own (Alfresco: {@code RetryingTransactionHelper} with
 * {@code requiresNew}), or the refusal would leave no trace. The other events belong to the step
 * that succeeded and share its transaction. Events carry ids and codes, never document contents
 * or a person's identifiers.
 */
public interface ComplianceAuditPort {

    void record(Event event);

    /** One audited fact; {@code vendorId} ties every event to the vendor it concerns. */
    sealed interface Event permits AttestationRecorded, SharingRefused, BulkShareCounted, BulkLimitWarning,
            AssignmentRefused, AiUseStated, AiUseStopped, AiVerificationAttested, AiVerificationRefused {
        Instant at();

        String vendorId();
    }

    /** A firm administrator recorded (or renewed) a vendor attestation. */
    record AttestationRecorded(Instant at, String vendorId, String recordedBy, Attestation attestation)
            implements Event {
        public AttestationRecorded {
            Objects.requireNonNull(attestation, "attestation");
        }
    }

    /** An outsourcing request was refused: nothing was shared. */
    record SharingRefused(Instant at, String vendorId, String caseId, String requester, Set<RefusalReason> reasons,
                          List<String> messages) implements Event {
        public SharingRefused {
            reasons = Set.copyOf(reasons);
            messages = List.copyOf(messages);
        }
    }

    /** An accepted request's documents counted toward the vendor's bulk-data total. */
    record BulkShareCounted(Instant at, String vendorId, String caseId, String processInstanceId,
                            DataCategory category, int newPersons, int personsInWindow, int limit) implements Event {
    }

    /** An accepted request brought the vendor to the warning share of a bulk-data limit. */
    record BulkLimitWarning(Instant at, String vendorId, String caseId, String processInstanceId,
                            DataCategory category, int persons, int limit, String message) implements Event {
    }

    /** A vendor manager's assignment of an associate was refused (resident in a country of concern). */
    record AssignmentRefused(Instant at, String vendorId, String processInstanceId, String associate, String country,
                             String message) implements Event {
    }

    /** The associate stated, at the end of a drafting round, whether generative AI was used and which tool. */
    record AiUseStated(Instant at, String vendorId, String processInstanceId, String associate, boolean used,
                       String tool) implements Event {
    }

    /** The LPO review was stopped: AI was used and the client's consent does not cover it. */
    record AiUseStopped(Instant at, String vendorId, String processInstanceId, String caseId, String tools,
                        String message) implements Event {
    }

    /** A firm attorney attested that the AI output was verified (citations and facts) when approving. */
    record AiVerificationAttested(Instant at, String vendorId, String processInstanceId, String attorney,
                                  String tools) implements Event {
    }

    /** A firm attorney's approval of AI-assisted work was refused for want of the verification attestation. */
    record AiVerificationRefused(Instant at, String vendorId, String processInstanceId, String attorney,
                                 String tools, String message) implements Event {
    }
}
