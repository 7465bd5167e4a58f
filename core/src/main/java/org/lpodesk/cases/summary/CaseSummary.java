package org.lpodesk.cases.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalState;
import org.lpodesk.review.AttorneyApproval;

/**
 * {@code GET /lpodesk/cases/{id}/summary}: what a firm user needs on one screen about a case:
 * who it is for, its status, its deadlines (overdue first), its open outsourced tasks and the
 * attorney approval of each work-product document, judged against the document's current version
 * by {@link ApprovalPolicy} (an approval of an older version shows as voided by an edit).
 */
public final class CaseSummary {

    /** The case folder's own fields; any may be empty except the node reference. */
    public record CaseFacts(String nodeRef, String caseNumber, String caseType, String status, String beneficiary,
                            String petitioner, String receiptNumber, String responsibleAttorney,
                            Optional<LocalDate> openedOn) {
        public CaseFacts {
            Objects.requireNonNull(nodeRef, "nodeRef");
            Objects.requireNonNull(openedOn, "openedOn");
        }
    }

    /**
     * A dated obligation of the case, or the case deadline itself.
     *
     * @param answered true once it no longer binds the case (a response was filed, or it was marked
     *                 answered); an answered deadline is listed but never overdue
     */
    public record DatedDeadline(LocalDate date, String label, String rule, boolean answered) {
        public DatedDeadline {
            Objects.requireNonNull(date, "date");
        }

        /** An open deadline. */
        public DatedDeadline(LocalDate date, String label, String rule) {
            this(date, label, rule, false);
        }
    }

    public record OpenTask(String workflowInstanceId, String vendorId, String taskKind, Optional<Instant> due,
                           Instant started) {
    }

    public record WorkProduct(String nodeRef, String name, String currentVersionLabel,
                              Optional<AttorneyApproval> approval) {
    }

    private final ApprovalPolicy policy;

    public CaseSummary(ApprovalPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Map<String, Object> toJson(CaseFacts facts, List<DatedDeadline> deadlines, List<OpenTask> tasks,
                                      List<WorkProduct> documents, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodeRef", facts.nodeRef());
        out.put("caseNumber", facts.caseNumber());
        out.put("caseType", facts.caseType());
        out.put("status", facts.status());
        out.put("receiptNumber", facts.receiptNumber());
        out.put("openedOn", facts.openedOn());
        Map<String, Object> parties = new LinkedHashMap<>();
        parties.put("beneficiary", facts.beneficiary());
        parties.put("petitioner", facts.petitioner());
        parties.put("responsibleAttorney", facts.responsibleAttorney());
        out.put("parties", parties);

        List<DatedDeadline> sorted = new ArrayList<>(deadlines);
        sorted.sort(Comparator.comparing(DatedDeadline::date));
        List<Map<String, Object>> dl = new ArrayList<>();
        for (DatedDeadline d : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", d.date());
            row.put("daysLeft", ChronoUnit.DAYS.between(today, d.date()));
            row.put("overdue", !d.answered() && d.date().isBefore(today));
            row.put("answered", d.answered());
            row.put("label", d.label());
            row.put("rule", d.rule());
            dl.add(row);
        }
        out.put("deadlines", dl);

        List<Map<String, Object>> open = new ArrayList<>();
        for (OpenTask t : tasks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workflowInstanceId", t.workflowInstanceId());
            row.put("vendor", t.vendorId());
            row.put("taskKind", t.taskKind());
            row.put("due", t.due());
            row.put("started", t.started());
            open.add(row);
        }
        out.put("openOutsourcingTasks", open);

        List<Map<String, Object>> approvals = new ArrayList<>();
        int valid = 0;
        for (WorkProduct w : documents) {
            ApprovalState state = policy.state(w.approval(), w.currentVersionLabel());
            if (state == ApprovalState.VALID) {
                valid++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", w.nodeRef());
            row.put("name", w.name());
            row.put("currentVersion", w.currentVersionLabel());
            row.put("state", state);
            row.put("approver", w.approval().map(AttorneyApproval::approver));
            row.put("outcome", w.approval().map(AttorneyApproval::outcome));
            row.put("approvedVersion", w.approval().map(AttorneyApproval::approvedVersionLabel));
            row.put("reviewedAt", w.approval().map(AttorneyApproval::approvedAt));
            approvals.add(row);
        }
        out.put("approvals", approvals);
        out.put("documentsReadyToFile", valid);
        return out;
    }
}
