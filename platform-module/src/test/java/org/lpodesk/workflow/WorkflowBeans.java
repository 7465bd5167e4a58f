package org.lpodesk.workflow;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.lpodesk.outsourcing.VendorVetting;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.outsourcing.workflow.CasePort;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.lpodesk.outsourcing.workflow.SharingCompliance;
import org.lpodesk.outsourcing.workflow.CloseAssignmentDelegate;
import org.lpodesk.outsourcing.workflow.DeliverDraftsDelegate;
import org.lpodesk.outsourcing.workflow.DeliveryPort;
import org.lpodesk.outsourcing.workflow.AssignmentDocumentsListener;
import org.lpodesk.outsourcing.workflow.DraftingTaskCompleteListener;
import org.lpodesk.outsourcing.workflow.DueDateCheck;
import org.lpodesk.outsourcing.workflow.EngagementPort;
import org.lpodesk.outsourcing.workflow.FirmReviewTaskCompleteListener;
import org.lpodesk.outsourcing.workflow.IntakeDocumentsListener;
import org.lpodesk.outsourcing.workflow.IntakeTaskCompleteListener;
import org.lpodesk.outsourcing.workflow.LpoReviewTaskCompleteListener;
import org.lpodesk.outsourcing.workflow.NotificationPort;
import org.lpodesk.outsourcing.workflow.Notifier;
import org.lpodesk.outsourcing.workflow.NotifyDeclinedDelegate;
import org.lpodesk.outsourcing.workflow.ReleaseAssignmentListener;
import org.lpodesk.outsourcing.workflow.RequestCheck;
import org.lpodesk.outsourcing.workflow.RevokeAccessDelegate;
import org.lpodesk.outsourcing.workflow.SendEscalationDelegate;
import org.lpodesk.outsourcing.workflow.SendReminderDelegate;
import org.lpodesk.outsourcing.workflow.ShareDocumentsDelegate;
import org.lpodesk.outsourcing.workflow.SharingPort;
import org.lpodesk.outsourcing.workflow.ValidateOutsourcingRequestDelegate;
import org.lpodesk.outsourcing.workflow.CaseFactsListener;
import org.lpodesk.outsourcing.workflow.FirmReviewDueDateListener;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.evidence.completeness.CaseChecklistPort;
import org.lpodesk.evidence.rfe.RfeResponsePort;
import org.lpodesk.deadline.VendorDueDatePlanner;
import org.lpodesk.deadline.VendorDueDatePolicy;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.workflow.AttorneyReviewTaskCompleteListener;
import org.lpodesk.review.workflow.CopyOutcomeTaskListener;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.FirmReviewGate;
import org.lpodesk.review.workflow.ReviewerAssignmentListener;
import org.lpodesk.review.workflow.PrepareAttorneyReviewDelegate;
import org.lpodesk.review.workflow.WorkProductPort;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.SharingPolicy;

/**
 * The core beans wired to the ports, keyed by simple class name: what Alfresco's
 * activitiBeanRegistry holds once the module's Spring context declared them with
 * {@code parent="baseJavaDelegate"} (the names the BPMN's delegate expressions use).
 */
public final class WorkflowBeans {

    private WorkflowBeans() {
    }

    public record Ports(DirectoryPort directory, WorkflowPackagePort packages, WorkProductPort workProduct,
                 SharingPort sharing, DeliveryPort delivery, CasePort cases, EngagementPort engagements,
                 UsageLedger ledger, NotificationPort notifications, DueDateCheck dueDates,
                 RfeResponsePort rfeResponses, CaseChecklistPort checklists, SharingCompliance compliance) {
    }

    public static Map<Object, Object> create(Ports ports, Clock clock) {
        return create(ports, clock, new SharingPolicy());
    }

    /** With the firm's own sharing policy, such as lower bulk-data limits. */
    public static Map<Object, Object> create(Ports ports, Clock clock, SharingPolicy sharingPolicy) {
        ApprovalPolicy approvalPolicy = new ApprovalPolicy();
        FirmReviewGate gate = new FirmReviewGate(approvalPolicy, ports.directory(), ports.workProduct(), clock);
        Notifier notifier = new Notifier(ports.notifications());
        RequestCheck check = new RequestCheck(ports.engagements(), ports.cases(), sharingPolicy,
                VendorVetting.defaults(), ports.dueDates(), ports.compliance());
        ComplianceAuditPort audit = ports.compliance().audit();
        Map<Object, Object> beans = new HashMap<>();
        register(beans, new ValidateOutsourcingRequestDelegate(check, ports.directory(), ports.packages(), clock, 48));
        register(beans, new IntakeDocumentsListener(ports.packages()));
        register(beans, new IntakeTaskCompleteListener(ports.directory(), audit, clock));
        register(beans, new ShareDocumentsDelegate(ports.sharing()));
        register(beans, new AssignmentDocumentsListener(ports.sharing(), ports.packages()));
        register(beans, new DraftingTaskCompleteListener(ports.sharing(), ports.directory(), audit, clock));
        register(beans, new LpoReviewTaskCompleteListener(ports.directory(), ports.sharing(), ports.rfeResponses(),
                ports.checklists(), ports.cases(), audit, clock));
        register(beans, new FirmReviewTaskCompleteListener(gate, ports.sharing(), audit, clock));
        register(beans, new DeliverDraftsDelegate(ports.sharing(), ports.workProduct(), ports.delivery(),
                approvalPolicy));
        register(beans, new CloseAssignmentDelegate(ports.sharing(), ports.engagements(), ports.ledger(), notifier,
                clock));
        register(beans, new RevokeAccessDelegate(ports.sharing(), notifier));
        register(beans, new NotifyDeclinedDelegate(notifier));
        register(beans, new SendReminderDelegate(notifier));
        register(beans, new SendEscalationDelegate(notifier));
        register(beans, new ReleaseAssignmentListener(ports.sharing(), notifier));
        register(beans, new PrepareAttorneyReviewDelegate(ports.directory(), ports.packages(), ports.workProduct()));
        register(beans, new AttorneyReviewTaskCompleteListener(gate, ports.packages()));
        register(beans, new CopyOutcomeTaskListener());
        register(beans, new ReviewerAssignmentListener(ports.directory()));
        register(beans, new CaseFactsListener(ports.cases(), ports.sharing(), ports.rfeResponses(),
                ports.checklists(), "en-US"));
        // sendBy does not read the clock: the firm's holidays and filing time decide the day
        register(beans, new FirmReviewDueDateListener(ports.cases(), new VendorDueDatePlanner(HolidayCalendar.federal(),
                VendorDueDatePolicy.defaults(), clock)));
        return beans;
    }

    private static void register(Map<Object, Object> beans, Object bean) {
        beans.put(bean.getClass().getSimpleName(), bean);
    }
}
