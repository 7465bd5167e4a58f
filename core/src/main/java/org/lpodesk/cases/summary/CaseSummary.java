package org.lpodesk.cases.summary;

import org.lpodesk.deadline.Urgency;
import org.lpodesk.evidence.rfe.RfeIssue;
import org.lpodesk.evidence.rfe.RfeIssueRules;
import java.math.BigDecimal;
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
import java.util.Collection;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.list.CaseList;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalState;
import org.lpodesk.review.AttorneyApproval;

/**
 * {@code GET /lpodesk/cases/summary?case=}: what a firm user needs on one page about a case: the
 * header (parties, status and the statuses it may move to), every dated obligation with its
 * urgency, the notices, the outsourcing requests open and past, the attorney approvals of the
 * work product judged against the current version by {@link ApprovalPolicy} (approvals voided by
 * an edit included), the documents per sub-folder and the latest ones, and the audited activity.
 * The repository gathers the facts; this class derives and orders everything and shapes the JSON
 * (the case page's contract, issue 16). Absent values are written as null, never "".
 */
public final class CaseSummary {

    /** Newest documents listed. */
    public static final int LATEST_DOCUMENTS = 10;
    /** Newest activity entries listed. */
    public static final int EVENTS = 20;

    /** The case folder's own fields; blank texts and empty optionals are written as null. */
    public record CaseFacts(String nodeRef, String caseNumber, String caseType, String status, String beneficiary,
                            String petitioner, String petitionerKind, String receiptNumber, String aNumber,
                            String responsibleAttorney, Optional<LocalDate> priorityDate,
                            Optional<LocalDate> openedOn, Optional<LocalDate> closedOn,
                            Optional<LocalDate> caseDeadline, String caseDeadlineRule, String site,
                            String libraryPath, Optional<ClientRef> client) {
        public CaseFacts {
            Objects.requireNonNull(nodeRef, "nodeRef");
            priorityDate = orEmpty(priorityDate);
            openedOn = orEmpty(openedOn);
            closedOn = orEmpty(closedOn);
            caseDeadline = orEmpty(caseDeadline);
            client = orEmpty(client);
        }
    }

    public record ClientRef(String nodeRef, String name) {
    }

    /**
     * A dated obligation of the case: a notice's response deadline, an open request's vendor due
     * date, an identity document's expiry.
     *
     * @param answered true once it no longer binds the case; an answered deadline is listed but never overdue
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

    /**
     * A USCIS notice filed in the case.
     *
     * @param issues the issues recorded on a notice that asks for evidence (RFE, NOID, NOIR, NOIT); none on others
     */
    public record Notice(String nodeRef, String name, String kind, Optional<LocalDate> noticeDate,
                         Optional<LocalDate> receivedOn, String serviceMethod, String receiptNumber,
                         Optional<LocalDate> responseDeadline, boolean answered, List<Issue> issues) {
        public Notice {
            Objects.requireNonNull(nodeRef, "nodeRef");
            noticeDate = orEmpty(noticeDate);
            receivedOn = orEmpty(receivedOn);
            responseDeadline = orEmpty(responseDeadline);
            issues = issues == null ? List.of() : List.copyOf(issues);
        }

        /** A notice without issue records. */
        public Notice(String nodeRef, String name, String kind, Optional<LocalDate> noticeDate,
                      Optional<LocalDate> receivedOn, String serviceMethod, String receiptNumber,
                      Optional<LocalDate> responseDeadline, boolean answered) {
            this(nodeRef, name, kind, noticeDate, receivedOn, serviceMethod, receiptNumber, responseDeadline, answered,
                    List.of());
        }
    }

    /** One issue record of a notice, with the node the page edits it through. */
    public record Issue(String nodeRef, RfeIssue issue) {
        public Issue {
            Objects.requireNonNull(nodeRef, "nodeRef");
            Objects.requireNonNull(issue, "issue");
        }
    }

    /** The user task an open request waits on. */
    public record CurrentTask(String taskId, String taskType, String assignee) {
    }

