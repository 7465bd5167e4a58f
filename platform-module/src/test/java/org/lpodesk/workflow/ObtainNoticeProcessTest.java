package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * immObtainNotice on a real Activiti 5.23 engine: USCIS's status said an RFE was sent; the task
 * waits in the paralegals' pool with what the status said and the case's facts, due when the
 * repository said, and ends when a paralegal completes it.
 */
class ObtainNoticeProcessTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.start(WorkflowEngine.Database.h2(), false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock), WorkflowEngine.OBTAIN_NOTICE_BPMN);
        engine.setNow(Firm.MONDAY_MORNING);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void theNoticeTaskWaitsForAParalegalWithWhatUscisSaid() {
        Date due = Date.from(Firm.MONDAY_MORNING.plus(Duration.ofDays(2)));
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CASE_NUMBER, "IMM-2026-00014");
        vars.put(VAR_CASE_TYPE, "EB1A");
        vars.put(VAR_BENEFICIARY_NAME, "Lucia Garcia");
        vars.put(VAR_STATUS_RECEIPT_NUMBER, "IOE0912345678");
        vars.put(VAR_STATUS_TEXT, "Request for Evidence Was Sent");
        vars.put(VAR_WORKFLOW_DUE_DATE, due);
        vars.put(VAR_WORKFLOW_PRIORITY, 1);
        String pid = engine.runtime().startProcessInstanceByKey(OBTAIN_NOTICE_PROCESS, vars).getId();

        Task task = drive.openTask(pid);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("obtainNoticeTask");
        assertThat(task.getAssignee()).as("pooled, not assigned").isNull();
        assertThat(engine.tasks().createTaskQuery().taskCandidateGroup(PARALEGALS_GROUP).count()).isEqualTo(1);
        assertThat(engine.tasks().createTaskQuery().taskCandidateGroup("GROUP_IMM_ATTORNEYS").count()).isZero();
        assertThat(task.getDueDate()).isEqualTo(due);
        assertThat(task.getPriority()).isEqualTo(1);
        assertThat(engine.runtime().getVariable(pid, VAR_STATUS_TEXT)).isEqualTo("Request for Evidence Was Sent");
        assertThat(engine.runtime().getVariable(pid, VAR_STATUS_RECEIPT_NUMBER)).isEqualTo("IOE0912345678");

        engine.tasks().claim(task.getId(), Firm.PARALEGAL);
        drive.complete(Firm.PARALEGAL, pid, "obtainNoticeTask", Map.of());
        assertThat(drive.ended(pid)).isTrue();
    }
}
