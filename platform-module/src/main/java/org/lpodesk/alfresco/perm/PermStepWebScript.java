package org.lpodesk.alfresco.perm;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.datatype.DefaultTypeConverter;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.GUID;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.perm.PermInputRules;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermStepKind;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/cases/perm/steps?case=<nodeRef>}: records a recruitment step of a PERM case
 * under it ({@code imm:recruitmentSteps}). Share's create form of {@code imm:recruitmentStep} posts
 * here ({@code prop_imm_stepKind}, {@code prop_imm_stepStart}, ...; a form processor would file it
 * under {@code cm:contains}); integrators may send {@code kind}, {@code start}, {@code end},
 * {@code where}. Created as the caller; the dates are stored as the form processor stores them,
 * and {@code PermCaseKeeper} judges the step with the case at commit: a step ending before it
 * starts or a Sunday advertisement on a weekday is refused (422) before anything is written.
 */
public final class PermStepWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final PermRecords records;
    private final FirmCalendar firmCalendar;
    private final PermInputRules rules = new PermInputRules();

    /** @param nodeService the permission-checked node service, which creates the step as the caller */
    public PermStepWebScript(NodeService nodeService, PermissionService permissionService, PermRecords records,
                             FirmCalendar firmCalendar) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.records = records;
        this.firmCalendar = firmCalendar;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef caseNode;
        Map<QName, Serializable> props = new HashMap<>();
        try {
            caseNode = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("case"));
            RequestArguments body = RequestArguments.of(JsonExchange.body(req));
            String kind = stepKind(field(body, "kind", ImmModel.PROP_STEP_KIND)).name();
            props.put(ImmModel.PROP_STEP_KIND, kind);
            props.put(ImmModel.PROP_STEP_START, date(body, "start", ImmModel.PROP_STEP_START));
            props.put(ImmModel.PROP_STEP_END, date(body, "end", ImmModel.PROP_STEP_END));
            props.put(ImmModel.PROP_STEP_WHERE, body.optionalText("prop_imm_stepWhere").or(() -> body.optionalText("where"))
                    .orElse(""));
            props.put(ContentModel.PROP_NAME, kind.toLowerCase() + "-" + GUID.generate());
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        try {
            // the same rule the repository holds at commit, answered before anything is written
            rules.checkStep(new PermRecord.Step("new", stepKind(props.get(ImmModel.PROP_STEP_KIND).toString()),
                    firmCalendar.dayOf((java.util.Date) props.get(ImmModel.PROP_STEP_START)),
                    firmCalendar.dayOf((java.util.Date) props.get(ImmModel.PROP_STEP_END)), "", java.util.List.of()));
        } catch (InvalidArgumentException refused) {
            JsonExchange.error(res, refused.refusalKind().httpStatus(), refused);
            return;
        }
        if (permissionService.hasPermission(caseNode, PermissionService.READ_PROPERTIES) != AccessStatus.ALLOWED
                || !records.isPermCase(caseNode)) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(PermMessages.format("perm.web.no-perm-case", caseNode)));
            return;
        }
        if (permissionService.hasPermission(caseNode, PermissionService.CREATE_CHILDREN) != AccessStatus.ALLOWED) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN,
                    new NotAllowedException(PermMessages.format("perm.web.not-allowed")));
            return;
        }
        NodeRef step = nodeService.createNode(caseNode, ImmModel.ASSOC_RECRUITMENT_STEPS,
                QName.createQName(ImmModel.URI, QName.createValidLocalName(props.get(ContentModel.PROP_NAME).toString())),
                ImmModel.TYPE_RECRUITMENT_STEP, props).getChildRef();
        Map<String, Object> answer = new HashMap<>();
        answer.put("persistedObject", step.toString());
        answer.put("case", caseNode.toString());
        JsonExchange.write(res, Status.STATUS_OK, answer);
    }

    private static PermStepKind stepKind(String kind) {
        try {
            return PermStepKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidArgumentException("kind", PermMessages.format("perm.web.unknown-kind", kind));
        }
    }

    private static String field(RequestArguments body, String plain, QName property) {
        return body.optionalText("prop_" + ImmModel.PREFIX + "_" + property.getLocalName())
                .or(() -> body.optionalText(plain))
                .orElseThrow(() -> new InvalidArgumentException(plain, PermMessages.format("perm.web.missing", plain)));
    }

    /** A date as Share's date control or an integrator sends it (ISO 8601), converted as the form processor converts it. */
    private static java.util.Date date(RequestArguments body, String plain, QName property) {
        String value = field(body, plain, property);
        try {
            return DefaultTypeConverter.INSTANCE.convert(java.util.Date.class, value);
        } catch (RuntimeException malformed) {
            throw new InvalidArgumentException(plain, PermMessages.format("perm.web.bad-date", plain, value));
        }
    }
}