    /**
     * An outsourcing request of the case, open or past.
     *
     * @param current  the open user task; empty when ended or between tasks
     * @param closedAs the process's closing state ({@code Delivered}, {@code Declined}, {@code Cancelled}) once ended
     * @param hours    hours the vendor logged so far (null when unknown)
     */
    public record Outsourcing(String workflowInstanceId, boolean active, String vendorId, String taskKind,
                              Optional<CurrentTask> current, String closedAs, Optional<LocalDate> vendorDue,
                              BigDecimal hours, int revisionRound, Instant started, Optional<Instant> ended) {
        public Outsourcing {
            Objects.requireNonNull(workflowInstanceId, "workflowInstanceId");
            current = orEmpty(current);
            vendorDue = orEmpty(vendorDue);
            ended = orEmpty(ended);
        }

        public OutsourcingStep step() {
            if (!active) {
                return OutsourcingStep.ofClosedAs(closedAs);
            }
            return current.flatMap(t -> OutsourcingStep.ofTaskType(t.taskType())).orElse(OutsourcingStep.PROCESSING);
        }
    }

    /** A document that carries an attorney review record. */
    public record WorkProduct(String nodeRef, String name, String currentVersionLabel,
                              Optional<AttorneyApproval> approval) {
    }

    /**
     * An approval the repository voided when the document was edited (the review record is taken
     * off the document then; the audit trail keeps who approved which version and when).
     */
    public record VoidedApproval(String nodeRef, String name, String currentVersionLabel, String approver,
                                 String approvedVersionLabel, Optional<Instant> reviewedAt) {
        public VoidedApproval {
            reviewedAt = orEmpty(reviewedAt);
        }
    }

    /** A direct sub-folder of the case and the number of documents below it, at any depth. */
    public record FolderCount(String name, String nodeRef, String libraryPath, int documents) {
    }

    /**
     * A document of the case.
     *
     * @param folder the folder path below the case ("Evidence/Exhibits"); blank at the case's top level
     * @param type   the content type's name as the repository writes it (the labels port resolves it)
     */
    public record Document(String nodeRef, String name, String folder, Instant modified, String modifier,
                           String type) {
        public Document {
            Objects.requireNonNull(modified, "modified");
        }
    }

