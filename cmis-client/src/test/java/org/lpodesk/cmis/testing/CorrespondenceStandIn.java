package org.lpodesk.cmis.testing;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.lpodesk.correspondence.CorrespondenceThreads;
import org.lpodesk.correspondence.FiledMessage;
import org.lpodesk.correspondence.MailDirection;

/**
 * What LPO Desk's repository answers for {@code GET /lpodesk/cases/{id}/correspondence}
 * (CorrespondenceWebScript), grouped by core's {@link CorrespondenceThreads} as the repository
 * groups it, over a fixed correspondence of any case asked: a client's question with an
 * attachment and the firm's sent answer, a newer draft reply in a second conversation, and one
 * message held in quarantine. Not emulated: the SMTP server and the case handler (CaseMailIT
 * covers them), who may read what.
 */
final class CorrespondenceStandIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI();
        String caseId = path.replaceAll(".*/cases/([^/]+)/correspondence$", "$1");
        List<FiledMessage> filed = List.of(
                new FiledMessage("workspace://SpacesStore/q1", "<q1@client.example>", MailDirection.INBOUND,
                        "maria@client.example", List.of("imm-2026-00014@firm.example"),
                        Instant.parse("2026-12-01T14:00:00Z"), "Passport", null, "Here is my passport.", List.of()),
                new FiledMessage("workspace://SpacesStore/a1", "<q1@client.example>", MailDirection.OUTBOUND,
                        "firm@firm.example", List.of("maria@client.example"), Instant.parse("2026-12-02T15:30:00Z"),
                        "Re: Passport", "SENT", "Thank you, we have it.", List.of()),
                new FiledMessage("workspace://SpacesStore/d1", null, MailDirection.OUTBOUND, null,
                        List.of("maria@client.example"), Instant.parse("2026-12-03T16:00:00Z"), "Diplomas", "DRAFT",
                        "Please send your diplomas.", List.of()));
        List<Object> threads = new ArrayList<>();
        for (CorrespondenceThreads.Thread t : CorrespondenceThreads.of(filed)) {
            Map<String, Object> thread = new LinkedHashMap<>();
            thread.put("thread", t.id());
            thread.put("subject", t.subject());
            thread.put("latest", t.latest().toString());
            List<Object> messages = new ArrayList<>();
            for (FiledMessage m : t.messages()) {
                Map<String, Object> row = row(m);
                row.put("attachments", m.id().endsWith("q1")
                        ? List.of(Map.of("id", "workspace://SpacesStore/f1", "name", "passport.pdf", "executable", false))
                        : List.of());
                messages.add(row);
            }
            thread.put("messages", messages);
            threads.add(thread);
        }
        Map<String, Object> held = row(new FiledMessage("workspace://SpacesStore/h1", "<h1@spam.example>",
                MailDirection.INBOUND, "stranger@spam.example", List.of("imm-2026-00014@firm.example"),
                Instant.parse("2026-12-03T08:00:00Z"), "Invoice", null, "Open the attachment.",
                List.of("The message has no Date header; the time it was received is taken instead.")));
        held.put("attachments", List.of(Map.of("id", "workspace://SpacesStore/f2", "name", "invoice.pdf.exe",
                "executable", true)));
        held.put("reason", "stranger@spam.example is not an address recorded for this case's client or for the firm's staff.");
        JSONObject body = new JSONObject();
        body.put("caseId", "workspace://SpacesStore/" + caseId);
        body.put("caseNumber", "IMM-2026-00014");
        body.put("address", "imm-2026-00014@firm.example");
        body.put("threads", threads);
        body.put("quarantine", List.of(held));
        body.put("mayAct", true);
        res.setContentType("application/json");
        res.setCharacterEncoding("UTF-8");
        res.getOutputStream().write(body.toJSONString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> row(FiledMessage m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("direction", m.direction().name());
        row.put("from", m.from());
        row.put("to", m.to());
        row.put("at", m.at().toString());
        row.put("subject", m.subject());
        row.put("state", m.state());
        row.put("text", m.excerpt());
        row.put("warnings", m.warnings());
        return row;
    }
}
