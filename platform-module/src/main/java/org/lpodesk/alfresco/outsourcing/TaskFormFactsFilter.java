package org.lpodesk.alfresco.outsourcing;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activiti.engine.HistoryService;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.history.HistoricVariableInstance;
import org.alfresco.repo.forms.FieldDefinition;
import org.alfresco.repo.forms.Form;
import org.alfresco.repo.forms.FormData;
import org.alfresco.repo.forms.processor.AbstractFilter;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.lpodesk.outsourcing.workflow.TaskFormFacts;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Task form filter: fills the {@code immwf:caseFacts} fields an outsourcing task's form shows but
 * its process no longer keeps as variables (the case's type and beneficiary, the hours logged, the
 * AI use stated), with what core's {@link TaskFormFacts} reads from the case and the assignment
 * state. A form is only generated for someone the workflow service lets see the task, so a vendor's
 * associate sees the facts of the case of their own task and the case folder stays closed to them.
 * Works for open and completed tasks alike (the variables of an ended process come from history).
 * Registered in Alfresco's {@code taskFilterRegistry}, so every client of the form service (Share's
 * task edit and details pages) gets the same values.
 */
public final class TaskFormFactsFilter extends AbstractFilter<WorkflowTask, WorkflowTask> {

    /** Activiti's workflow ids carry the engine's name: {@code activiti$1234}. */
    private static final String ENGINE_PREFIX = "activiti$";

    private final TaskFormFacts facts;
    private final RuntimeService runtime;
    private final HistoryService history;

    public TaskFormFactsFilter(TaskFormFacts facts, RuntimeService runtime, HistoryService history) {
        this.facts = facts;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public void afterGenerate(WorkflowTask task, List<String> fields, List<String> forcedFields, Form form,
                              Map<String, Object> context) {
        Map<String, FieldDefinition> shown = new HashMap<>();
        for (FieldDefinition definition : form.getFieldDefinitions()) {
            shown.put(definition.getName(), definition);
        }
        WorkflowInstance instance = task.getPath() == null ? null : task.getPath().getInstance();
        if (instance == null || instance.getDefinition() == null || !instance.getId().startsWith(ENGINE_PREFIX)
                || !(ENGINE_PREFIX + WorkflowModel.OUTSOURCING_PROCESS).equals(instance.getDefinition().getName())
                || TaskFormFacts.READ.stream().map(TaskFormFactsFilter::fieldName).noneMatch(shown::containsKey)) {
            return; // not an outsourcing task's form, or one that shows none of these facts
        }
        String instanceId = instance.getId();
        Map<String, Object> variables = variables(instanceId.substring(ENGINE_PREFIX.length()));
        FormData data = form.getFormData();
        facts.of(variables::get).forEach((name, value) -> {
            FieldDefinition definition = shown.get(fieldName(name));
            if (definition != null && value instanceof Serializable) {
                // overwrite: an old process's own copy gives way to the case as it is now
                data.addFieldData(definition.getDataKeyName(), value, true);
            }
        });
    }

    /** The process's variables TaskFormFacts reads: from the runtime while it runs, else from history. */
    private Map<String, Object> variables(String processInstanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            return new HashMap<>(runtime.getVariables(processInstanceId, TaskFormFacts.READ));
        }
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).excludeTaskVariables().list()) {
            if (TaskFormFacts.READ.contains(v.getVariableName())) {
                variables.put(v.getVariableName(), v.getValue());
            }
        }
        return variables;
    }

    /** {@code immwf_caseType} → {@code immwf:caseType}: Alfresco's mapping of variable names to properties. */
    private static String fieldName(String variable) {
        return variable.replaceFirst("_", ":");
    }

    @Override
    public void beforeGenerate(WorkflowTask task, List<String> fields, List<String> forcedFields, Form form,
                               Map<String, Object> context) {
    }

    @Override
    public void beforePersist(WorkflowTask task, FormData data) {
    }

    @Override
    public void afterPersist(WorkflowTask task, FormData data, WorkflowTask persisted) {
    }
}