    /** An audit entry about the case's documents or its requests. */
    public record Event(Instant at, String who, CaseEventKind kind, String documentRef, String documentName,
                        String detail) {
        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** What lies in the case besides its own fields; any list may be empty. */
    public record Contents(List<DatedDeadline> deadlines, List<Notice> notices, List<Outsourcing> outsourcing,
                           List<WorkProduct> workProducts, List<VoidedApproval> voidedApprovals,
                           List<FolderCount> folders, List<Document> documents, List<Event> events) {
        public Contents {
            deadlines = copy(deadlines);
            notices = copy(notices);
            outsourcing = copy(outsourcing);
            workProducts = copy(workProducts);
            voidedApprovals = copy(voidedApprovals);
            folders = copy(folders);
            documents = copy(documents);
            events = copy(events);
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }

    private final ApprovalPolicy policy;

    public CaseSummary(ApprovalPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The case page is the firm's: a member of any LPO vendor's groups is refused whatever the
     * case's permissions say (the same rule as the case list, {@link CaseList#refuseVendorUsers}).
     *
     * @throws NotAllowedException (403) naming the rule
     */
    public static void refuseVendorUsers(Collection<String> authorities, boolean administrator) {
        try {
            CaseList.refuseVendorUsers(authorities, administrator);
        } catch (NotAllowedException vendor) {
            throw new NotAllowedException(SummaryMessages.format("summary.vendorUser"));
        }
    }

    /** What a request for a node that is no case, or a case the caller may not read, is answered (404). */
    public static IllegalArgumentException caseNotFound(String nodeRef) {
        return new IllegalArgumentException(SummaryMessages.format("summary.notFound", nodeRef));
    }

    /** The statuses the case may move to, in the enum's order; none for an absent or unknown status. */
    public static List<CaseStatus> nextStatuses(String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        try {
            return CaseStatus.fromModelValue(status).allowedNext().stream().sorted().toList();
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
    }

    /** The label of a dated item that is no notice: an open request's vendor due date. */
    public static String vendorDueLabel(String taskKindLabel, String vendorName) {
        return SummaryMessages.format("deadline.vendorDue", taskKindLabel, vendorName);
    }

    /** The label of an identity document's expiry date. */
    public static String identityExpiryLabel(String documentName) {
        return SummaryMessages.format("deadline.identityExpires", documentName);
    }

    public static String approvalStateLabel(ApprovalState state) {
        return SummaryMessages.format("approval." + state.name());
    }

    public Map<String, Object> toJson(CaseFacts facts, Contents contents, SummaryLabels labels, LocalDate today) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(today, "today");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodeRef", facts.nodeRef());
        out.put("caseNumber", blankToNull(facts.caseNumber()));
        out.put("caseType", blankToNull(facts.caseType()));
        out.put("caseTypeLabel", listLabel(labels, "imm:caseTypes", facts.caseType()));
        out.put("status", blankToNull(facts.status()));
        out.put("statusLabel", listLabel(labels, "imm:caseStatuses", facts.status()));
        List<Map<String, Object>> next = new ArrayList<>();
        for (CaseStatus s : nextStatuses(facts.status())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("status", s.modelValue());
            row.put("label", listLabel(labels, "imm:caseStatuses", s.modelValue()));
            next.add(row);
        }
        out.put("nextStatuses", next);
        out.put("receiptNumber", blankToNull(facts.receiptNumber()));
        out.put("aNumber", blankToNull(facts.aNumber()));
        out.put("priorityDate", facts.priorityDate());
        out.put("openedOn", facts.openedOn());
        out.put("closedOn", facts.closedOn());
        out.put("site", blankToNull(facts.site()));
        out.put("libraryPath", blankToNull(facts.libraryPath()));
        out.put("client", facts.client().map(c -> {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("nodeRef", c.nodeRef());
            client.put("name", blankToNull(c.name()));
            return client;
        }));
        Map<String, Object> parties = new LinkedHashMap<>();
        parties.put("beneficiary", blankToNull(facts.beneficiary()));
        parties.put("petitioner", blankToNull(facts.petitioner()));
        parties.put("petitionerKind", blankToNull(facts.petitionerKind()));
        parties.put("petitionerKindLabel", listLabel(labels, "imm:partyKinds", facts.petitionerKind()));
        parties.put("responsibleAttorney", blankToNull(facts.responsibleAttorney()));
        parties.put("responsibleAttorneyName", personName(labels, facts.responsibleAttorney()));
        out.put("parties", parties);

        out.put("caseDeadline", facts.caseDeadline().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", d);
            row.put("rule", blankToNull(facts.caseDeadlineRule()));
            row.put("daysLeft", ChronoUnit.DAYS.between(today, d));
            row.put("urgency", Urgency.of(d, false, today));
            return row;
        }));
        out.put("deadlines", deadlines(contents.deadlines(), today));
        out.put("notices", notices(contents.notices(), labels, today));
        out.put("outsourcing", outsourcing(contents.outsourcing(), labels));
        approvals(out, contents, labels);
        out.put("folders", folders(contents.folders()));
        out.put("latestDocuments", latestDocuments(contents.documents(), labels));
        out.put("events", events(contents.events(), labels));
        return out;
    }

    private static List<Map<String, Object>> deadlines(List<DatedDeadline> deadlines, LocalDate today) {
        List<DatedDeadline> sorted = new ArrayList<>(deadlines);
        sorted.sort(Comparator.comparing(DatedDeadline::date)
                .thenComparing(d -> d.label() == null ? "" : d.label()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DatedDeadline d : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", d.date());
            row.put("daysLeft", ChronoUnit.DAYS.between(today, d.date()));
            row.put("overdue", !d.answered() && d.date().isBefore(today));
            row.put("answered", d.answered());
            row.put("label", blankToNull(d.label()));
            row.put("rule", blankToNull(d.rule()));
            row.put("urgency", Urgency.of(d.date(), d.answered(), today));
            rows.add(row);
        }
        return rows;
    }

    /** Newest notice date first; notices without a date last, by name. */
    private static List<Map<String, Object>> notices(List<Notice> notices, SummaryLabels labels, LocalDate today) {
        List<Notice> sorted = new ArrayList<>(notices);
        sorted.sort(Comparator.comparing((Notice n) -> n.noticeDate().orElse(null),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(n -> n.name() == null ? "" : n.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Notice n : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", n.nodeRef());
            row.put("name", blankToNull(n.name()));
            row.put("kind", blankToNull(n.kind()));
            row.put("kindLabel", listLabel(labels, "imm:noticeKinds", n.kind()));
            row.put("noticeDate", n.noticeDate());
            row.put("receivedOn", n.receivedOn());
            row.put("serviceMethod", blankToNull(n.serviceMethod()));
            row.put("serviceMethodLabel", listLabel(labels, "imm:serviceMethods", n.serviceMethod()));
            row.put("receiptNumber", blankToNull(n.receiptNumber()));
            row.put("responseDeadline", n.responseDeadline());
            row.put("answered", n.answered());
            row.put("daysLeft", n.responseDeadline().map(d -> ChronoUnit.DAYS.between(today, d)));
            row.put("urgency", n.responseDeadline().map(d -> Urgency.of(d, n.answered(), today)));
            // a notice that asks for evidence lists its issues, each a checklist line of its own
            row.put("asks", RfeIssueRules.asks(n.kind()));
            row.put("issues", issues(n.issues()));
            row.put("issuesUnanswered", n.issues().stream().filter(i -> !i.issue().answered()).count());
            rows.add(row);
        }
        return rows;
    }

    /** In the notice's own numbering. */
    private static List<Map<String, Object>> issues(List<Issue> issues) {
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt((Issue i) -> i.issue().number()).thenComparing(Issue::nodeRef));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Issue i : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", i.nodeRef());
            row.put("number", i.issue().number());
            row.put("requirement", i.issue().requirement());
            row.put("missingEvidence", blankToNull(i.issue().missingEvidence()));
            row.put("examples", blankToNull(i.issue().examples()));
            row.put("exhibits", i.issue().exhibits());
            row.put("answered", i.issue().answered());
            rows.add(row);
        }
        return rows;
    }

    /** Open requests first, then past ones; newest start first within each. */
    private static List<Map<String, Object>> outsourcing(List<Outsourcing> requests, SummaryLabels labels) {
        List<Outsourcing> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparing((Outsourcing o) -> !o.active())
                .thenComparing(Outsourcing::started, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Outsourcing::workflowInstanceId));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Outsourcing o : sorted) {
            OutsourcingStep step = o.step();
            Optional<CurrentTask> task = o.active() ? o.current() : Optional.empty();
            String assignee = task.map(CurrentTask::assignee).map(CaseSummary::blankToNull).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workflowInstanceId", o.workflowInstanceId());
            row.put("active", o.active());
            row.put("vendorId", blankToNull(o.vendorId()));
            row.put("vendorName", blankToNull(o.vendorId()) == null ? null : labels.vendor(o.vendorId()));
            row.put("taskKind", blankToNull(o.taskKind()));
            row.put("taskKindLabel", listLabel(labels, "immwf:taskKinds", o.taskKind()));
            row.put("stepCode", step.name());
            row.put("step", step.label());
            row.put("taskId", task.map(CurrentTask::taskId).orElse(null));
            row.put("assignee", assignee);
            row.put("assigneeName", personName(labels, assignee));
            row.put("vendorDue", o.vendorDue());
            row.put("hours", o.hours());
            row.put("revisionRound", Math.max(0, o.revisionRound()));
            row.put("started", o.started());
            row.put("ended", o.ended());
            rows.add(row);
        }
        return rows;
    }

