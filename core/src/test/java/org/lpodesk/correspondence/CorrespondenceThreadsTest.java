package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thread view's grouping and order, the same for Share and the kit. */
class CorrespondenceThreadsTest {

    private static FiledMessage m(String id, String thread, String at, String subject) {
        return new FiledMessage(id, thread, MailDirection.INBOUND, "maria@client.example", List.of(),
                Instant.parse(at), subject, null, "text", List.of());
    }

    @Test
    void messagesGroupByThreadOldestFirstAndTheLiveliestConversationFirst() {
        List<CorrespondenceThreads.Thread> threads = CorrespondenceThreads.of(List.of(
                m("a2", "<a>", "2026-12-03T10:00:00Z", "Re: Passport"),
                m("b1", "<b>", "2026-12-02T09:00:00Z", "Diplomas"),
                m("a1", "<a>", "2026-12-01T09:00:00Z", "Passport"),
                m("d", null, "2026-12-04T09:00:00Z", "Note to client")));
        assertThat(threads).extracting(CorrespondenceThreads.Thread::id).containsExactly("draft:d", "<a>", "<b>");
        assertThat(threads.get(1).messages()).extracting(FiledMessage::id).containsExactly("a1", "a2");
        assertThat(threads.get(1).subject()).isEqualTo("Passport");
        assertThat(threads.get(1).latest()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void aConversationStartedByAReplyIsNamedWithoutItsPrefix() {
        assertThat(CorrespondenceThreads.of(List.of(m("x", "<x>", "2026-12-01T09:00:00Z", "RE: Fees"))).get(0).subject())
                .isEqualTo("Fees");
    }

    @Test
    void anExcerptIsCutAtAWord() {
        String longText = "word ".repeat(1_000);
        String excerpt = CorrespondenceThreads.excerpt(longText);
        assertThat(excerpt).endsWith("word …").hasSizeLessThanOrEqualTo(CorrespondenceThreads.EXCERPT + 2);
        assertThat(CorrespondenceThreads.excerpt("  short  ")).isEqualTo("short");
        assertThat(CorrespondenceThreads.excerpt(null)).isEmpty();
    }
}
