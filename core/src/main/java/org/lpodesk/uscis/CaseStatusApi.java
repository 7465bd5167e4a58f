package org.lpodesk.uscis;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * USCIS's Case Status API (developer.uscis.gov) with the firm's own credentials: OAuth 2.0 client
 * credentials, the token kept until shortly before it expires; {@code GET /case-status/{receipt}}
 * with the bearer token. Every answer becomes a {@link StatusCheck}: a good one with the status
 * text and description exactly as USCIS gave them, or a failed one with its reason (404: not
 * found or protected, no retry; 429 and 503: waited for and tried again a few times, then left
 * for the next run; an answer for another receipt number or a body that cannot be read). A
 * token refused twice (401) stops the caller: the credentials are wrong and must be fixed.
 * The secret is never written anywhere, logs included.
 */
public final class CaseStatusApi {

    /** Tries of one request when USCIS says to slow down or is unavailable. */
    static final int ATTEMPTS = 3;
    /** A token is renewed this long before USCIS says it expires. */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    /**
     * @param tokenUri the OAuth token endpoint (sandbox or production)
     * @param baseUri  the Case Status API base ({@code …/case-status} is appended)
     */
    public record Settings(URI tokenUri, URI baseUri, String clientId, char[] clientSecret) {
        public Settings {
            Objects.requireNonNull(tokenUri, "tokenUri");
            Objects.requireNonNull(baseUri, "baseUri");
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.length == 0) {
                throw new IllegalArgumentException(UscisMessages.format("api.noCredentials"));
            }
        }

        @Override
        public String toString() {
            return "Settings[tokenUri=" + tokenUri + ", baseUri=" + baseUri + ", clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /** USCIS refused the firm's credentials: nothing more is asked until they are fixed. */
    public static final class CredentialsRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CredentialsRefusedException(String message) {
            super(message);
        }
    }

    private record Token(String value, Instant renewAt) {
    }

    private final Settings settings;
    private final HttpClient http;
    private final Function<String, Object> json;
    private final Clock clock;
    private final Consumer<Duration> sleep;
    private Token token;

    /**
     * @param json  parses a JSON body into maps and lists (the tier's own parser: core carries none)
     * @param sleep waits between tries (the job's thread; a test's recorder)
     */
    public CaseStatusApi(Settings settings, HttpClient http, Function<String, Object> json, Clock clock,
                         Consumer<Duration> sleep) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.sleep = sleep;
    }

    /** One check of a receipt number, by the system (the scheduled job) or a user asking for it. */
    public synchronized StatusCheck check(ReceiptNumber receipt, String checkedBy) {
        Instant at = clock.instant();
        HttpResponse<String> answer;
        try {
            answer = status(receipt, false);
            if (answer.statusCode() == 401) {
                token = null;
                answer = status(receipt, true);
                if (answer.statusCode() == 401) {
                    throw new CredentialsRefusedException(UscisMessages.format("api.credentialsRefused", settings.clientId()));
                }
            }
        } catch (IOException e) {
            return StatusCheck.failed(receipt, at, checkedBy, StatusSource.API, UscisMessages.format("api.unreachable", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StatusCheck.failed(receipt, at, checkedBy, StatusSource.API, UscisMessages.format("api.interrupted"));
        }
        return switch (answer.statusCode()) {
            case 200 -> read(receipt, at, checkedBy, answer.body());
            case 404 -> StatusCheck.failed(receipt, at, checkedBy, StatusSource.API, UscisMessages.format("api.notFound", receipt));
            case 422 -> StatusCheck.failed(receipt, at, checkedBy, StatusSource.API, UscisMessages.format("api.refused", receipt));
            case 429, 503 -> StatusCheck.failed(receipt, at, checkedBy, StatusSource.API,
                    UscisMessages.format("api.busy", answer.statusCode(), ATTEMPTS));
            default -> StatusCheck.failed(receipt, at, checkedBy, StatusSource.API,
                    UscisMessages.format("api.unexpected", answer.statusCode()));
        };
    }

    /** The status request, waited for and tried again while USCIS answers 429 or 503. */
    private HttpResponse<String> status(ReceiptNumber receipt, boolean renewed) throws IOException, InterruptedException {
        HttpResponse<String> answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUri() + "/case-status/" + receipt.value()))
                    .header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json").GET().build();
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 429 && answer.statusCode() != 503) {
                return answer;
            }
            if (attempt < ATTEMPTS) {
                sleep.accept(retryAfter(answer, attempt));
            }
        }
        return answer;
    }

    /** Retry-After in seconds when USCIS sends one, else 1, 2, 4 seconds. */
    private static Duration retryAfter(HttpResponse<String> answer, int attempt) {
        Optional<String> header = answer.headers().firstValue("Retry-After");
        if (header.isPresent()) {
            try {
                return Duration.ofSeconds(Math.max(1, Math.min(60, Long.parseLong(header.get().trim()))));
            } catch (NumberFormatException notSeconds) {
                // an HTTP date: fall back to the doubling wait
            }
        }
        return Duration.ofSeconds(1L << (attempt - 1));
    }

    private String token() throws IOException, InterruptedException {
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return token.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(new String(settings.clientSecret()), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(settings.tokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 400 || answer.statusCode() == 401) {
            throw new CredentialsRefusedException(UscisMessages.format("api.credentialsRefused", settings.clientId()));
        }
        if (answer.statusCode() != 200 || !(parse(answer.body()) instanceof Map<?, ?> body)
                || !(body.get("access_token") instanceof String value)) {
            throw new IOException(UscisMessages.format("api.noToken", answer.statusCode()));
        }
        long seconds = body.get("expires_in") instanceof Number n ? n.longValue() : 0;
        token = new Token(value, clock.instant().plusSeconds(seconds).minus(TOKEN_MARGIN));
        return value;
    }

    /** A 200 answer: the status of the receipt number asked about, or a failed check saying why not. */
    private StatusCheck read(ReceiptNumber receipt, Instant at, String by, String body) {
        if (!(parse(body) instanceof Map<?, ?> root) || !(root.get("case_status") instanceof Map<?, ?> status)) {
            return StatusCheck.failed(receipt, at, by, StatusSource.API, UscisMessages.format("api.unreadable"));
        }
        String answeredFor = String.valueOf(status.get("receiptNumber"));
        if (!receipt.value().equalsIgnoreCase(answeredFor)) {
            return StatusCheck.failed(receipt, at, by, StatusSource.API, UscisMessages.format("api.otherReceipt", answeredFor, receipt));
        }
        String text = status.get("current_case_status_text_en") instanceof String s ? s : "";
        if (text.isBlank()) {
            return StatusCheck.failed(receipt, at, by, StatusSource.API, UscisMessages.format("api.unreadable"));
        }
        return StatusCheck.good(receipt, at, by, StatusSource.API, status.get("formType") == null ? "" : String.valueOf(status.get("formType")),
                text, status.get("current_case_status_desc_en") instanceof String d ? d : "", instant(status.get("modifiedDate")));
    }

    private Object parse(String body) {
        try {
            return json.apply(body);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Optional<Instant> instant(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