    /** Live review records in the order given, then voided approvals; counts the documents ready to file. */
    private void approvals(Map<String, Object> out, Contents contents, SummaryLabels labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int valid = 0;
        for (WorkProduct w : contents.workProducts()) {
            ApprovalState state = policy.state(w.approval(), w.currentVersionLabel());
            if (state == ApprovalState.VALID) {
                valid++;
            }
            String approver = w.approval().map(AttorneyApproval::approver).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", w.nodeRef());
            row.put("name", blankToNull(w.name()));
            row.put("currentVersion", blankToNull(w.currentVersionLabel()));
            row.put("state", state);
            row.put("stateLabel", approvalStateLabel(state));
            row.put("approver", approver);
            row.put("approverName", personName(labels, approver));
            row.put("outcome", w.approval().map(AttorneyApproval::outcome));
            row.put("approvedVersion", w.approval().map(AttorneyApproval::approvedVersionLabel));
            row.put("reviewedAt", w.approval().map(AttorneyApproval::approvedAt));
            rows.add(row);
        }
        for (VoidedApproval v : contents.voidedApprovals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", v.nodeRef());
            row.put("name", blankToNull(v.name()));
            row.put("currentVersion", blankToNull(v.currentVersionLabel()));
            row.put("state", ApprovalState.VOIDED_BY_EDIT);
            row.put("stateLabel", approvalStateLabel(ApprovalState.VOIDED_BY_EDIT));
            row.put("approver", blankToNull(v.approver()));
            row.put("approverName", personName(labels, v.approver()));
            row.put("outcome", "APPROVED");
            row.put("approvedVersion", blankToNull(v.approvedVersionLabel()));
            row.put("reviewedAt", v.reviewedAt());
            rows.add(row);
        }
        out.put("approvals", rows);
        out.put("documentsReadyToFile", valid);
    }

