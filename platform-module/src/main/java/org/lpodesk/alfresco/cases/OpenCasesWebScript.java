package org.lpodesk.alfresco.cases;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.list.CaseList;
import org.lpodesk.cases.list.OpenCases;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.review.workflow.DirectoryPort;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases}: the firm's cases, for its users only (a member of an LPO vendor's
 * groups gets 403: the case list is never a vendor's to read).
 * <ul>
 * <li>With only {@code skip}/{@code max}: the case pickers' page of open cases by number, exactly as
 * before (core's {@link OpenCases}).</li>
 * <li>With any of core's {@link CaseList#LIST_ARGUMENTS}: the case list of a firm site, filtered,
 * sorted, paged or as a CSV download of every matching case. Core validates the arguments and writes
 * the query, which the database answers; this adapter adds what the query cannot see (the site whose
 * document library holds each case, its active outsourcing requests, the attorney's name) and core
 * filters, pages and writes the answer.</li>
 * </ul>
 */
public final class OpenCasesWebScript extends AbstractWebScript {

    private final DatabaseQuery query;
    private final NodeService nodeService;
    private final OpenCases openCases;
    private final CaseList caseList;
    private final SiteService siteService;
    private final ActiveOutsourcing outsourcing;
    private final AuthorityService authorityService;
    private final DirectoryPort directory;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    public OpenCasesWebScript(SearchService searchService, NodeService nodeService, OpenCases openCases,
                              CaseList caseList, SiteService siteService, WorkflowService workflowService,
                              AuthorityService authorityService, DirectoryPort directory, FirmCalendar firmCalendar,
                              Clock clock) {
        this.query = new DatabaseQuery(searchService);
        this.nodeService = nodeService;
        this.openCases = openCases;
        this.caseList = caseList;
        this.siteService = siteService;
        this.outsourcing = new ActiveOutsourcing(workflowService);
        this.authorityService = authorityService;
        this.directory = directory;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            CaseList.refuseVendorUsers(authorityService.getAuthorities(), authorityService.hasAdminAuthority());
        } catch (NotAllowedException vendor) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, vendor);
            return;
        }
        RequestArguments args = JsonExchange.arguments(req);
        boolean listRequest;
        try {
            listRequest = CaseList.isListRequest(args);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (listRequest) {
            list(args, res);
        } else {
            picker(args, res);
        }
    }

    private void picker(RequestArguments args, WebScriptResponse res) throws IOException {
        OpenCases.Page page;
        try {
            page = openCases.page(args);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        List<OpenCases.Row> rows = new ArrayList<>();
        for (NodeRef caseNode : query.nodes(page.cmisQuery(), page.skip(), page.max() + 1)) {
            Map<QName, Serializable> p = nodeService.getProperties(caseNode);
            String type = text(p.get(ImmModel.PROP_CASE_TYPE));
            String status = text(p.get(ImmModel.PROP_CASE_STATUS));
            rows.add(new OpenCases.Row(caseNode.toString(), text(p.get(ImmModel.PROP_CASE_NUMBER)), type,
                    ListLabels.of("imm:caseTypes", type), status, ListLabels.of("imm:caseStatuses", status),
                    text(p.get(ImmModel.PROP_BENEFICIARY_NAME)), text(p.get(ImmModel.PROP_PETITIONER_NAME))));
        }
        JsonExchange.write(res, Status.STATUS_OK, openCases.toJson(rows, page));
    }

    private void list(RequestArguments args, WebScriptResponse res) throws IOException {
        CaseList.Request request;
        List<CaseList.Candidate> selected;
        LibraryPlaces places = new LibraryPlaces(nodeService);
        Map<String, Integer> open;
        try {
            request = caseList.request(args, firmCalendar.today(clock));
            if (request.site().isPresent() && siteService.getSite(request.site().get()) == null) {
                JsonExchange.error(res, Status.STATUS_NOT_FOUND, CaseList.siteNotFound(request.site().get()));
                return;
            }
            // every row the query matches, one more than the cap to tell "too many"
            int limit = caseList.maxRows() + 1;
            List<NodeRef> matched = new ArrayList<>();
            for (String cmis : request.cmisQueries()) {
                if (matched.size() < limit) {
                    matched.addAll(query.nodes(cmis, 0, limit - matched.size()));
                }
            }
            open = outsourcing.perCase();
            List<CaseList.Candidate> candidates = new ArrayList<>(matched.size());
            for (NodeRef caseNode : matched) {
                String site = request.site().isPresent() ? places.of(caseNode).map(LibraryPlaces.Place::site).orElse(null) : null;
                candidates.add(new CaseList.Candidate(caseNode.toString(), site, open.getOrDefault(caseNode.toString(), 0)));
            }
            selected = caseList.select(candidates, request);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Map<String, String> names = new HashMap<>();
        List<CaseList.Row> rows = new ArrayList<>();
        for (CaseList.Candidate c : caseList.page(selected, request)) {
            rows.add(row(new NodeRef(c.nodeRef()), c.openOutsourcing(), places, names));
        }
        if (request.format() == CaseList.Format.CSV) {
            Writer writer = JsonExchange.csv(res, CaseList.csvFileName(request));
            caseList.writeCsv(rows, request, I18NUtil::getMessage, writer);
            writer.flush();
        } else {
            JsonExchange.write(res, Status.STATUS_OK, caseList.toJson(rows, selected.size(), request));
        }
    }

    private CaseList.Row row(NodeRef caseNode, int openOutsourcing, LibraryPlaces places, Map<String, String> names) {
        Map<QName, Serializable> p = nodeService.getProperties(caseNode);
        String type = text(p.get(ImmModel.PROP_CASE_TYPE));
        String status = text(p.get(ImmModel.PROP_CASE_STATUS));
        String attorney = text(p.get(ImmModel.PROP_RESPONSIBLE_ATTORNEY));
        String attorneyName = attorney.isEmpty() ? "" : names.computeIfAbsent(attorney, directory::displayName);
        Optional<LocalDate> deadline = p.get(ImmModel.PROP_CASE_DEADLINE) instanceof Date d
                ? Optional.of(firmCalendar.dayOf(d)) : Optional.empty();
        Optional<LibraryPlaces.Place> place = places.of(caseNode);
        return new CaseList.Row(caseNode.toString(), text(p.get(ImmModel.PROP_CASE_NUMBER)), type,
                ListLabels.of("imm:caseTypes", type), status, ListLabels.of("imm:caseStatuses", status),
                text(p.get(ImmModel.PROP_BENEFICIARY_NAME)), text(p.get(ImmModel.PROP_PETITIONER_NAME)), attorney,
                attorneyName, deadline, text(p.get(ImmModel.PROP_CASE_DEADLINE_RULE)), openOutsourcing,
                place.map(LibraryPlaces.Place::site).orElse(null), place.map(LibraryPlaces.Place::path).orElse(null),
                evidence(p), uscis(p));
    }

    /** The last good USCIS status the repository kept on the case (StatusRecords), once one was recorded. */
    private Optional<CaseList.UscisStatus> uscis(Map<QName, Serializable> p) {
        Serializable status = p.get(ImmModel.PROP_USCIS_LAST_STATUS);
        return status != null && !status.toString().isBlank() && p.get(ImmModel.PROP_USCIS_LAST_STATUS_AT) instanceof Date at
                ? Optional.of(new CaseList.UscisStatus(status.toString(), firmCalendar.dayOf(at))) : Optional.empty();
    }

    /** What the repository stored of the case's evidence (EvidenceCompletenessKeeper), once it computed it. */
    private static Optional<CaseList.Evidence> evidence(Map<QName, Serializable> p) {
        if (!(p.get(ImmModel.PROP_EVIDENCE_READY) instanceof Boolean ready)) {
            return Optional.empty();
        }
        return Optional.of(new CaseList.Evidence(ready, number(p.get(ImmModel.PROP_EVIDENCE_MISSING)),
                number(p.get(ImmModel.PROP_EVIDENCE_REQUIRED)), text(p.get(ImmModel.PROP_EVIDENCE_SUMMARY))));
    }

    private static int number(Serializable value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
