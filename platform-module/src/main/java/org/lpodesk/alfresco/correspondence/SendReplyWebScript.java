package org.lpodesk.alfresco.correspondence;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.UserRefusal;
import org.lpodesk.correspondence.SendRequest;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/correspondence/{id}/send}: a firm member sends an approved reply
 * ({@link ReplySender}). 200 when the mail server took it, with its Message-ID; 202 when the mail
 * server failed it and the repository will try again (the error and the next attempt given); 400
 * naming a bad field; 403 for anyone but firm staff, or without a valid attorney approval of the
 * current version; 404 for no such document; 409 when it was sent or queued already; 422 when it
 * is not a reply of a case. The web script runs without a transaction of its own: the request is
 * queued in one, the mail leaves outside any, the outcome is recorded in another.
 */
public final class SendReplyWebScript extends AbstractWebScript {

    private final ReplySender sender;
    private final NodeService nodeService;
    private final TransactionService transactionService;
    private final Locale locale;

    public SendReplyWebScript(ReplySender sender, NodeService nodeService, TransactionService transactionService,
                              Locale locale) {
        this.sender = sender;
        this.nodeService = nodeService;
        this.transactionService = transactionService;
        this.locale = locale;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        SendRequest request;
        NodeRef reply;
        try {
            String id = JsonExchange.arguments(req).requiredText("id");
            reply = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
            request = SendRequest.parse(JsonExchange.body(req), locale);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        boolean exists = transactionService.getRetryingTransactionHelper()
                .doInTransaction(() -> nodeService.exists(reply), true, false);
        if (!exists) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    "No document " + reply + " exists, or you may not read it."));
            return;
        }
        ReplySender.Outcome outcome;
        try {
            outcome = sender.send(reply, request);
        } catch (RuntimeException refused) {
            UserRefusal refusal = UserRefusal.in(refused).orElseThrow(() -> refused);
            JsonExchange.error(res, refusal.refusalKind().httpStatus(), (RuntimeException) refusal);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", outcome.state().name());
        body.put("messageId", outcome.messageId());
        body.put("sentAt", outcome.sentAt() == null ? null : outcome.sentAt().toString());
        body.put("error", outcome.error());
        body.put("nextAttemptAt", outcome.nextAttemptAt() == null ? null : outcome.nextAttemptAt().toString());
        int status = switch (outcome.state()) {
            case SENT -> Status.STATUS_OK;
            case RETRYING -> Status.STATUS_ACCEPTED;
            default -> Status.STATUS_CONFLICT;
        };
        JsonExchange.write(res, status, body);
    }
}
