package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Conversations by Message-ID, In-Reply-To and References, as mailers really send them. */
class MailThreadsTest {

    private static InboundMail mail(String id, String inReplyTo, List<String> references) {
        return new InboundMail(id, inReplyTo, references, "maria@client.example", null, List.of(), List.of(),
                Instant.EPOCH, "s", "", null, List.of(), List.of());
    }

    /** What the case holds already: message id to thread id. */
    private final Map<String, String> filed = Map.of("<m1@firm.example>", "<m0@client.example>",
            "<m0@client.example>", "<m0@client.example>");

    private String thread(InboundMail mail) {
        return MailThreads.threadOf(mail, "digest", id -> Optional.ofNullable(filed.get(id)));
    }

    @Test
    void aFirstMessageStartsItsOwnThread() {
        assertThat(thread(mail("<new@client.example>", null, List.of()))).isEqualTo("<new@client.example>");
    }

    @Test
    void aReplyJoinsTheThreadOfTheMessageItAnswers() {
        assertThat(thread(mail("<m2@client.example>", "<m1@firm.example>", List.of()))).isEqualTo("<m0@client.example>");
    }

    @Test
    void aMailerThatDropsInReplyToStillThreadsByTheNewestKnownReference() {
        assertThat(thread(mail("<m3@client.example>", null,
                List.of("<unknown@x.example>", "<m1@firm.example>", "<other@x.example>"))))
                .isEqualTo("<m0@client.example>");
    }

    @Test
    void aReplyToMessagesTheFirmNeverFiledStartsAtTheOldestReference() {
        assertThat(thread(mail("<m9@client.example>", "<b@x.example>", List.of("<a@x.example>", "<b@x.example>"))))
                .isEqualTo("<a@x.example>");
        assertThat(thread(mail("<m9@client.example>", "<b@x.example>", List.of()))).isEqualTo("<b@x.example>");
    }

    @Test
    void aMessageWithoutAnyIdIsItsOwnThreadUnderItsDigest() {
        assertThat(thread(mail(null, null, List.of()))).isEqualTo("digest");
    }

    @Test
    void aReplyKeepsTheChainAndTakesOneRePrefix() {
        MailThreads.ReplyHeaders reply = MailThreads.reply("<m2@client.example>",
                List.of("<m0@client.example>", "<m1@firm.example>"), "RE: Re: AW: Pasaporte");
        assertThat(reply.inReplyTo()).isEqualTo("<m2@client.example>");
        assertThat(reply.referencesHeader()).isEqualTo("<m0@client.example> <m1@firm.example> <m2@client.example>");
        assertThat(reply.subject()).isEqualTo("Re: Pasaporte");
        assertThat(MailThreads.reply(null, List.of(), null).subject()).isEqualTo("Re: ");
    }

    @Test
    void idsAreReadFromHeadersWithCommentsBreaksAndMissingBrackets() {
        assertThat(MessageIds.all("<a@x> (comment)\r\n <b@y>\t<a@x>")).containsExactly("<a@x>", "<b@y>");
        assertThat(MessageIds.all("a@x, b@y")).containsExactly("<a@x>", "<b@y>");
        assertThat(MessageIds.first("  ")).isNull();
        assertThat(MessageIds.create("r-42", "firm.example")).isEqualTo("<r-42@firm.example>");
    }
}
