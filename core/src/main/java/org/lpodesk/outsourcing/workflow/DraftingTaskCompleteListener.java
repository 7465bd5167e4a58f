package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.review.workflow.DirectoryPort;

/**
 * Complete listener of {@code immwf:draftingTask}: adds the hours logged to the task's total,
 * requires a draft in the assignment folder, remembers who drafted (they never approve), and
 * requires the associate to state whether generative AI was used and which tool (ABA Formal
 * Op. 512: the firm must know, per task, to check the client's consent and verify the output).
 * The AI use of every round adds up on the process: a task that used AI once used AI.
 */
public final class DraftingTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;
    private static final double MAX_HOURS = 200;
    private static final int MAX_TOOL_NAME = 100;

    private final transient SharingPort sharing;
    private final transient DirectoryPort directory;
    private final transient ComplianceAuditPort audit;
    private final transient Clock clock;

    public DraftingTaskCompleteListener(SharingPort sharing, DirectoryPort directory, ComplianceAuditPort audit,
                                        Clock clock) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(DelegateTask task) {
        Object logged = task.getVariableLocal(VAR_HOURS_LOGGED);
        double hours;
        if (logged == null) {
            hours = 0;
        } else if (logged instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= MAX_HOURS) {
            hours = n.doubleValue();
        } else {
            throw new InvalidRequestException(Texts.format("drafting.hours.invalid", logged));
        }
        // task-local: the process's total from an earlier round must not answer for this one
        Object aiUsed = task.getVariableLocal(VAR_DRAFT_AI_USED);
        if (!(aiUsed instanceof Boolean)) {
            throw new InvalidRequestException(Texts.format("drafting.ai.missing"));
        }
        Object toolValue = task.getVariableLocal(VAR_DRAFT_AI_TOOL);
        String tool = toolValue == null || toolValue.toString().isBlank() ? null : toolValue.toString().strip();
        boolean used = (Boolean) aiUsed;
        if (used && tool == null) {
            throw new InvalidRequestException(Texts.format("drafting.ai.toolMissing"));
        }
        if (!used && tool != null) {
            throw new InvalidRequestException(Texts.format("drafting.ai.toolWithoutUse", tool));
        }
        if (tool != null && (tool.length() > MAX_TOOL_NAME || tool.contains(","))) {
            throw new InvalidRequestException(Texts.format("drafting.ai.toolTooLong", MAX_TOOL_NAME));
        }
        if (sharing.drafts(Assignment.folder(task.getExecution())).isEmpty()) {
            throw new InvalidRequestException(Texts.format("drafting.noDraft"));
        }
        String drafter = task.getAssignee() != null ? task.getAssignee() : directory.currentUser();
        Assignment assignment = Assignment.of(task);
        Set<String> drafters = assignment.set(Assignment.DRAFTERS);
        drafters.add(drafter);
        // the total, the drafters and the AI use in one write: the task forms read them from here
        // (TaskFormFacts), so none is a variable of its own to insert, reload and rewrite at the end
        double total = assignment.number(Assignment.TOTAL_HOURS) + hours;
        boolean usedSoFar = Assignment.aiUsed(task.getExecution()) || used;
        assignment = assignment.with(Assignment.DRAFTERS, Vars.join(drafters))
                .with(Assignment.TOTAL_HOURS, total);
        if (usedSoFar) {
            assignment = assignment.with(Assignment.AI_USED, "true");
        }
        assignment.store(task.getExecution());
        // shown on the reviewers' tasks (immwf:caseFacts): the drafter's note
        Vars.update(task.getExecution(), VAR_VENDOR_COMMENT, task.getVariableLocal(VAR_COMMENT));
        // on the process for the reviewers' forms, the consent check and the attorney's verification
        Set<String> tools = new LinkedHashSet<>();
        Object stored = task.getExecution().getVariable(VAR_AI_TOOLS);
        if (stored != null) {
            Arrays.stream(stored.toString().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tools::add);
        }
        if (tool != null) {
            tools.add(tool);
        }
        Vars.update(task.getExecution(), VAR_AI_TOOLS, tools.isEmpty() ? null : String.join(", ", tools));
        audit.record(new ComplianceAuditPort.AiUseStated(clock.instant(), Vars.text(task, VAR_VENDOR_ID),
                task.getProcessInstanceId(), drafter, used, tool));
    }
}
