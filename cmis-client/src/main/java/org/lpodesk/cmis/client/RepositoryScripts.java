package org.lpodesk.cmis.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser;
import org.lpodesk.cmis.Messages;

/**
 * LPO Desk's repository web scripts, for the operations whose rules live in the repository and
 * have no CMIS form: a status read on USCIS's page is recorded by the repository's recorder (it
 * judges the change and raises its events), not written as a CMIS object. Same server and
 * credentials as the CMIS connection; {@code https://host/alfresco/api/-default-/public/cmis/...}
 * gives {@code https://host/alfresco/s/}.
 */
public final class RepositoryScripts {

    /** What the repository answered to a recorded status. */
    public record Recorded(String checkId, String caseId, String receiptNumber, boolean changed) {
    }

    /** The repository refused the request: its HTTP status and its sentence. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        RefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final URI serviceBase;
    private final String authorization;
    private final HttpClient http;

    /** @param serviceBase the repository's web script root, e.g. {@code http://127.0.0.1:8080/alfresco/s/} */
    public RepositoryScripts(URI serviceBase, String user, char[] password) {
        String base = serviceBase.toString();
        this.serviceBase = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + new String(password))
                .getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** The web scripts of the Alfresco serving this CMIS browser binding URL. */
    public static RepositoryScripts forConnection(CmisConnection connection) {
        String url = connection.url();
        int api = url.indexOf("/api/-default-/");
        if (api < 0) {
            throw new IllegalArgumentException(Messages.get("scripts.notAlfresco", url));
        }
        return new RepositoryScripts(URI.create(url.substring(0, api) + "/s/"), connection.user(), connection.password());
    }

    /**
     * Records what a person read on USCIS's case status page for one of a case's receipt numbers.
     *
     * @param uscisModified the date USCIS gives for its last change, or null
     * @throws RefusedException with the repository's sentence (a malformed receipt number, no case holding it, ...)
     */
    public Recorded recordUscisStatus(String receiptNumber, String statusText, String description, String formType,
                                      LocalDate uscisModified) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receiptNumber", receiptNumber);
        body.put("statusText", statusText);
        if (description != null) {
            body.put("statusDescription", description);
        }
        if (formType != null) {
            body.put("formType", formType);
        }
        if (uscisModified != null) {
            body.put("uscisModified", uscisModified.toString());
        }
        Map<?, ?> answer = post("lpodesk/cases/uscis-status", body);
        return new Recorded(String.valueOf(answer.get("persistedObject")), String.valueOf(answer.get("case")),
                String.valueOf(answer.get("receiptNumber")), Boolean.TRUE.equals(answer.get("changed")));
    }

    /**
     * A vendor's outsourcing report for a quarter, as the repository computes it: JSON, or the CSV
     * of one table ({@code indicators}, {@code packages}, {@code cases}, {@code attorneys}).
     *
     * @throws RefusedException with the repository's sentence (an unknown vendor, a user who may not see it, ...)
     */
    public String vendorReport(String vendor, org.lpodesk.outsourcing.report.Quarter quarter, String granularity,
                               String format, String table) {
        return new String(get("lpodesk/reports/outsourcing?from=" + quarter.firstDay() + "&to=" + quarter.lastDay()
                + "&vendor=" + encode(vendor) + "&granularity=" + encode(granularity) + "&format=" + encode(format)
                + "&table=" + encode(table)), StandardCharsets.UTF_8);
    }

    /** The vendor's quarterly scorecard as the repository renders it (PDF bytes). */
    public byte[] vendorScorecard(String vendor, org.lpodesk.outsourcing.report.Quarter quarter) {
        return get("lpodesk/reports/scorecard?vendor=" + encode(vendor) + "&quarter=" + quarter);
    }

    /**
     * A case's correspondence as the repository groups it ({@code GET /lpodesk/cases/{id}/correspondence}):
     * its address, its conversations with each message's readable text, its held messages.
     *
     * @param caseId the case folder's object id (a version suffix is dropped)
     */
    public String caseCorrespondence(String caseId) {
        String id = caseId.contains(";") ? caseId.substring(0, caseId.indexOf(';')) : caseId;
        id = id.substring(id.lastIndexOf('/') + 1);
        return new String(get("lpodesk/cases/" + encode(id) + "/correspondence"), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private byte[] get(String path) {
        HttpRequest request = HttpRequest.newBuilder(serviceBase.resolve(path))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("scripts.unreachable", serviceBase, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Messages.get("scripts.interrupted"), e);
        }
        if (response.statusCode() / 100 != 2) {
            Object parsed = parse(new String(response.body(), StandardCharsets.UTF_8));
            String message = parsed instanceof Map<?, ?> m && m.get("message") != null ? m.get("message").toString()
                    : Messages.get("scripts.refused", response.statusCode());
            throw new RefusedException(response.statusCode(), message);
        }
        return response.body();
    }

    private Map<?, ?> post(String path, Map<String, Object> body) {
        HttpRequest request = HttpRequest.newBuilder(serviceBase.resolve(path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("scripts.unreachable", serviceBase, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Messages.get("scripts.interrupted"), e);
        }
        Object parsed = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = parsed instanceof Map<?, ?> m && m.get("message") != null ? m.get("message").toString()
                    : Messages.get("scripts.refused", response.statusCode());
            throw new RefusedException(response.statusCode(), message);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalStateException(Messages.get("scripts.unreadable", response.statusCode()));
        }
        return map;
    }

    private static String json(Map<String, Object> body) {
        JSONObject json = new JSONObject();
        json.putAll(body);
        return json.toJSONString();
    }

    private static Object parse(String body) {
        try {
            return body == null || body.isBlank() ? null : new JSONParser().parse(body);
        } catch (JSONParseException unreadable) {
            return null;
        }
    }
}
