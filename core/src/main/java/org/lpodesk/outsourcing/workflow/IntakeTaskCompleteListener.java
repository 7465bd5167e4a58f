package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.outsourcing.CountryOfConcern;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.TaskOutcomes;

/**
 * Complete listener of {@code immwf:intakeTask}: a manager of the vendor accepts and assigns one
 * of the vendor's associates, or declines with a reason. Anything else keeps the task open. A
 * case whose shared documents hold restricted data is never assigned to an associate whose
 * recorded residence is a country of concern: such an individual is a covered person (28 CFR
 * 202.211), whatever the vendor's own standing.
 */
public final class IntakeTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryPort directory;
    private final transient ComplianceAuditPort audit;
    private final transient Clock clock;

    public IntakeTaskCompleteListener(DirectoryPort directory, ComplianceAuditPort audit, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(DelegateTask task) {
        String managers = Vars.text(task, VAR_VENDOR_MANAGERS_GROUP);
        String user = directory.currentUser();
        if (!directory.isMember(user, managers)) {
            throw new NotAllowedException(Texts.format("intake.notManager", directory.displayName(user),
                    directory.groupDisplayName(managers)));
        }
        String outcome = TaskOutcomes.copyToProcess(task);
        if (ACCEPT.equals(outcome)) {
            Object assignee = task.getVariableLocal(VAR_DRAFTING_ASSOCIATE);
            if (assignee == null) {
                throw new InvalidRequestException(Texts.format("intake.noAssociate"));
            }
            String associate = directory.userName(assignee);
            Assignment assignment = Assignment.of(task);
            String associates = assignment.get(Assignment.ASSOCIATES_GROUP);
            if (!directory.isMember(associate, associates)) {
                throw new InvalidRequestException(Texts.format("intake.notAssociate",
                        directory.displayName(associate), directory.groupDisplayName(associates)));
            }
            if ("true".equals(assignment.get(Assignment.RESTRICTED_DATA))) {
                refuseCoveredResident(task, associate);
            }
            task.getExecution().setVariable(VAR_ASSOCIATE, associate);
        } else {
            Object reason = task.getVariableLocal(VAR_DECLINE_REASON);
            if (reason == null || reason.toString().isBlank()) {
                throw new InvalidRequestException(Texts.format("intake.noReason"));
            }
            task.getExecution().setVariable(VAR_DECLINE_REASON, reason.toString().strip());
        }
    }

    private void refuseCoveredResident(DelegateTask task, String associate) {
        Optional<CountryOfConcern> country = directory.countryOfResidence(associate)
                .flatMap(CountryOfConcern::forIsoCode);
        if (country.isEmpty()) {
            return;
        }
        String message = Texts.format("intake.associate.countryOfConcern", directory.displayName(associate),
                country.get().displayName(Locale.ENGLISH), CountryOfConcern.CITATION_COVERED_PERSON);
        audit.record(new ComplianceAuditPort.AssignmentRefused(clock.instant(), Vars.text(task, VAR_VENDOR_ID),
                task.getProcessInstanceId(), associate, country.get().isoCode(), message));
        throw new InvalidRequestException(message);
    }
}
