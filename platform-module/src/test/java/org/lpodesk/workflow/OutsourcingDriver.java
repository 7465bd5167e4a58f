package org.lpodesk.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activiti.engine.task.Task;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DataCategory;

/** Drives immOutsourcing the way Share and the Alfresco workflow service do. */
final class OutsourcingDriver {

    final WorkflowEngine engine;
    final Firm firm;

    OutsourcingDriver(WorkflowEngine engine, Firm firm) {
        this.engine = engine;
        this.firm = firm;
    }

    /** Start-task properties of a typical request: an EB-1 petition for acme with one confidential document. */
    Map<String, Object> request(String caseId, List<String> documentIds) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_PACKAGE, firm.repository.addPackage(documentIds));
        vars.put(VAR_INITIATOR, Firm.PARALEGAL);
        vars.put(VAR_VENDOR_ID, "acme");
        vars.put(VAR_TASK_KIND, "EB1_PETITION");
        vars.put(VAR_CASE_ID, caseId);
        vars.put(VAR_WORKFLOW_PRIORITY, 2);
        return vars;
    }

    String caseDocument(String caseId, String name, ConfidentialityLevel level) {
        return firm.repository.addDocument(caseId, name, level, "original " + name, Firm.PARALEGAL);
    }

    /** A confidential case document holding {@code category} data of {@code persons}, as an I-693 holds health data. */
    String caseDocument(String caseId, String name, DataCategory category, Set<String> persons) {
        String id = caseDocument(caseId, name, ConfidentialityLevel.CONFIDENTIAL);
        firm.classify(id, category, persons);
        return id;
    }

    String start(Map<String, Object> vars) {
        return firm.directory.runAs(Firm.PARALEGAL,
                () -> engine.runtime().startProcessInstanceByKey(OUTSOURCING_PROCESS, vars).getId());
    }

    /** The standard request: started, nothing else. */
    String startStandard() {
        String doc = caseDocument(Firm.CASE_WITH_CONSENT, "resume.pdf", ConfidentialityLevel.CONFIDENTIAL);
        return start(request(Firm.CASE_WITH_CONSENT, List.of(doc)));
    }

    Task openTask(String processInstanceId) {
        List<Task> tasks = engine.tasks().createTaskQuery().processInstanceId(processInstanceId).list();
        if (tasks.size() != 1) {
            throw new AssertionError("expected one open task in " + processInstanceId + ", found " + tasks);
        }
        return tasks.get(0);
    }

    String openTaskKey(String processInstanceId) {
        return openTask(processInstanceId).getTaskDefinitionKey();
    }

    void complete(String user, String processInstanceId, String expectedTaskKey, Map<String, Object> properties) {
        Task task = openTask(processInstanceId);
        if (!task.getTaskDefinitionKey().equals(expectedTaskKey)) {
            throw new AssertionError("expected " + expectedTaskKey + " but " + task.getTaskDefinitionKey() + " is open");
        }
        firm.directory.runAs(user, () -> engine.complete(task.getId(), properties));
    }

    void accept(String processInstanceId) {
        complete(Firm.MANAGER, processInstanceId, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE));
        engine.executeDueJobs();
    }

    String folder(String processInstanceId) {
        return firm.repository.folderOf(processInstanceId).orElseThrow().id;
    }

    /** The associate writes a new draft in the assignment folder and finishes drafting. */
    String draft(String processInstanceId, String content) {
        String draft = firm.repository.addDocument(folder(processInstanceId), "petition.docx",
                ConfidentialityLevel.CONFIDENTIAL, content, Firm.ASSOCIATE);
        finishDrafting(processInstanceId, 4.0);
        return draft;
    }

    /** Finishes drafting stating, as the form requires, that no generative AI was used. */
    void finishDrafting(String processInstanceId, double hours) {
        complete(Firm.ASSOCIATE, processInstanceId, "draftingTask",
                Map.of(VAR_HOURS_LOGGED, hours, VAR_DRAFT_AI_USED, false));
    }

    void lpoReview(String processInstanceId, String outcome) {
        complete(Firm.REVIEWER, processInstanceId, "lpoReviewTask", Map.of(VAR_LPO_REVIEW_OUTCOME, outcome));
    }

    void firmReview(String user, String processInstanceId, String outcome) {
        complete(user, processInstanceId, "firmReviewTask", Map.of(VAR_FIRM_REVIEW_OUTCOME, outcome));
    }

    boolean ended(String processInstanceId) {
        return engine.runtime().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    /**
     * What the process's task forms show of it beyond its own variables, read as Alfresco's task
     * form filter reads it: core's TaskFormFacts over the running process's variables, or over
     * history once it ended.
     */
    Map<String, Object> formFacts(String processInstanceId) {
        boolean running = engine.runtime().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
        return new org.lpodesk.outsourcing.workflow.TaskFormFacts(firm.repository).of(name -> running
                ? engine.runtime().getVariable(processInstanceId, name)
                : engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId).variableName(name).excludeTaskVariables().list()
                        .stream().findFirst().map(v -> v.getValue()).orElse(null));
    }

    Object historicVariable(String processInstanceId, String name) {
        var v = engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    /** A variable the completed task {@code taskKey} of the process holds locally (the last such task, if several). */
    Object historicTaskVariable(String processInstanceId, String taskKey, String name) {
        var history = engine.engine().getHistoryService();
        var tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list();
        if (tasks.isEmpty()) {
            return null;
        }
        var v = history.createHistoricVariableInstanceQuery().taskId(tasks.get(0).getId()).variableName(name)
                .singleResult();
        return v == null ? null : v.getValue();
    }

    /** Runs a request to the firm attorney's review: accepted, shared, drafted, LPO-approved. */
    String toFirmReview(String processInstanceId) {
        accept(processInstanceId);
        draft(processInstanceId, "EB-1A petition, first draft");
        lpoReview(processInstanceId, APPROVE);
        return processInstanceId;
    }

    /** The assignment folder's new draft (not a shared copy). */
    InMemoryRepository.Doc newDraft(String processInstanceId) {
        return firm.repository.docsIn(folder(processInstanceId)).stream().filter(d -> d.copiedFrom == null)
                .findFirst().orElseThrow();
    }
}
