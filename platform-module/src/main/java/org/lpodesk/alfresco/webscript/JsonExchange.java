package org.lpodesk.alfresco.webscript;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONException;
import org.json.JSONObject;
import org.lpodesk.api.ApiMessages;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.Json;
import org.lpodesk.api.RequestArguments;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * The request and answer plumbing every LPO Desk web script shares: arguments from the URL
 * template and the query string, a JSON object body, JSON answers, and the one place that turns
 * a validation failure into HTTP 400 with the message naming the argument. The framework's
 * declared transaction rolls back whenever the script throws, so a refusal changes nothing.
 */
public final class JsonExchange {

    private JsonExchange() {
    }

    /** URL template variables first, then query parameters. */
    public static RequestArguments arguments(WebScriptRequest req) {
        Map<String, String> vars = req.getServiceMatch() == null ? Map.of() : req.getServiceMatch().getTemplateVars();
        return RequestArguments.of(name -> vars.containsKey(name) ? vars.get(name) : req.getParameter(name));
    }

    /** The body as nested maps and lists; 400 when it is not a JSON object. */
    public static Map<String, Object> body(WebScriptRequest req) {
        try {
            String text = req.getContent() == null ? "" : req.getContent().getContent();
            return new HashMap<>(new JSONObject(text).toMap());
        } catch (IOException | JSONException e) {
            throw new InvalidArgumentException("body", ApiMessages.format("argument.body", e.getMessage()));
        }
    }

    public static void write(WebScriptResponse res, int status, Object value) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        Writer writer = res.getWriter();
        writer.write(Json.write(value));
        writer.flush();
    }

    /**
     * Starts a 200 CSV download named {@code fileName} (UTF-8, never cached: it holds client
     * data); the caller writes the rows to the returned writer and flushes it.
     */
    public static Writer csv(WebScriptResponse res, String fileName) throws IOException {
        res.setStatus(Status.STATUS_OK);
        res.setContentType("text/csv");
        res.setContentEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return res.getWriter();
    }

    /** 400 for a bad argument, naming it. */
    public static void badRequest(WebScriptResponse res, IllegalArgumentException e) throws IOException {
        error(res, Status.STATUS_BAD_REQUEST, e);
    }

    public static void error(WebScriptResponse res, int status, RuntimeException e) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", e.getMessage());
        if (e instanceof InvalidArgumentException invalid) {
            body.put("argument", invalid.argument());
        }
        write(res, status, body);
    }
}
