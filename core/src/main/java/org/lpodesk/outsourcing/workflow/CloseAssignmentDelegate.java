package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.outsourcing.usage.UsageRecord;

/**
 * Last step of a delivered task: the vendor loses access to the assignment folder, the task's
 * usage is recorded (once: the ledger is idempotent by process id) and the requester is told.
 */
public final class CloseAssignmentDelegate implements JavaDelegate {

    private final SharingPort sharing;
    private final EngagementPort engagements;
    private final UsageLedger ledger;
    private final Notifier notifier;
    private final Clock clock;

    public CloseAssignmentDelegate(SharingPort sharing, EngagementPort engagements, UsageLedger ledger,
                                   Notifier notifier, Clock clock) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.engagements = Objects.requireNonNull(engagements, "engagements");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assignment assignment = Assignment.of(execution);
        String folder = Assignment.folder(execution);
        if (folder != null) {
            sharing.revokeAll(folder);
        }
        String vendorId = Vars.text(execution, VAR_VENDOR_ID);
        Engagement engagement = engagements.engagement(vendorId).orElseThrow(() -> new IllegalStateException(
                Texts.format("request.vendor.unknown", vendorId)));
        Instant requested = assignment.instant(Assignment.REQUESTED_AT);
        Instant due = ((Date) execution.getVariable(VAR_DUE_DATE)).toInstant();
        Instant now = clock.instant();
        ledger.record(UsageRecord.close(engagement, engagements.vendorCalendar(vendorId),
                execution.getProcessInstanceId(), TaskKind.valueOf(Vars.text(execution, VAR_TASK_KIND)),
                BigDecimal.valueOf(assignment.number(Assignment.TOTAL_HOURS)), requested, due,
                now.isBefore(requested) ? requested : now));
        execution.setVariable(VAR_CLOSED_AS, CLOSED_DELIVERED);
        notifier.send(NotificationPort.Kind.DELIVERED, execution.getProcessInstanceId(), execution);
    }
}
