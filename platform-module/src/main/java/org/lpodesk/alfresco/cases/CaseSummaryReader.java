package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activiti.engine.HistoryService;
import org.activiti.engine.history.HistoricVariableInstance;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.cmr.workflow.WorkflowTaskQuery;
import org.alfresco.service.cmr.workflow.WorkflowTaskState;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.deadline.CaseObligations;
import org.lpodesk.alfresco.evidence.RfeIssueRecords;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.alfresco.review.ApprovalAspect;
import org.lpodesk.cases.summary.CaseEventKind;
import org.lpodesk.cases.summary.CaseSummary;
import org.lpodesk.evidence.rfe.RfeIssueRules;
import org.lpodesk.cases.summary.SummaryLabels;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.outsourcing.usage.UsageRecord;
import org.lpodesk.outsourcing.workflow.AssignmentHours;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Gathers what lies in a case for {@link CaseSummary}, from the database only: the case folder
 * walked once with the caller's permissions (what the caller cannot read is not counted, not
 * listed, and its audit entries are not looked up), the case's outsourcing processes from the
 * workflow tables (open and past), and the {@code lpodesk} audit entries of the documents that
 * carry a share, review, filing or sending record and of the case's requests. One instance per
 * request: it remembers names it has read.
 *
 * <p>The workflow and audit services used are the internal ones: Alfresco's public workflow
 * service shows a process only to the users involved in it, and its audit query is for
 * administrators; here the caller's right to read the case decides, and only the case's own
 * processes and the documents the caller could read are looked up.
 */
final class CaseSummaryReader {

    /** Approval entries scanned for voids, newest first: a case's documents are voided a few times, not hundreds. */
    private static final int VOID_SCAN = 500;
    /** Entries read per document or request: the page lists twenty overall. */
    private static final int ENTRIES_PER_SUBJECT = CaseSummary.EVENTS;
    private static final Pattern VOIDED_VERSION = Pattern.compile("approval of version (\\S+)");
    private static final Set<QName> AUDITED_ASPECTS = Set.of(ImmModel.ASPECT_LPO_SHARE,
            ImmModel.ASPECT_ATTORNEY_APPROVAL, ImmModel.ASPECT_FILING, ImmModel.ASPECT_SENT);
    /** The assignment variable as the workflow service names it ({@code immwf_assignment} → {@code immwf:assignment}). */
    private static final QName ASSIGNMENT = QName.createQName(WorkflowModel.NAMESPACE,
            AssignmentHours.VARIABLE.substring(WorkflowModel.PREFIX.length() + 1));
    private static final QName REVISION_ROUND = QName.createQName(WorkflowModel.NAMESPACE, "revisionRound");
    private static final QName VENDOR_DUE = QName.createQName(WorkflowModel.NAMESPACE, "dueDate");

    private final NodeService nodeService;
    private final NodeService nodes;
    private final DictionaryService dictionaryService;
    private final WorkflowService workflowService;
    private final AuditService auditService;
    private final VersionService versionService;
    private final HistoryService historyService;
    private final UsageLedger ledger;
    private final CaseObligations obligations;
    private final FirmCalendar firmCalendar;
    private final SummaryLabels labels;
    /** Issue records of notices the caller could list: they share the notice's permissions */
    private final RfeIssueRecords issueRecords;
    private final Map<QName, Boolean> folderTypes = new HashMap<>();
    private final Map<QName, Boolean> contentTypes = new HashMap<>();
    private final Map<QName, Boolean> noticeTypes = new HashMap<>();
    private final Map<QName, Boolean> identityTypes = new HashMap<>();

    /**
     * @param nodeService the permission-checked node service: it lists the children the caller may read
     * @param nodes       the internal node service, to read those children (each call through the public
     *                    service's interceptor chain costs about half a millisecond, a 200-document case
     *                    made three of them per document)
     */
    CaseSummaryReader(NodeService nodeService, NodeService nodes, DictionaryService dictionaryService,
                      WorkflowService workflowService, AuditService auditService, VersionService versionService,
                      HistoryService historyService, UsageLedger ledger, CaseObligations obligations, FirmCalendar firmCalendar,
                      SummaryLabels labels) {
        this.nodeService = nodeService;
        this.nodes = nodes;
        this.dictionaryService = dictionaryService;
        this.workflowService = workflowService;
        this.auditService = auditService;
        this.versionService = versionService;
        this.historyService = historyService;
        this.ledger = ledger;
        this.obligations = obligations;
        this.firmCalendar = firmCalendar;
        this.labels = labels;
        this.issueRecords = new RfeIssueRecords(nodes);
    }

