package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.deadline.VendorDueDate;
import org.lpodesk.deadline.VendorDueDatePlanner;
import org.lpodesk.deadline.VendorDueDateRefusedException;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/outsourcing/due-date?case=<nodeRef>}: the latest vendor due date that
 * still leaves the firm's review buffer and filing time before the case deadline (core's
 * {@link VendorDueDatePlanner}). 400 for a malformed case reference; 404 when the case does not
 * exist for this user; 409 when no vendor due date is possible any more. A case with no deadline
 * yet is ordinary: it answers 200 with nothing to suggest.
 */
public final class DueDateWebScript extends AbstractWebScript {

    private final AlfrescoCases cases;
    private final VendorDueDatePlanner planner;

    public DueDateWebScript(AlfrescoCases cases, VendorDueDatePlanner planner) {
        this.cases = cases;
        this.planner = planner;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String caseRef;
        try {
            caseRef = JsonExchange.arguments(req).requiredNodeRef("case");
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (!cases.exists(caseRef)) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    "Case " + caseRef + " does not exist or is not visible to you."));
            return;
        }
        Optional<LocalDate> deadline = cases.deadline(caseRef);
        if (deadline.isEmpty()) {
            // a case without a deadline is ordinary (nothing dated yet): nothing to suggest, no error
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("case", caseRef);
            none.put("caseDeadline", null);
            none.put("latestVendorDueDate", null);
            JsonExchange.write(res, Status.STATUS_OK, none);
            return;
        }
        VendorDueDate due;
        try {
            due = planner.suggest(deadline.get());
        } catch (VendorDueDateRefusedException noTime) {
            JsonExchange.error(res, Status.STATUS_CONFLICT, noTime);
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("case", caseRef);
        answer.put("caseDeadline", due.caseDeadline());
        answer.put("latestVendorDueDate", due.latestAllowed());
        answer.put("sendBy", due.sendBy());
        answer.put("reviewBufferBusinessDays", due.policy().reviewBufferBusinessDays());
        answer.put("filingBusinessDays", due.policy().filingBusinessDays());
        answer.put("explanation", due.explain(Locale.getDefault()));
        JsonExchange.write(res, Status.STATUS_OK, answer);
    }
}
