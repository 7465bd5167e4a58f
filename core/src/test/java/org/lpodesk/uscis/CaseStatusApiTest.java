package org.lpodesk.uscis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * The Case Status API client against a local HTTP server that answers in the documented shapes
 * (USCIS cannot be reached from here): what it sends (OAuth form, bearer token, path) and what it
 * makes of each answer.
 */
class CaseStatusApiTest {

    private static final ReceiptNumber EAC = ReceiptNumber.parse("EAC2190012345");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private HttpServer server;
    private final Deque<Answer> statusAnswers = new ArrayDeque<>();
    private final Deque<Answer> tokenAnswers = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:15:00Z"));
    private CaseStatusApi api;
    private int tokens;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/accesstoken", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add("POST token " + form);
            tokens++;
            Answer a = tokenAnswers.isEmpty() ? new Answer(200, "{\"access_token\":\"tok-" + tokens
                    + "\",\"token_type\":\"BearerToken\",\"expires_in\":1799}", Map.of()) : tokenAnswers.poll();
            reply(exchange, a);
        });
        server.createContext("/case-status", exchange -> {
            requests.add("GET " + exchange.getRequestURI().getPath());
            lastHeaders.put("Authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            reply(exchange, statusAnswers.isEmpty() ? new Answer(500, "", Map.of()) : statusAnswers.poll());
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        api = new CaseStatusApi(new CaseStatusApi.Settings(base.resolve("/oauth/accesstoken"), base, "firm-client",
                "s3cret&=".toCharArray()), HttpClient.newHttpClient(), body -> {
                    try {
                        return JSON.readValue(body, Object.class);
                    } catch (IOException e) {
                        throw new IllegalArgumentException(e);
                    }
                }, clock, sleeps::add);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, Answer a) throws IOException {
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Answer status(String receipt, String text) {
        return new Answer(200, "{\"case_status\":{\"receiptNumber\":\"" + receipt + "\",\"formType\":\"I-140\","
                + "\"submittedDate\":\"2026-03-02T10:00:00.000-04:00\",\"modifiedDate\":\"2026-11-30T09:12:00.000-05:00\","
                + "\"current_case_status_text_en\":\"" + text + "\",\"current_case_status_desc_en\":\"On November 30, 2026, we sent...\","
                + "\"hist_case_status\":[{\"date\":\"2026-03-02\",\"completed_text_en\":\"Case Was Received\"}]},"
                + "\"message\":\"Record found\"}", Map.of());
    }

    @Test
    void aGoodAnswerIsRecordedAsUscisGaveItAndTheTokenIsKeptUntilItExpires() {
        statusAnswers.add(status("EAC2190012345", "Request for Evidence Was Sent"));
        StatusCheck check = api.check(EAC, "system");
        assertThat(check.ok()).isTrue();
        assertThat(check.statusText()).isEqualTo("Request for Evidence Was Sent");
        assertThat(check.formType()).isEqualTo("I-140");
        assertThat(check.uscisModified()).contains(Instant.parse("2026-11-30T14:12:00Z"));
        assertThat(check.source()).isEqualTo(StatusSource.API);
        assertThat(requests).containsExactly(
                "POST token grant_type=client_credentials&client_id=firm-client&client_secret=s3cret%26%3D",
                "GET /case-status/EAC2190012345");
        assertThat(lastHeaders.get("Authorization")).isEqualTo("Bearer tok-1");

        statusAnswers.add(status("EAC2190012345", "Request for Evidence Was Sent"));
        api.check(EAC, "system");
        assertThat(tokens).as("the token is reused while valid").isEqualTo(1);
        clock.advance(Duration.ofSeconds(1799 - 59));
        statusAnswers.add(status("EAC2190012345", "Request for Evidence Was Sent"));
        api.check(EAC, "system");
        assertThat(tokens).as("renewed a minute before it expires").isEqualTo(2);
        assertThat(lastHeaders.get("Authorization")).isEqualTo("Bearer tok-2");
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndRefusedCredentialsStopTheCaller() {
        statusAnswers.add(new Answer(401, "{\"error\":\"invalid_token\"}", Map.of()));
        statusAnswers.add(status("EAC2190012345", "Case Was Received"));
        assertThat(api.check(EAC, "system").ok()).isTrue();
        assertThat(tokens).isEqualTo(2);

        statusAnswers.add(new Answer(401, "", Map.of()));
        statusAnswers.add(new Answer(401, "", Map.of()));
        assertThatThrownBy(() -> api.check(EAC, "system")).isInstanceOf(CaseStatusApi.CredentialsRefusedException.class)
                .hasMessage("USCIS refused the credentials of client firm-client: checks through the API stop until they are fixed.");
        tokenAnswers.add(new Answer(401, "{\"ErrorCode\":\"invalid_client\"}", Map.of()));
        CaseStatusApi fresh = new CaseStatusApi(new CaseStatusApi.Settings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/oauth/accesstoken"), URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "firm-client",
                "wrong".toCharArray()), HttpClient.newHttpClient(), b -> Map.of(), clock, sleeps::add);
        assertThatThrownBy(() -> fresh.check(EAC, "system")).isInstanceOf(CaseStatusApi.CredentialsRefusedException.class);
    }

    @Test
    void notFoundIsAskedOnceAndBusyIsWaitedForThenLeftForTheNextRun() {
        statusAnswers.add(new Answer(404, "{\"message\":\"Record not found\"}", Map.of()));
        StatusCheck missing = api.check(EAC, "system");
        assertThat(missing.ok()).isFalse();
        assertThat(missing.failure()).contains("USCIS finds no case EAC2190012345, or the case is protected (8 USC 1367); not asked again today.");
        assertThat(requests.stream().filter(r -> r.startsWith("GET"))).hasSize(1);

        statusAnswers.add(new Answer(429, "", Map.of("Retry-After", "2")));
        statusAnswers.add(status("EAC2190012345", "Case Was Approved"));
        assertThat(api.check(EAC, "system").statusText()).isEqualTo("Case Was Approved");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));

        sleeps.clear();
        for (int i = 0; i < 3; i++) {
            statusAnswers.add(new Answer(503, "", Map.of()));
        }
        StatusCheck busy = api.check(EAC, "system");
        assertThat(busy.failure()).contains("USCIS answered 503 on 3 tries; tried again on the next run.");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void anAnswerForAnotherReceiptOrOneThatCannotBeReadIsAFailedCheck() {
        statusAnswers.add(status("IOE0912345678", "Case Was Approved"));
        assertThat(api.check(EAC, "system").failure())
                .contains("USCIS answered for IOE0912345678 when asked for EAC2190012345; the answer is not recorded as EAC2190012345's status.");
        statusAnswers.add(new Answer(200, "<html>maintenance</html>", Map.of()));
        assertThat(api.check(EAC, "system").failure()).contains("The answer of USCIS could not be read; the last good status stays.");
        statusAnswers.add(new Answer(422, "{}", Map.of()));
        assertThat(api.check(EAC, "system").failure()).contains("USCIS refused the receipt number EAC2190012345 as malformed.");
    }

    @Test
    void theSecretIsNeverPrinted() {
        CaseStatusApi.Settings settings = new CaseStatusApi.Settings(URI.create("https://api-int.uscis.gov/oauth/accesstoken"),
                URI.create("https://api-int.uscis.gov"), "firm-client", "s3cret".toCharArray());
        assertThat(settings.toString()).contains("clientSecret=***").doesNotContain("s3cret");
        assertThatThrownBy(() -> new CaseStatusApi.Settings(settings.tokenUri(), settings.baseUri(), "", new char[0]))
                .hasMessageStartingWith("The USCIS Case Status API needs the firm's own client id and secret");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
