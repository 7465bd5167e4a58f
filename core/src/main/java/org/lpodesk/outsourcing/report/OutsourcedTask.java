package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.usage.UsageRecord;

/**
 * One outsourcing task (one {@code immOutsourcing} process) as its history shows it: what the
 * reports count. Built from what every process records anyway (its start and end, its user
 * tasks, their outcomes and its variables), so that processes that ran before the reports existed
 * are counted like new ones.
 *
 * @param processId            the process instance id, the task's id everywhere (and the usage ledger's key)
 * @param vendorId             the vendor
 * @param kind                 the task kind
 * @param caseId               the firm's case, or null for a request without a case
 * @param caseNumber           the case number the process last showed, or null
 * @param requestedAt          when the firm requested the task (the process's start)
 * @param status               what became of it, see {@link Status}
 * @param acceptedAt           when the vendor accepted (intake completed with Accept), or null
 * @param deliveredAt          the vendor's first delivery: the end of the first LPO review that approved, or null
 * @param vendorDue            the vendor due date the workflow set at the request, or null
 * @param caseDeadline         the case deadline the process last showed, or null
 * @param closedAt             when the process ended, or null while it runs
 * @param firmReviewFinishedAt when the approving firm review finished, or null
 * @param firmReviewAttorney   who approved (the firm review's assignee), or null
 * @param changeRequests       the firm attorney's Request changes decisions (revision rounds)
 * @param lpoReturns           the vendor reviewer's returns to drafting (inside the vendor)
 * @param hoursLogged          hours the vendor logged over all drafting rounds
 * @param firmReviews          every firm review decision, in order
 * @param usage                the usage ledger's record of the task (billing and cost), or null when it has none
 */
public record OutsourcedTask(String processId, String vendorId, TaskKind kind, String caseId, String caseNumber,
                             Instant requestedAt, Status status, Instant acceptedAt, Instant deliveredAt,
                             Instant vendorDue, LocalDate caseDeadline, Instant closedAt,
                             Instant firmReviewFinishedAt, String firmReviewAttorney, int changeRequests,
                             int lpoReturns, BigDecimal hoursLogged, List<FirmReview> firmReviews,
                             UsageRecord usage) {

    /** What became of a task. */
    public enum Status {
        /** Open, not yet accepted by the vendor. */
        REQUESTED,
        /** Open, accepted by the vendor (drafting, in review, or waiting for the firm). */
        ACCEPTED,
        /** Closed: the vendor declined it. */
        DECLINED,
        /** Closed: cancelled by the firm (Cancel outcome, cancel request, or the workflow deleted). */
        CANCELLED,
        /** Closed: the firm attorney approved and the drafts were delivered into the case. */
        DELIVERED;

        public boolean open() {
            return this == REQUESTED || this == ACCEPTED;
        }
    }

    /**
     * One firm review decision.
     *
     * @param attorney  who decided (the task's assignee), or null when the history has none
     * @param createdAt when the drafts reached the firm (the review task's creation)
     * @param decidedAt when the attorney decided
     * @param outcome   {@code Approve}, {@code RequestChanges} or {@code Cancel}
     */
    public record FirmReview(String attorney, Instant createdAt, Instant decidedAt, String outcome) {
        public FirmReview {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(decidedAt, "decidedAt");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public OutsourcedTask {
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hoursLogged, "hoursLogged");
        firmReviews = firmReviews == null ? List.of() : List.copyOf(firmReviews);
        if (changeRequests < 0 || lpoReturns < 0) {
            throw new IllegalArgumentException("negative rounds in " + processId);
        }
    }

    /** The same task with the ledger's record joined in. */
    public OutsourcedTask withUsage(UsageRecord record) {
        return new OutsourcedTask(processId, vendorId, kind, caseId, caseNumber, requestedAt, status, acceptedAt,
                deliveredAt, vendorDue, caseDeadline, closedAt, firmReviewFinishedAt, firmReviewAttorney,
                changeRequests, lpoReturns, hoursLogged, firmReviews, record);
    }

    public Optional<UsageRecord> usageRecord() {
        return Optional.ofNullable(usage);
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
