package org.lpodesk.cases.summary;

import java.util.Arrays;
import java.util.Optional;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Where an outsourcing request stands, named for people: the user task it waits on (the task
 * types of outsourcing.bpmn20.xml), a service step in between, or how it ended. Labels come from
 * this package's bundle ({@code step.<NAME>}).
 */
public enum OutsourcingStep {
    ACCEPT_OR_DECLINE("immwf:intakeTask"),
    DRAFTING("immwf:draftingTask"),
    LPO_REVIEW("immwf:lpoReviewTask"),
    FIRM_REVIEW("immwf:firmReviewTask"),
    /** Active, but between user tasks (documents being shared, drafts being delivered). */
    PROCESSING(null),
    DELIVERED(null),
    DECLINED(null),
    CANCELLED(null);

    private final String taskType;

    OutsourcingStep(String taskType) {
        this.taskType = taskType;
    }

    /** The step of an open user task, by its task type (e.g. {@code immwf:draftingTask}). */
    public static Optional<OutsourcingStep> ofTaskType(String taskType) {
        return Arrays.stream(values()).filter(s -> s.taskType != null && s.taskType.equals(taskType)).findFirst();
    }

    /**
     * How an ended request ended, from the process's {@code immwf_closedAs}; a request that has no
     * closing state (deleted, or cancelled before the process recorded one) counts as cancelled.
     */
    public static OutsourcingStep ofClosedAs(String closedAs) {
        if (WorkflowModel.CLOSED_DELIVERED.equals(closedAs)) {
            return DELIVERED;
        }
        if (WorkflowModel.CLOSED_DECLINED.equals(closedAs)) {
            return DECLINED;
        }
        return CANCELLED;
    }

    /** The task type a user task of this step has; empty for the other steps. */
    public Optional<String> taskType() {
        return Optional.ofNullable(taskType);
    }

    public boolean ended() {
        return this == DELIVERED || this == DECLINED || this == CANCELLED;
    }

    public String label() {
        return SummaryMessages.format("step." + name());
    }
}
