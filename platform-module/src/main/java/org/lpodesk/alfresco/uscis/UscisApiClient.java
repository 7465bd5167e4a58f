package org.lpodesk.alfresco.uscis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.lpodesk.uscis.CaseStatusApi;

/**
 * The firm's USCIS Case Status API client, built once from the global properties
 * ({@code lpodesk.uscis.api.*}) and kept, so that its token is reused until it expires. Without a
 * client id and secret there is none: the manual and notice sources work without credentials.
 * The secret is read here and handed to core's client only; it is never logged.
 */
public final class UscisApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<CaseStatusApi> api;

    public UscisApiClient(String tokenUrl, String baseUrl, String clientId, String clientSecret, Clock clock) {
        this(tokenUrl, baseUrl, clientId, clientSecret, clock, UscisApiClient::sleep);
    }

    UscisApiClient(String tokenUrl, String baseUrl, String clientId, String clientSecret, Clock clock,
                   Consumer<Duration> sleep) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            this.api = Optional.empty();
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.api = Optional.of(new CaseStatusApi(new CaseStatusApi.Settings(URI.create(tokenUrl.strip()),
                URI.create(baseUrl.strip()), clientId.strip(), clientSecret.strip().toCharArray()), http, UscisApiClient::parse,
                clock, sleep));
    }

    public Optional<CaseStatusApi> api() {
        return api;
    }

    private static Object parse(String body) {
        try {
            return JSON.readValue(body, Object.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