    private static List<Map<String, Object>> folders(List<FolderCount> folders) {
        List<FolderCount> sorted = new ArrayList<>(folders);
        sorted.sort(Comparator.comparing(f -> f.name() == null ? "" : f.name(), String.CASE_INSENSITIVE_ORDER));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FolderCount f : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", blankToNull(f.name()));
            // which standard folder it is (Share's "Add notice" files into USCIS_NOTICES)
            row.put("role", CaseFolderTemplate.asNamedByRepository(f.name()).map(Enum::name).orElse(null));
            row.put("nodeRef", f.nodeRef());
            row.put("libraryPath", blankToNull(f.libraryPath()));
            row.put("documents", f.documents());
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> latestDocuments(List<Document> documents, SummaryLabels labels) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::modified).reversed().thenComparing(Document::nodeRef));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Document d : sorted.subList(0, Math.min(LATEST_DOCUMENTS, sorted.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", d.nodeRef());
            row.put("name", blankToNull(d.name()));
            row.put("folder", blankToNull(d.folder()));
            row.put("modified", d.modified());
            row.put("modifier", blankToNull(d.modifier()));
            row.put("modifierName", personName(labels, d.modifier()));
            row.put("typeLabel", blankToNull(d.type()) == null ? null : labels.type(d.type()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> events(List<Event> events, SummaryLabels labels) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::at).reversed());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event e : sorted.subList(0, Math.min(EVENTS, sorted.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", e.at());
            row.put("who", blankToNull(e.who()));
            row.put("whoName", personName(labels, e.who()));
            row.put("kind", e.kind());
            row.put("label", e.kind().label());
            row.put("document", blankToNull(e.documentName()));
            row.put("nodeRef", blankToNull(e.documentRef()));
            row.put("detail", blankToNull(e.detail()));
            rows.add(row);
        }
        return rows;
    }

    private static String listLabel(SummaryLabels labels, String constraint, String value) {
        return blankToNull(value) == null ? null : labels.listValue(constraint, value);
    }

    private static String personName(SummaryLabels labels, String userName) {
        return blankToNull(userName) == null ? null : labels.person(userName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
