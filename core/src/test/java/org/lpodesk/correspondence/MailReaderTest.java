package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Received bytes read into what the case files, leniently: nothing a client sent is lost. */
class MailReaderTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T15:00:00Z");
    private final MailReader reader = new MailReader(Locale.US);

    static byte[] bytes(String message) {
        return message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static final String MULTIPART = """
            Message-ID: <m2@client.example>
            In-Reply-To: <m1@firm.example>
            References: <m0@client.example>
             <m1@firm.example>
            From: "Maria Gonzalez" <Maria.Gonzalez@Client.Example>
            To: imm-2026-00014@firm.example
            Cc: Pedro <pedro@client.example>, paula@firm.example
            Date: Fri, 4 Dec 2026 09:32:00 -0500
            Subject: =?UTF-8?Q?Re:_Pasaporte_y_diplomas?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: multipart/alternative; boundary="b2"

            --b2
            Content-Type: text/plain; charset=UTF-8

            Here is my passport.
            --b2
            Content-Type: text/html; charset=UTF-8

            <p>Here is my <b>passport</b>.</p><script>alert(1)</script>
            --b2--
            --b1
            Content-Type: application/pdf; name="passport.pdf"
            Content-Disposition: attachment; filename="passport.pdf"
            Content-Transfer-Encoding: base64

            %s
            --b1
            Content-Type: application/octet-stream; name="scan.pdf"
            Content-Disposition: attachment; filename="scan.pdf"
            Content-Transfer-Encoding: base64

            %s
            --b1--
            """;

    @Test
    void headersBodiesAndAttachmentsOfAClientsReply() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.7 passport".getBytes(StandardCharsets.US_ASCII));
        String program = Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 1, 2, 3});
        InboundMail mail = reader.read(bytes(MULTIPART.formatted(pdf, program)), "bounce@client.example", RECEIVED);

        assertThat(mail.messageId()).isEqualTo("<m2@client.example>");
        assertThat(mail.inReplyTo()).isEqualTo("<m1@firm.example>");
        assertThat(mail.references()).containsExactly("<m0@client.example>", "<m1@firm.example>");
        assertThat(mail.from()).isEqualTo("maria.gonzalez@client.example");
        assertThat(mail.fromName()).isEqualTo("Maria Gonzalez");
        assertThat(mail.to()).containsExactly("imm-2026-00014@firm.example");
        assertThat(mail.cc()).containsExactly("pedro@client.example", "paula@firm.example");
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-12-04T14:32:00Z"));
        assertThat(mail.subject()).isEqualTo("Re: Pasaporte y diplomas");
        assertThat(mail.textBody()).isEqualTo("Here is my passport.");
        assertThat(mail.htmlBody()).contains("<script>");
        assertThat(mail.attachments()).extracting(MailAttachment::fileName).containsExactly("passport.pdf", "scan.pdf");
        assertThat(mail.attachments().get(0).executable()).isFalse();
        assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.US_ASCII)).startsWith("%PDF");
        assertThat(mail.attachments().get(1).executable()).as("a program named .pdf").isTrue();
        assertThat(mail.warnings()).isEmpty();
    }

    @Test
    void anHtmlOnlyMessageGetsItsTextWithoutMarkupOrScript() {
        InboundMail mail = reader.read(bytes("""
                Message-ID: <h@client.example>
                From: maria@client.example
                Date: Fri, 4 Dec 2026 09:32:00 -0500
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style></head><body><p>Dear&nbsp;firm,</p><p>A &amp; B &lt;ok&gt;</p>
                <script>steal()</script></body></html>
                """), null, RECEIVED);
        assertThat(mail.textBody()).isEqualTo("Dear firm,\nA & B <ok>");
        assertThat(mail.htmlBody()).contains("steal()");
    }

    @Test
    void missingHeadersAreWarnedAboutAndTakenFromTheEnvelopeAndTheClock() {
        InboundMail mail = reader.read(bytes("""
                Subject: hello

                no headers to speak of
                """), "Maria@Client.example", RECEIVED);
        assertThat(mail.from()).isEqualTo("maria@client.example");
        assertThat(mail.sentAt()).isEqualTo(RECEIVED);
        assertThat(mail.messageId()).isNull();
        assertThat(mail.textBody()).isEqualTo("no headers to speak of\r\n");
        assertThat(mail.warnings()).hasSize(3).anySatisfy(w -> assertThat(w).contains("no Message-ID"))
                .anySatisfy(w -> assertThat(w).contains("envelope, Maria@Client.example"))
                .anySatisfy(w -> assertThat(w).contains("no Date header"));
    }

    @Test
    void aBrokenPartIsAWarningAndTheRestIsStillRead() {
        InboundMail mail = reader.read(bytes("""
                Message-ID: <broken@client.example>
                From: maria@client.example
                Date: Fri, 4 Dec 2026 09:32:00 -0500
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                still readable
                --b1
                Content-Type: application/pdf; name="x.pdf"
                Content-Disposition: attachment; filename="x.pdf"
                Content-Transfer-Encoding: base64

                !!!! not base64 at all ####
                """), null, RECEIVED);
        assertThat(mail.textBody()).startsWith("still readable");
        assertThat(mail.messageId()).isEqualTo("<broken@client.example>");
        // the raw message keeps the damaged attachment; the paralegal is told
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.warnings()).singleElement().asString().contains("could not be read");
    }

    @Test
    void anUnnamedAttachmentGetsANameWithAnExtensionFromItsType() {
        InboundMail mail = reader.read(bytes("""
                Message-ID: <u@client.example>
                From: maria@client.example
                Date: Fri, 4 Dec 2026 09:32:00 -0500
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                see attached
                --b1
                Content-Type: image/jpeg
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                --b1--
                """), null, RECEIVED);
        assertThat(mail.attachments()).extracting(MailAttachment::fileName).containsExactly("attachment 1.jpg");
    }
}
