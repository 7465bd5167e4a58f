package org.lpodesk.review.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateTask;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalRefusedException;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.DocumentVersion;
import org.lpodesk.review.Refusal;
import org.lpodesk.review.RefusalReason;
import org.lpodesk.review.ReviewDecision;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.review.ReviewRequest;
import org.lpodesk.review.Reviewer;

/**
 * The firm attorney's sign-off inside a workflow: the acting user reviews every document at its
 * current version; {@link ApprovalPolicy} decides for each, and the reviews are stored only when
 * none is refused, so a refused completion changes nothing and names every reason.
 */
public final class FirmReviewGate {

    private final ApprovalPolicy policy;
    private final DirectoryPort directory;
    private final WorkProductPort workProduct;
    private final Clock clock;

    public FirmReviewGate(ApprovalPolicy policy, DirectoryPort directory, WorkProductPort workProduct, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.workProduct = Objects.requireNonNull(workProduct, "workProduct");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One stored review: which document, and the record on the version reviewed. */
    public record RecordedReview(String documentId, AttorneyApproval review) {
    }

    /**
     * @param documentIds   the work product, at least one document
     * @param otherDrafters users who drafted the work although the repository may not show them
     *                      as authors (the associates who completed drafting, the requester)
     * @throws ApprovalRefusedException with every refusal, storing nothing
     */
    public List<RecordedReview> review(List<String> documentIds, Set<String> otherDrafters, ReviewOutcome outcome,
                                       String comment) {
        Objects.requireNonNull(outcome, "outcome");
        String user = directory.currentUser();
        if (user == null || user.isBlank()) {
            throw new NotAllowedException(WorkflowMessages.format("review.noUser"));
        }
        if (documentIds.isEmpty()) {
            throw new InvalidRequestException(WorkflowMessages.format("review.noDocuments", user));
        }
        Reviewer reviewer = new Reviewer(user, directory.authoritiesOf(user));
        Instant now = clock.instant();
        List<Refusal> refusals = new ArrayList<>();
        List<RecordedReview> reviews = new ArrayList<>();
        for (String documentId : documentIds) {
            DocumentVersion current = workProduct.currentVersion(documentId);
            Set<String> drafters = new HashSet<>(current.drafters());
            drafters.addAll(otherDrafters);
            ReviewDecision decision = policy.review(new ReviewRequest(
                    new DocumentVersion(current.documentRef(), current.versionLabel(), drafters), reviewer, outcome,
                    comment, now));
            if (decision.allowed()) {
                reviews.add(new RecordedReview(documentId, decision.approvalOrThrow()));
            } else {
                refusals.addAll(decision.refusals());
            }
        }
        if (!refusals.isEmpty()) {
            // the same reason for every document says the same thing: keep each text once
            List<Refusal> distinct = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Refusal r : refusals) {
                if (r.reason() != RefusalReason.NOT_FIRM_ATTORNEY || seen.add(r.reason().name())) {
                    distinct.add(r);
                }
            }
            throw new ApprovalRefusedException(distinct);
        }
        for (RecordedReview r : reviews) {
            workProduct.recordReview(r.documentId(), r.review());
        }
        return List.copyOf(reviews);
    }

    /** Maps a task outcome of the immwf model to the review outcome it records. */
    public static ReviewOutcome reviewOutcome(String taskOutcome) {
        return switch (taskOutcome) {
            case WorkflowModel.APPROVE -> ReviewOutcome.APPROVED;
            case WorkflowModel.REQUEST_CHANGES -> ReviewOutcome.CHANGES_REQUESTED;
            case WorkflowModel.CANCEL -> ReviewOutcome.REJECTED;
            default -> throw new InvalidRequestException(WorkflowMessages.format("review.unknownOutcome", taskOutcome));
        };
    }

    /** "id@label" per reviewed document, comma-separated: a plain string Share can show in the history. */
    public static String approvedVersions(List<RecordedReview> reviews) {
        return reviews.stream().map(r -> r.documentId() + "@" + r.review().approvedVersionLabel())
                .collect(Collectors.joining(","));
    }

    /**
     * Records who approved and which versions on the approving task itself ({@code immwf_approvedBy},
     * {@code immwf_approvedVersions}), where the workflow history shows a completed task's
     * properties. Nothing later in the process reads them, and each document carries its own
     * approval record: as task-local variables they are one history row each, written once,
     * instead of process variables the engine keeps, reloads and rewrites until the process ends.
     */
    public static void recordApproval(DelegateTask task, List<RecordedReview> reviews) {
        task.setVariableLocal(WorkflowModel.VAR_APPROVED_BY, reviews.get(0).review().approver());
        task.setVariableLocal(WorkflowModel.VAR_APPROVED_VERSIONS, approvedVersions(reviews));
    }

    /** Sends the work back for another round: counts the round on the process. */
    public static void startNextRevisionRound(DelegateTask task) {
        Object round = task.getVariable(WorkflowModel.VAR_REVISION_ROUND);
        task.getExecution().setVariable(WorkflowModel.VAR_REVISION_ROUND, (round instanceof Integer i ? i : 0) + 1);
    }
}
