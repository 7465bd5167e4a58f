package org.lpodesk.cmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.apache.chemistry.opencmis.commons.impl.json.JSONValue;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser;

/**
 * Alfresco's public REST API (v1) as one user, for what a live test needs besides CMIS: people,
 * group membership and workflows. JSON is read with OpenCMIS's own parser, already on the
 * classpath.
 */
final class AlfrescoRest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String publicApi;
    private final String authorization;

    /**
     * @param cmisBrowserUrl the CMIS browser binding URL of the same repository, e.g.
     *     {@code http://host/alfresco/api/-default-/public/cmis/versions/1.1/browser}
     */
    AlfrescoRest(String cmisBrowserUrl, String user, char[] password) {
        int at = cmisBrowserUrl.indexOf("/public/cmis/");
        if (at < 0) {
            throw new IllegalArgumentException("'" + cmisBrowserUrl + "' is not an Alfresco public CMIS URL "
                    + "(…/api/-default-/public/cmis/versions/1.1/browser)");
        }
        this.publicApi = cmisBrowserUrl.substring(0, at) + "/public";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    private AlfrescoRest(AlfrescoRest same, String user, char[] password) {
        this.publicApi = same.publicApi;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    /** The same server as another user. */
    AlfrescoRest as(String user, char[] password) {
        return new AlfrescoRest(this, user, password);
    }

    JSONObject get(String path) {
        return send("GET", path, null, 200);
    }

    /**
     * A call to the repository's web scripts ({@code /alfresco/service}), e.g. LPO Desk's own or the
     * form processor Share posts to.
     */
    JSONObject service(String method, String path, Map<String, ?> body, int expected) {
        return send(method, "/../../../service" + path, body, expected);
    }

    /** Any call to REST v1 or the workflow API, answering its status and body. */
    JSONObject call(String method, String path, Map<String, ?> body, int expected) {
        return send(method, path, body, expected);
    }

    /** Replaces a node's content with a text ({@code PUT /alfresco/versions/1/nodes/{id}/content}). */
    void putText(String path, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(publicApi + path).normalize())
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        int status = exchange(request).statusCode();
        if (status != 200) {
            throw new IllegalStateException("PUT " + path + " answered " + status);
        }
    }

    /** The status a call answers, whatever it is. */
    int status(String method, String path, Map<String, ?> body) {
        return exchange(jsonRequest(method, path, body)).statusCode();
    }

    private HttpRequest jsonRequest(String method, String path, Map<String, ?> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(publicApi + path).normalize())
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body)));
        }
        return request.build();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JSONObject post(String path, Map<String, ?> body, int expected) {
        return send("POST", path, body, expected);
    }

    JSONObject put(String path, Map<String, ?> body) {
        return send("PUT", path, body, 200);
    }

    void delete(String path) {
        send("DELETE", path, null, 204);
    }

    private JSONObject send(String method, String path, Map<String, ?> body, int expected) {
        HttpResponse<String> response = exchange(jsonRequest(method, path, body));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode()
                    + " (expected " + expected + "): " + response.body());
        }
        String text = response.body();
        try {
            return text == null || text.isBlank() ? new JSONObject() : (JSONObject) new JSONParser().parse(text);
        } catch (JSONParseException e) {
            throw new IllegalStateException(method + " " + path + " answered something that is not JSON", e);
        }
    }
}
