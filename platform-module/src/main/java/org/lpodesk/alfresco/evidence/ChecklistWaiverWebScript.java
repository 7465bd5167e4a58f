package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.checklist.TagRefusedException;
import org.lpodesk.evidence.completeness.Completeness;
import org.lpodesk.evidence.completeness.Waiver;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/cases/checklist/waivers} (record or re-word an attorney's waiver of an item)
 * and {@code DELETE ...?case=&item=} (withdraw it). Attorneys only (403 otherwise); the reason is
 * required (400); an item the case's checklist does not have is refused (422). The waiver is a child
 * record of the case ({@code imm:evidenceWaivers}), written as the system user after these checks so
 * that its author is the attorney's name in it, not a permission of the case folder; the case's
 * completeness follows at commit. Answers the checklist as it now stands.
 */
public final class ChecklistWaiverWebScript extends AbstractWebScript {

    private final ChecklistAnswers answers;
    private final NodeService nodeService;
    private final ChecklistCatalogue catalogue;
    private final CaseEvidence evidence;
    private final FirmCalendar firmCalendar;
    private final Clock clock;
    private final boolean record;

    /**
     * @param nodeService the internal node service, used after the caller's checks
     * @param record      true for POST (record), false for DELETE (withdraw)
     */
    public ChecklistWaiverWebScript(ChecklistAnswers answers, NodeService nodeService, ChecklistCatalogue catalogue,
                                    CaseEvidence evidence, FirmCalendar firmCalendar, Clock clock, boolean record) {
        this.answers = answers;
        this.nodeService = nodeService;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
        this.record = record;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (!answers.callerIsAttorney()) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, new NotAllowedException(EvidenceMessages.format("waiver.attorneys-only", user)));
            return;
        }
        String caseRef;
        String itemId;
        String reason = null;
        try {
            RequestArguments args;
            if (record) {
                Map<String, Object> body = JsonExchange.body(req);
                args = RequestArguments.of(body);
                reason = args.optionalText("reason").orElse("");
            } else {
                args = JsonExchange.arguments(req);
            }
            caseRef = args.requiredNodeRef("case");
            itemId = args.requiredText("item");
            if (record && reason.isBlank()) {
                throw new InvalidArgumentException("reason", EvidenceMessages.format("waiver.no-reason", itemId));
            }
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        NodeRef caseNode = new NodeRef(caseRef);
        Optional<NodeRef> readable = answers.readableCaseOf(caseNode);
        if (readable.isEmpty() || !readable.get().equals(caseNode)) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(EvidenceMessages.format("checklist.no-case", caseRef)));
            return;
        }
        try {
            Completeness.checkWaivable(catalogue.checklistOf(caseNode), itemId);
        } catch (TagRefusedException unknown) {
            JsonExchange.error(res, 422, unknown);
            return;
        }
        Optional<NodeRef> existing = evidence.waiverOf(caseNode, itemId);
        if (record) {
            Waiver waiver = new Waiver(itemId, reason, user, firmCalendar.today(clock));
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ImmModel.PROP_WAIVED_ITEM, waiver.itemId());
            props.put(ImmModel.PROP_WAIVER_REASON, waiver.reason());
            props.put(ImmModel.PROP_WAIVED_BY, waiver.attorney());
            props.put(ImmModel.PROP_WAIVED_ON, CalendarDates.toDate(waiver.on()));
            AuthenticationUtil.runAsSystem(() -> {
                if (existing.isPresent()) {
                    nodeService.addProperties(existing.get(), props);
                } else {
                    // a case created before the waivers moved to imm:evidenceRecords gets the aspect now
                    if (!nodeService.hasAspect(caseNode, ImmModel.ASPECT_EVIDENCE_RECORDS)) {
                        nodeService.addAspect(caseNode, ImmModel.ASPECT_EVIDENCE_RECORDS, Map.of());
                    }
                    props.put(ContentModel.PROP_NAME, "waiver-" + itemId);
                    nodeService.createNode(caseNode, ImmModel.ASSOC_EVIDENCE_WAIVERS,
                            QName.createQName(ImmModel.URI, QName.createValidLocalName(itemId)),
                            ImmModel.TYPE_EVIDENCE_WAIVER, props);
                }
                return null;
            });
        } else {
            if (existing.isEmpty()) {
                JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                        new IllegalArgumentException(EvidenceMessages.format("waiver.none", itemId)));
                return;
            }
            AuthenticationUtil.runAsSystem(() -> {
                nodeService.deleteNode(existing.get());
                return null;
            });
        }
        JsonExchange.write(res, Status.STATUS_OK, answers.of(caseNode, caseNode));
    }
}
