package org.lpodesk.alfresco.cases;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.cases.list.OpenCases;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases?skip=&max=}: the open cases the current user may read, by case
 * number, with the labels of their case type and status (the model's list labels in the
 * request's locale), for Share's case pickers and lists. The page and the closed-case filter are
 * core's {@link OpenCases}; the database answers.
 */
public final class OpenCasesWebScript extends AbstractWebScript {

    private final DatabaseQuery query;
    private final NodeService nodeService;
    private final OpenCases openCases;

    public OpenCasesWebScript(SearchService searchService, NodeService nodeService, OpenCases openCases) {
        this.query = new DatabaseQuery(searchService);
        this.nodeService = nodeService;
        this.openCases = openCases;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        OpenCases.Page page;
        try {
            page = openCases.page(JsonExchange.arguments(req));
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

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
