package org.lpodesk.alfresco.uscis;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.datatype.DefaultTypeConverter;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.cmr.workflow.WorkflowTaskState;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.uscis.ManualStatus;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.UscisMessages;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/cases/uscis-status[?case=<nodeRef>]}: records what a person read on USCIS's
 * case status page. Share's create form of {@code imm:statusCheck} posts its fields
 * ({@code prop_imm_checkReceiptNumber}, ...), integrators {@code receiptNumber}, {@code statusText},
 * {@code statusDescription}, {@code formType}, {@code uscisModified} (a date), {@code screenshot} (a
 * document's nodeRef). The case is the one holding the receipt number. Firm staff who may read the
 * case record; so does an LPO associate working a "case status check" task of that case, and no
 * other LPO user. 400 for bad input, 403/404 as above, 404 for a receipt number no case holds;
 * nothing is stored on a refusal. A change of status raises its events in the same transaction.
 */
public final class RecordStatusWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final AuthorityService authorityService;
    private final WorkflowService workflowService;
    private final StatusRecorder recorder;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    /** @param nodeService the permission-checked node service */
    public RecordStatusWebScript(NodeService nodeService, PermissionService permissionService,
                                 AuthorityService authorityService, WorkflowService workflowService, StatusRecorder recorder,
                                 FirmCalendar firmCalendar, Clock clock) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.authorityService = authorityService;
        this.workflowService = workflowService;
        this.recorder = recorder;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        StatusCheck check;
        Optional<NodeRef> named;
        Optional<NodeRef> screenshot;
        try {
            named = JsonExchange.arguments(req).optionalText("case").map(NodeRef::new);
            RequestArguments body = RequestArguments.of(JsonExchange.body(req));
            Instant now = clock.instant();
            Optional<Instant> modified = field(body, "uscisModified", "prop_imm_uscisModified").map(this::instant);
            check = ManualStatus.check(field(body, "receiptNumber", "prop_imm_checkReceiptNumber").orElse(""),
                    field(body, "statusText", "prop_imm_uscisStatusText").orElse(""),
                    field(body, "statusDescription", "prop_imm_uscisStatusDescription").orElse(""),
                    field(body, "formType", "prop_imm_checkFormType").orElse(""), modified, now, user);
            screenshot = field(body, "screenshot", "assoc_imm_checkScreenshot_added").map(s -> s.split(",")[0].strip())
                    .filter(s -> !s.isEmpty()).map(this::readableDocument);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        NodeRef caseNode;
        try {
            caseNode = AuthenticationUtil.runAsSystem(() -> recorder.caseOf(check.receiptNumber()));
        } catch (IllegalArgumentException unknown) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, unknown);
            return;
        }
        if (named.isPresent() && !named.get().equals(caseNode)) {
            JsonExchange.badRequest(res, new IllegalArgumentException(UscisMessages.format("web.otherCase",
                    check.receiptNumber())));
            return;
        }
        Set<String> authorities = authorityService.getAuthorities();
        boolean firm = authorityService.hasAdminAuthority() || authorities.contains(FirmGroup.ATTORNEYS.authority())
                || authorities.contains(FirmGroup.PARALEGALS.authority()) || authorities.contains(FirmGroup.ADMINS.authority());
        if (firm && permissionService.hasPermission(caseNode, PermissionService.READ) != AccessStatus.ALLOWED) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(UscisMessages.format("lookup.unknownReceipt", check.receiptNumber())));
            return;
        }
        if (!firm && !worksStatusCheckOf(user, caseNode)) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN,
                    new IllegalArgumentException(UscisMessages.format("web.notAllowed")));
            return;
        }
        StatusRecorder.Recorded recorded = AuthenticationUtil.runAsSystem(() -> recorder.record(check, screenshot));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("persistedObject", recorded.checkNode().toString());
        answer.put("case", recorded.caseNode().toString());
        answer.put("receiptNumber", check.receiptNumber().value());
        answer.put("changed", recorded.changed());
        JsonExchange.write(res, Status.STATUS_CREATED, answer);
    }

    /** Whether the LPO user has an open outsourcing task of kind "case status check" for the case. */
    private boolean worksStatusCheckOf(String user, NodeRef caseNode) {
        for (WorkflowTask task : workflowService.getAssignedTasks(user, WorkflowTaskState.IN_PROGRESS)) {
            String instance = task.getPath().getInstance().getId();
            Map<org.alfresco.service.namespace.QName, Serializable> start = AuthenticationUtil.runAsSystem(() -> {
                WorkflowTask startTask = workflowService.getStartTask(instance);
                return startTask == null ? Map.of() : startTask.getProperties();
            });
            if (TaskKind.CASE_STATUS_CHECK.name().equals(String.valueOf(start.get(ImmwfModel.PROP_TASK_KIND)))
                    && caseNode.toString().equals(String.valueOf(start.get(ImmwfModel.PROP_CASE_ID)))) {
                return true;
            }
        }
        return false;
    }

    private NodeRef readableDocument(String id) {
        if (!NodeRef.isNodeRef(id)) {
            throw new IllegalArgumentException(UscisMessages.format("web.badScreenshot", id));
        }
        NodeRef node = new NodeRef(id);
        if (!nodeService.exists(node) || permissionService.hasPermission(node, PermissionService.READ) != AccessStatus.ALLOWED) {
            throw new IllegalArgumentException(UscisMessages.format("web.badScreenshot", id));
        }
        return node;
    }

    /** A day ({@code 2026-12-01}) as the start of that day in the firm's zone, or an ISO 8601 instant as Share sends it. */
    private Instant instant(String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(firmCalendar.zone()).toInstant();
        } catch (java.time.format.DateTimeParseException notADay) {
            try {
                return DefaultTypeConverter.INSTANCE.convert(java.util.Date.class, value).toInstant();
            } catch (RuntimeException malformed) {
                throw new IllegalArgumentException(UscisMessages.format("web.badDate", value));
            }
        }
    }

    private static Optional<String> field(RequestArguments body, String plain, String shareField) {
        return body.optionalText(shareField).or(() -> body.optionalText(plain)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
