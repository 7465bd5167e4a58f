package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;

/** The send request's fields, each refused by name. */
class SendRequestTest {

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("to", List.of(" maria@client.example "));
        body.put("cc", List.of("pedro@client.example"));
        body.put("subject", "Re: Pasaporte");
        body.put("inReplyTo", "workspace://SpacesStore/abc-123");
        body.put("attachments", List.of("workspace://SpacesStore/def-456"));
        return body;
    }

    @Test
    void aCompleteRequest() {
        SendRequest r = SendRequest.parse(body(), Locale.US);
        assertThat(r.to()).containsExactly("maria@client.example");
        assertThat(r.cc()).containsExactly("pedro@client.example");
        assertThat(r.subject()).contains("Re: Pasaporte");
        assertThat(r.inReplyTo()).contains("workspace://SpacesStore/abc-123");
        assertThat(r.attachments()).containsExactly("workspace://SpacesStore/def-456");
    }

    @Test
    void anEmptyBodyLeavesEverythingToTheAnsweredMessage() {
        SendRequest r = SendRequest.parse(Map.of(), Locale.US);
        assertThat(r.to()).isEmpty();
        assertThat(r.subject()).isEmpty();
        assertThat(SendRequest.parse(null, Locale.US).attachments()).isEmpty();
    }

    @Test
    void badFieldsAreNamed() {
        assertRefused("to", "maria@client.example", "to", "must be a list of texts");
        assertRefused("to", List.of("a", " "), "to", "none of them empty");
        assertRefused("cc", List.of(42), "cc", "must be a list");
        assertRefused("subject", 7, "subject", "must be text");
        assertRefused("subject", "two\nlines", "subject", "one line");
        assertRefused("inReplyTo", "12345", "inReplyTo", "node reference");
        assertRefused("attachments", List.of("/etc/passwd"), "attachments", "not '/etc/passwd'");
        Map<String, Object> many = body();
        many.put("to", java.util.Collections.nCopies(51, "x@y.example"));
        assertThatThrownBy(() -> SendRequest.parse(many, Locale.US)).hasMessageContaining("at most 50");
    }

    private static void assertRefused(String field, Object value, String argument, String text) {
        Map<String, Object> body = body();
        body.put(field, value);
        assertThatThrownBy(() -> SendRequest.parse(body, Locale.US)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining(text)
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo(argument));
    }
}
