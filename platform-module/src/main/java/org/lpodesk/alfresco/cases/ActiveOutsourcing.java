package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.lpodesk.alfresco.model.ImmwfModel;

/**
 * The active outsourcing requests of every case, counted in one pass over the running
 * {@code immOutsourcing} processes (every deployed version) rather than one workflow query per
 * listed case: the case list filters on the count before paging, so it needs it for every
 * candidate. The case of a request is its start task's {@code immwf:caseId}.
 * <p>
 * Counted as the system: Alfresco lets a user read only the start tasks of processes they take
 * part in, yet a case's count must include the requests a colleague sent. Only counts leave here,
 * and the list shows them only for cases the caller can read.
 */
final class ActiveOutsourcing {

    private final WorkflowService workflowService;

    ActiveOutsourcing(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    /** Case node reference → number of its active outsourcing requests (absent: none). */
    Map<String, Integer> perCase() {
        return AuthenticationUtil.runAsSystem(() -> {
            List<String> running = new ArrayList<>();
            for (WorkflowDefinition definition : workflowService.getAllDefinitionsByName(ImmwfModel.OUTSOURCING_DEFINITION)) {
                WorkflowInstanceQuery query = new WorkflowInstanceQuery();
                query.setActive(true);
                query.setWorkflowDefinitionId(definition.getId());
                for (WorkflowInstance instance : workflowService.getWorkflows(query)) {
                    running.add(instance.getId());
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            if (!running.isEmpty()) {
                for (WorkflowTask start : workflowService.getStartTasks(running, true)) {
                    Serializable caseId = start.getProperties().get(ImmwfModel.PROP_CASE_ID);
                    if (caseId != null) {
                        counts.merge(caseId.toString(), 1, Integer::sum);
                    }
                }
            }
            return counts;
        });
    }
}
