package org.lpodesk.alfresco.cases;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activiti.engine.HistoryService;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.deadline.CaseObligationSource;
import org.lpodesk.alfresco.deadline.CaseObligations;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.alfresco.webscript.FirmOnly;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.cases.summary.CaseSummary;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.review.workflow.DirectoryPort;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases/summary?case=<nodeRef>}: the case page's one request. Members of an
 * LPO vendor's groups get 403 (the page is the firm's); a malformed reference is a 400; a case the
 * caller cannot read, or a node that is no case, a 404. The case's fields, its place in the
 * site, its client and everything {@link CaseSummaryReader} gathers are handed to core's
 * {@link CaseSummary}, which derives urgencies, next statuses and step labels and shapes the
 * JSON. Everything is read from the database (no search index), with the caller's permissions
 * on the case's nodes, so a change shows as soon as it is committed.
 */
public final class CaseSummaryWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final NodeService nodes;
    private final DictionaryService dictionaryService;
    private final WorkflowService workflowService;
    private final AuditService auditService;
    private final VersionService versionService;
    private final HistoryService historyService;
    private final AuthorityService authorityService;
    private final DirectoryPort directory;
    private final RepositoryEngagements engagements;
    private final UsageLedger ledger;
    private final CaseSummary summary;
    private final FirmCalendar firmCalendar;
    private final CaseObligations obligations;
    private final Clock clock;

    /**
     * @param nodeService     the permission-checked node service: the caller's view of the case
     * @param nodes           the internal node service: reads what the caller's view listed (see {@link CaseSummaryReader})
     * @param workflowService the internal workflow service (see {@link CaseSummaryReader})
     * @param auditService    the internal audit service (see {@link CaseSummaryReader})
     * @param historyService  Activiti's history, for the final variables of past requests
     * @param otherObligations the case's dated obligations beyond its notices (PERM clocks)
     */
    public CaseSummaryWebScript(NodeService nodeService, NodeService nodes, DictionaryService dictionaryService,
                                WorkflowService workflowService, AuditService auditService,
                                VersionService versionService, HistoryService historyService,
                                AuthorityService authorityService, DirectoryPort directory,
                                RepositoryEngagements engagements, UsageLedger ledger, CaseSummary summary,
                                List<CaseObligationSource> otherObligations, String firmZone, Clock clock) {
        this.nodeService = nodeService;
        this.nodes = nodes;
        this.dictionaryService = dictionaryService;
        this.workflowService = workflowService;
        this.auditService = auditService;
        this.versionService = versionService;
        this.historyService = historyService;
        this.authorityService = authorityService;
        this.directory = directory;
        this.engagements = engagements;
        this.ledger = ledger;
        this.summary = summary;
        this.firmCalendar = new FirmCalendar(firmZone);
        // the notices it is given were listed with the caller's permissions; reading them needs no check again
        this.obligations = new CaseObligations(nodes, new CaseTree(nodes, dictionaryService), firmCalendar,
                otherObligations);
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        if (FirmOnly.refused(authorityService, res)) {
            return;
        }
        NodeRef caseNode;
        try {
            caseNode = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("case"));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Map<QName, Serializable> p;
        try {
            if (!nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                notFound(res, caseNode);
                return;
            }
            p = nodeService.getProperties(caseNode);
        } catch (AccessDeniedException notReadable) {
            notFound(res, caseNode);
            return;
        }

        Optional<LibraryPlaces.Place> place = new LibraryPlaces(nodeService).of(caseNode);
        CaseSummary.CaseFacts facts = new CaseSummary.CaseFacts(caseNode.toString(),
                text(p, ImmModel.PROP_CASE_NUMBER), text(p, ImmModel.PROP_CASE_TYPE),
                text(p, ImmModel.PROP_CASE_STATUS), text(p, ImmModel.PROP_BENEFICIARY_NAME),
                text(p, ImmModel.PROP_PETITIONER_NAME), text(p, ImmModel.PROP_PETITIONER_KIND),
                text(p, ImmModel.PROP_RECEIPT_NUMBER), text(p, ImmModel.PROP_A_NUMBER),
                text(p, ImmModel.PROP_RESPONSIBLE_ATTORNEY), day(p.get(ImmModel.PROP_PRIORITY_DATE)),
                day(p.get(ImmModel.PROP_OPENED_ON)), day(p.get(ImmModel.PROP_CLOSED_ON)),
                day(p.get(ImmModel.PROP_CASE_DEADLINE)), text(p, ImmModel.PROP_CASE_DEADLINE_RULE),
                place.map(LibraryPlaces.Place::site).orElse(null),
                place.map(LibraryPlaces.Place::path).orElse(null), client(caseNode));

        RepositorySummaryLabels labels = new RepositorySummaryLabels(dictionaryService, directory, engagements);
        CaseSummaryReader reader = new CaseSummaryReader(nodeService, nodes, dictionaryService, workflowService,
                auditService, versionService, historyService, ledger, obligations, firmCalendar, labels);
        CaseSummary.Contents contents = reader.read(caseNode, place.map(LibraryPlaces.Place::path).orElse(null),
                p.get(ContentModel.PROP_CREATED) instanceof Date created ? created : null);
        LocalDate today = firmCalendar.today(clock);
        JsonExchange.write(res, Status.STATUS_OK, summary.toJson(facts, contents, labels, today));
    }

    /** The client folder the case is filed under, if the caller may read it. */
    private Optional<CaseSummary.ClientRef> client(NodeRef caseNode) {
        try {
            ChildAssociationRef parent = nodeService.getPrimaryParent(caseNode);
            NodeRef node = parent == null ? null : parent.getParentRef();
            // a case lies in its client's folder, possibly in a sub-folder of it
            for (int depth = 0; node != null && depth < 3; depth++) {
                if (ImmModel.TYPE_CLIENT.equals(nodeService.getType(node))) {
                    Map<QName, Serializable> p = nodeService.getProperties(node);
                    String name = text(p, ImmModel.PROP_CLIENT_NAME);
                    return Optional.of(new CaseSummary.ClientRef(node.toString(),
                            name.isBlank() ? text(p, ContentModel.PROP_NAME) : name));
                }
                ChildAssociationRef up = nodeService.getPrimaryParent(node);
                node = up == null ? null : up.getParentRef();
            }
        } catch (AccessDeniedException notReadable) {
            // the client folder is not the caller's to read: the page shows no client
        }
        return Optional.empty();
    }

    private static void notFound(WebScriptResponse res, NodeRef caseNode) throws IOException {
        JsonExchange.error(res, Status.STATUS_NOT_FOUND, CaseSummary.caseNotFound(caseNode.toString()));
    }

    private Optional<LocalDate> day(Serializable value) {
        return value instanceof Date d ? Optional.of(firmCalendar.dayOf(d)) : Optional.empty();
    }

    private static String text(Map<QName, Serializable> props, QName name) {
        Serializable v = props.get(name);
        return v == null ? "" : v.toString();
    }
}
