package org.lpodesk.alfresco.perm;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.Locale;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.alfresco.webscript.FirmOnly;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.perm.PermJson;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermTracker;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases/perm?case=<nodeRef>}: a PERM case's record and the timeline core
 * computes from it (window with the rule of each end, violations with their rule, clocks with
 * the days left), for the case page's PERM section and the kit's {@code perm show}. Firm staff
 * only (403 for LPO users, as the case page); 404 for a case the caller cannot read; 422 for a
 * case that is not a PERM case.
 */
public final class PermWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final PermRecords records;
    private final PermTracker tracker;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    /** @param nodeService the permission-checked node service: only a case the caller may read is answered */
    public PermWebScript(NodeService nodeService, AuthorityService authorityService, PermRecords records, PermTracker tracker,
                         FirmCalendar firmCalendar, Clock clock) {
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.records = records;
        this.tracker = tracker;
        this.firmCalendar = firmCalendar;
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
        Serializable caseNumber;
        try {
            if (!nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                        new IllegalArgumentException(PermMessages.format("perm.web.no-case", caseNode)));
                return;
            }
            caseNumber = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER);
        } catch (AccessDeniedException notReadable) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(PermMessages.format("perm.web.no-case", caseNode)));
            return;
        }
        if (!records.isPermCase(caseNode)) {
            JsonExchange.error(res, 422, new IllegalArgumentException(PermMessages.format("perm.web.not-perm", caseNumber)));
            return;
        }
        PermRecord record = AuthenticationUtil.runAsSystem(() -> records.read(caseNode));
        Locale locale = I18NUtil.getLocale();
        JsonExchange.write(res, Status.STATUS_OK, PermJson.toJson(caseNode.toString(), String.valueOf(caseNumber), record,
                tracker.timeline(record), kind -> ListLabels.of("imm:permStepKinds", kind), locale, firmCalendar.today(clock)));
    }
}