    /** A document met in the walk, with what the later steps need of it. */
    private record Doc(NodeRef node, String name, String versionLabel, Map<QName, Serializable> props,
                       Set<QName> aspects, QName type) {
    }

    CaseSummary.Contents read(NodeRef caseNode, String caseLibraryPath, Date caseCreated) {
        List<Doc> docs = new ArrayList<>();
        List<CaseSummary.FolderCount> folders = new ArrayList<>();
        List<CaseSummary.Document> documents = new ArrayList<>();
        walk(caseNode, caseLibraryPath, docs, folders, documents);

        Map<NodeRef, Doc> byNode = new LinkedHashMap<>();
        List<NodeRef> noticeNodes = new ArrayList<>();
        List<CaseSummary.WorkProduct> workProducts = new ArrayList<>();
        List<CaseSummary.DatedDeadline> deadlines = new ArrayList<>();
        for (Doc d : docs) {
            byNode.put(d.node(), d);
            if (is(noticeTypes, d.type(), ImmModel.TYPE_USCIS_NOTICE)) {
                noticeNodes.add(d.node());
            }
            if (d.aspects().contains(ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                workProducts.add(new CaseSummary.WorkProduct(d.node().toString(), d.name(), d.versionLabel(),
                        ApprovalAspect.fromProperties(d.props())));
            }
            if (is(identityTypes, d.type(), ImmModel.TYPE_IDENTITY_DOCUMENT)
                    && d.props().get(ImmModel.PROP_IDENTITY_EXPIRES_ON) instanceof Date expires) {
                deadlines.add(new CaseSummary.DatedDeadline(firmCalendar.dayOf(expires),
                        CaseSummary.identityExpiryLabel(d.name()), null));
            }
        }

        Map<String, Obligation> bySource = new HashMap<>();
        for (Obligation o : obligations.ofNotices(noticeNodes)) {
            bySource.put(o.source(), o);
            deadlines.add(new CaseSummary.DatedDeadline(o.due(), o.label(), o.statement(), o.answered()));
        }
        for (Obligation o : obligations.beyondNotices(caseNode)) {
            deadlines.add(new CaseSummary.DatedDeadline(o.due(), o.label(), o.statement(), o.answered()));
        }
        List<CaseSummary.Notice> notices = new ArrayList<>();
        for (NodeRef n : noticeNodes) {
            Doc d = byNode.get(n);
            Map<QName, Serializable> p = d.props();
            Obligation o = bySource.get(n.toString());
            notices.add(new CaseSummary.Notice(n.toString(), d.name(), text(p.get(ImmModel.PROP_NOTICE_KIND)),
                    day(p.get(ImmModel.PROP_NOTICE_DATE)), day(p.get(ContentModel.PROP_CREATED)),
                    text(p.get(ImmModel.PROP_SERVICE_METHOD)), text(p.get(ImmModel.PROP_NOTICE_RECEIPT_NUMBER)),
                    day(p.get(ImmModel.PROP_RESPONSE_DEADLINE)),
                    o != null ? o.answered() : Boolean.TRUE.equals(p.get(ImmModel.PROP_NOTICE_ANSWERED)),
                    RfeIssueRules.asks(text(p.get(ImmModel.PROP_NOTICE_KIND)))
                            ? issueRecords.recorded(n).stream()
                                    .map(r -> new CaseSummary.Issue(r.node().toString(), r.issue())).toList()
                            : List.of()));
        }

        List<CaseSummary.Outsourcing> requests = outsourcing(caseNode);
        for (CaseSummary.Outsourcing r : requests) {
            if (r.active() && r.vendorDue().isPresent()) {
                deadlines.add(new CaseSummary.DatedDeadline(r.vendorDue().get(), CaseSummary.vendorDueLabel(
                        labels.listValue("immwf:taskKinds", r.taskKind()), labels.vendor(r.vendorId())), null));
            }
        }

        Map<Long, CaseSummary.Event> events = new HashMap<>();
        for (Doc d : docs) {
            if (d.aspects().stream().anyMatch(AUDITED_ASPECTS::contains)) {
                events(searchByValue(d.node().toString()), byNode, events, null);
            }
        }
        for (CaseSummary.Outsourcing r : requests) {
            String processId = localId(r.workflowInstanceId());
            events(searchByValue(processId), byNode, events, processId);
        }
        List<CaseSummary.VoidedApproval> voided = voidedApprovals(byNode, caseCreated, events);

        return new CaseSummary.Contents(deadlines, notices, requests, workProducts, voided, folders, documents,
                new ArrayList<>(events.values()));
    }

    /**
     * One pass over the case: every document below it (counted under the case's sub-folder it lies
     * in), read once. The public service lists a folder's children (only those the caller may
     * read); the internal one reads them.
     */
    private void walk(NodeRef caseNode, String caseLibraryPath, List<Doc> docs, List<CaseSummary.FolderCount> folders,
                      List<CaseSummary.Document> documents) {
        record Frame(NodeRef folder, String path, int top) {
        }
        List<int[]> counts = new ArrayList<>();
        List<NodeRef> topFolders = new ArrayList<>();
        List<String> topNames = new ArrayList<>();
        Deque<Frame> pending = new ArrayDeque<>();
        pending.push(new Frame(caseNode, "", -1));
        while (!pending.isEmpty()) {
            Frame frame = pending.pop();
            for (ChildAssociationRef child : nodeService.getChildAssocs(frame.folder(), ContentModel.ASSOC_CONTAINS,
                    RegexQNamePattern.MATCH_ALL)) {
                if (!child.isPrimary()) {
                    continue;
                }
                NodeRef node = child.getChildRef();
                QName type = nodes.getType(node);
                if (is(folderTypes, type, ContentModel.TYPE_FOLDER)) {
                    String name = text(nodes.getProperty(node, ContentModel.PROP_NAME));
                    int top = frame.top();
                    if (top < 0) {
                        top = counts.size();
                        counts.add(new int[1]);
                        topFolders.add(node);
                        topNames.add(name);
                    }
                    pending.push(new Frame(node, frame.path().isEmpty() ? name : frame.path() + "/" + name, top));
                } else if (is(contentTypes, type, ContentModel.TYPE_CONTENT)) {
                    Map<QName, Serializable> props = nodes.getProperties(node);
                    String name = text(props.get(ContentModel.PROP_NAME));
                    String version = text(props.get(ContentModel.PROP_VERSION_LABEL));
                    docs.add(new Doc(node, name, version.isEmpty() ? "-" : version, props,
                            nodes.getAspects(node), type));
                    if (frame.top() >= 0) {
                        counts.get(frame.top())[0]++;
                    }
                    Instant modified = props.get(ContentModel.PROP_MODIFIED) instanceof Date m ? m.toInstant()
                            : Instant.EPOCH;
                    documents.add(new CaseSummary.Document(node.toString(), name, frame.path(), modified,
                            text(props.get(ContentModel.PROP_MODIFIER)), type.toString()));
                }
            }
        }
        for (int i = 0; i < counts.size(); i++) {
            folders.add(new CaseSummary.FolderCount(topNames.get(i), topFolders.get(i).toString(),
                    caseLibraryPath == null ? null : caseLibraryPath + "/" + topNames.get(i), counts.get(i)[0]));
        }
    }

    /** The case's outsourcing processes, open and ended (Activiti's history keeps the ended ones). */
    private List<CaseSummary.Outsourcing> outsourcing(NodeRef caseNode) {
        List<CaseSummary.Outsourcing> requests = new ArrayList<>();
        WorkflowInstanceQuery query = new WorkflowInstanceQuery();
        query.setActive(null);
        query.setCustomProps(Map.of(ImmwfModel.PROP_CASE_ID, caseNode.toString()));
        for (WorkflowInstance instance : workflowService.getWorkflows(query)) {
            if (instance.getDefinition() == null
                    || !ImmwfModel.OUTSOURCING_DEFINITION.equals(instance.getDefinition().getName())) {
                continue;
            }
            requests.add(instance.isActive() ? open(instance) : ended(instance));
        }
        return requests;
    }

    private CaseSummary.Outsourcing open(WorkflowInstance instance) {
        // the root execution's id is the process's: its path holds every process variable
        Map<QName, Serializable> vars = workflowService.getPathProperties(instance.getId());
        WorkflowTaskQuery query = new WorkflowTaskQuery();
        query.setProcessId(instance.getId());
        query.setTaskState(WorkflowTaskState.IN_PROGRESS);
        Optional<CaseSummary.CurrentTask> current = Optional.empty();
        for (WorkflowTask task : workflowService.queryTasks(query, true)) {
            Serializable owner = task.getProperties().get(ContentModel.PROP_OWNER);
            current = Optional.of(new CaseSummary.CurrentTask(task.getId(), task.getName(),
                    owner == null ? null : owner.toString()));
            break;
        }
        int round = vars.get(REVISION_ROUND) instanceof Number n ? n.intValue() : 0;
        return new CaseSummary.Outsourcing(instance.getId(), true, text(vars.get(ImmwfModel.PROP_VENDOR_ID)),
                text(vars.get(ImmwfModel.PROP_TASK_KIND)), current, null, day(vars.get(VENDOR_DUE)),
                AssignmentHours.of(vars.get(ASSIGNMENT)), round, instance.getStartDate().toInstant(),
                Optional.empty());
    }

    /**
     * An ended request, from the final values of its process variables in Activiti's history (one
     * query): how it ended ({@code immwf_closedAs}), its revision round, vendor due date and the
     * hours logged; a delivered request's hours are the usage ledger's, which billed them. The
     * workflow service would read each completed task with every variable update of the process,
     * a dozen queries per past request.
     */
    private CaseSummary.Outsourcing ended(WorkflowInstance instance) {
        String processId = localId(instance.getId());
        Map<String, Object> vars = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processId).list()) {
            vars.put(v.getVariableName(), v.getValue());
        }
        String closedAs = text((Serializable) vars.get(WorkflowModel.VAR_CLOSED_AS));
        BigDecimal hours = AssignmentHours.of(vars.get(AssignmentHours.VARIABLE));
        if (WorkflowModel.CLOSED_DELIVERED.equals(closedAs)) {
            hours = ledger.find(processId).map(UsageRecord::hours).orElse(hours);
        }
        int round = vars.get(WorkflowModel.VAR_REVISION_ROUND) instanceof Number n ? n.intValue() : 0;
        Optional<LocalDate> due = vars.get(WorkflowModel.VAR_DUE_DATE) instanceof Date d
                ? Optional.of(firmCalendar.dayOf(d)) : Optional.empty();
        return new CaseSummary.Outsourcing(instance.getId(), false, text((Serializable) vars.get(
                WorkflowModel.VAR_VENDOR_ID)), text((Serializable) vars.get(WorkflowModel.VAR_TASK_KIND)),
                Optional.empty(), closedAs.isEmpty() ? null : closedAs, due, hours, round,
                instance.getStartDate().toInstant(), Optional.ofNullable(instance.getEndDate()).map(Date::toInstant));
    }

    /** An audit entry as read: its application path's event key and values by field. */
    private record Entry(long id, String user, long time, String event, Map<String, String> values) {
    }

    private List<Entry> searchByValue(String value) {
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.setForward(false);
        query.addSearchKey(null, value);
        return query(query, ENTRIES_PER_SUBJECT);
    }

    private List<Entry> query(AuditQueryParameters query, int max) {
        List<Entry> entries = new ArrayList<>();
        auditService.auditQuery(new AuditService.AuditQueryCallback() {
            @Override
            public boolean valuesRequired() {
                return true;
            }

            @Override
            public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                            Map<String, Serializable> values) {
                String event = null;
                Map<String, String> fields = new HashMap<>();
                for (Map.Entry<String, Serializable> v : values.entrySet()) {
                    // keys are /lpodesk/<event>/<field>
                    String[] parts = v.getKey().split("/");
                    if (parts.length == 4 && LpoDeskAudit.ROOT.equals("/" + parts[1])) {
                        event = parts[2];
                        fields.put(parts[3], v.getValue() == null ? null : v.getValue().toString());
                    }
                }
                if (event != null) {
                    entries.add(new Entry(entryId, user, time, event, fields));
                }
                return true;
            }

            @Override
            public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                // an unreadable entry is left out of the page; the others still tell the story
                return true;
            }
        }, query, max);
        return entries;
    }

    /**
     * Adds the entries of a document (taskId null) or of a request (taskId: the process whose
     * assignment folder the entry names) as case events.
     */
    private void events(List<Entry> entries, Map<NodeRef, Doc> byNode, Map<Long, CaseSummary.Event> events,
                        String taskId) {
        for (Entry e : entries) {
            if (taskId != null && !taskId.equals(e.values().get("task"))) {
                continue;
            }
            String detail = e.values().get("detail");
            Optional<CaseEventKind> kind = CaseEventKind.ofAudit(e.event(), detail);
            if (kind.isEmpty()) {
                continue;
            }
            String node = e.values().get("node");
            Doc doc = node != null && NodeRef.isNodeRef(node) ? byNode.get(new NodeRef(node)) : null;
            if (taskId == null && doc == null) {
                continue;
            }
            // a request's entry about its assignment folder names no case document
            events.put(e.id(), new CaseSummary.Event(Instant.ofEpochMilli(e.time()), e.user(), kind.get(),
                    doc == null ? null : node, doc == null ? null : doc.name(), detail));
        }
    }

    /**
     * Approvals the repository voided on an edit, for the case's documents that carry no review
     * record now (a document approved again since shows its live record instead). The void entry
     * names the approved version; the approval entry before it, the approver and the time.
     */
    private List<CaseSummary.VoidedApproval> voidedApprovals(Map<NodeRef, Doc> byNode, Date caseCreated,
                                                             Map<Long, CaseSummary.Event> events) {
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.setForward(false);
        if (caseCreated != null) {
            query.setFromTime(caseCreated.getTime());
        }
        query.addSearchKey(LpoDeskAudit.ROOT + "/approval/node", null);
        Map<NodeRef, List<Entry>> byDocument = new LinkedHashMap<>();
        for (Entry e : query(query, VOID_SCAN)) {
            String node = e.values().get("node");
            if (node != null && NodeRef.isNodeRef(node) && byNode.containsKey(new NodeRef(node))) {
                byDocument.computeIfAbsent(new NodeRef(node), n -> new ArrayList<>()).add(e);
            }
        }
        List<CaseSummary.VoidedApproval> voided = new ArrayList<>();
        for (Map.Entry<NodeRef, List<Entry>> document : byDocument.entrySet()) {
            Doc doc = byNode.get(document.getKey());
            events(document.getValue(), byNode, events, null);
            if (doc.aspects().contains(ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                continue;
            }
            List<Entry> newestFirst = document.getValue();
            for (int i = 0; i < newestFirst.size(); i++) {
                String detail = text(newestFirst.get(i).values().get("detail"));
                if (!detail.startsWith("voided")) {
                    continue;
                }
                Matcher version = VOIDED_VERSION.matcher(detail);
                String approvedVersion = version.find() ? version.group(1) : null;
                voided.add(approvalBefore(doc, approvedVersion, newestFirst.subList(i + 1, newestFirst.size())));
                break;
            }
        }
        return voided;
    }

    /**
     * Who approved the voided version and when: the document's versions keep the review record
     * as it stood (an approval recorded on delivery leaves no audit entry on the firm's document);
     * failing that, the approval entry before the void.
     */
    private CaseSummary.VoidedApproval approvalBefore(Doc doc, String approvedVersion, List<Entry> olderEntries) {
        VersionHistory history = versionService.getVersionHistory(doc.node());
        if (history != null && approvedVersion != null) {
            for (Version version : history.getAllVersions()) {
                Map<QName, Serializable> frozen = nodes.getProperties(version.getFrozenStateNodeRef());
                if (approvedVersion.equals(text(frozen.get(ImmModel.PROP_APPROVED_VERSION_LABEL)))
                        && frozen.get(ImmModel.PROP_APPROVER) != null) {
                    return new CaseSummary.VoidedApproval(doc.node().toString(), doc.name(), doc.versionLabel(),
                            text(frozen.get(ImmModel.PROP_APPROVER)), approvedVersion,
                            frozen.get(ImmModel.PROP_APPROVED_ON) instanceof Date on ? Optional.of(on.toInstant())
                                    : Optional.empty());
                }
            }
        }
        Entry approval = olderEntries.stream().filter(a -> !text(a.values().get("detail")).startsWith("voided"))
                .findFirst().orElse(null);
        return new CaseSummary.VoidedApproval(doc.node().toString(), doc.name(), doc.versionLabel(),
                approval == null ? null : approval.user(), approvedVersion,
                approval == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(approval.time())));
    }

    private boolean is(Map<QName, Boolean> cache, QName type, QName ofType) {
        return cache.computeIfAbsent(type, t -> dictionaryService.isSubClass(t, ofType));
    }

    private Optional<LocalDate> day(Serializable value) {
        return value instanceof Date d ? Optional.of(firmCalendar.dayOf(d)) : Optional.empty();
    }

    /** Activiti's own id of a process ({@code activiti$123} → {@code 123}), as the ledger and the audit keep it. */
    private static String localId(String workflowId) {
        int dollar = workflowId.indexOf('$');
        return dollar < 0 ? workflowId : workflowId.substring(dollar + 1);
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
