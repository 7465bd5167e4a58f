package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.DocumentRef;
import org.lpodesk.sharing.SharingWarning;

/**
 * First step of {@code immOutsourcing}, in the starting transaction: runs {@link RequestCheck}
 * (a refusal throws, so the process never starts and nothing is shared) and sets what the later
 * steps read: vendor groups and site, due, reminder and escalation dates, the documents to share.
 */
public final class ValidateOutsourcingRequestDelegate implements JavaDelegate {

    private final RequestCheck check;
    private final DirectoryPort directory;
    private final WorkflowPackagePort packages;
    private final Clock clock;
    private final int defaultReminderLeadHours;

    /**
     * @param defaultReminderLeadHours how long before the due date the reminder goes out when
     *                                 the request names no lead time (module tunable
     *                                 {@code lpodesk.outsourcing.reminderLeadHours})
     */
    public ValidateOutsourcingRequestDelegate(RequestCheck check, DirectoryPort directory, WorkflowPackagePort packages,
                                              Clock clock, int defaultReminderLeadHours) {
        this.check = Objects.requireNonNull(check, "check");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.packages = Objects.requireNonNull(packages, "packages");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (defaultReminderLeadHours < 1) {
            throw new IllegalArgumentException("defaultReminderLeadHours must be at least 1, not "
                    + defaultReminderLeadHours);
        }
        this.defaultReminderLeadHours = defaultReminderLeadHours;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        Object initiator = execution.getVariable(VAR_INITIATOR);
        String requester = initiator == null ? directory.currentUser() : directory.userName(initiator);
        List<DocumentRef> documents = packages.documents(execution.getVariable(VAR_PACKAGE));
        Date requestedDue = (Date) execution.getVariable(VAR_WORKFLOW_DUE_DATE);
        RequestCheck.Accepted accepted = check.check(new RequestCheck.Request(
                text(execution, VAR_VENDOR_ID), text(execution, VAR_TASK_KIND), text(execution, VAR_CASE_ID),
                text(execution, VAR_PII_REASON), documents, requestedDue == null ? null : requestedDue.toInstant(),
                now, requester));

        Vendor vendor = accepted.engagement().vendor();
        Instant due = accepted.due().toInstant();
        Object lead = execution.getVariable(VAR_REMINDER_LEAD_HOURS);
        int leadHours = lead instanceof Number n && n.intValue() > 0 ? n.intValue() : defaultReminderLeadHours;
        Instant reminder = due.minus(Duration.ofHours(leadHours));
        // the BPMN's expressions, Share and the notification adapter read these by name
        execution.setVariable(VAR_DUE_DATE, Date.from(due));
        execution.setVariable(VAR_REMINDER_DATE, Date.from(reminder.isBefore(now) ? now : reminder));
        execution.setVariable(VAR_VENDOR_MANAGERS_GROUP, vendor.managersGroup());
        execution.setVariable(VAR_VENDOR_REVIEWERS_GROUP, vendor.reviewersGroup());
        execution.setVariable(VAR_REVISION_ROUND, 0);
        Assignment.empty()
                .with(Assignment.REQUESTER, requester)
                .with(Assignment.REQUESTED_AT, now)
                .with(Assignment.VENDOR_SITE, vendor.siteShortName())
                .with(Assignment.ASSOCIATES_GROUP, vendor.associatesGroup())
                .with(Assignment.SHARED_DOCUMENTS, accepted.sharing().shareable().stream().map(DocumentRef::id)
                        .collect(Collectors.joining(",")))
                // the intake reads it: such a case never goes to an associate resident in a country of concern
                .with(Assignment.RESTRICTED_DATA, accepted.restrictedData() ? "true" : null)
                .store(execution);
        if (!accepted.warnings().isEmpty()) {
            execution.setVariable(VAR_COMPLIANCE_WARNINGS, accepted.warnings().stream()
                    .map(SharingWarning::message).collect(Collectors.joining("\n")));
        }
        check.record(accepted, text(execution, VAR_CASE_ID), execution.getProcessInstanceId(), now);
        if (execution.getVariable(VAR_WORKFLOW_PRIORITY) == null) {
            execution.setVariable(VAR_WORKFLOW_PRIORITY, 2);
        }
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }
}
