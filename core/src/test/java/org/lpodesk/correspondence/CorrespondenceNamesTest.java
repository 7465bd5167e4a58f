package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Names that Alfresco accepts, the same for the same message, different for different ones. */
class CorrespondenceNamesTest {

    private final CorrespondenceNames names = new CorrespondenceNames(ZoneId.of("America/New_York"), Locale.US);

    private static InboundMail mail(String id, String subject) {
        return new InboundMail(id, null, List.of(), "maria@client.example", null, List.of(), List.of(),
                Instant.parse("2026-12-04T14:32:00Z"), subject, "", null, List.of(), List.of());
    }

    @Test
    void theFirmsDayAndTimeTheSubjectAndADigestOfTheId() {
        String name = names.message(mail("<m2@client.example>", "Re: Pasaporte / diplomas?"), new byte[0]);
        assertThat(name).matches("2026-12-04 0932 Re Pasaporte diplomas \\[[0-9a-f]{8}\\]\\.eml");
        assertThat(names.message(mail("<m2@client.example>", "Re: Pasaporte / diplomas?"), new byte[] {1}))
                .as("the same message delivered twice").isEqualTo(name);
        assertThat(names.message(mail("<m3@client.example>", "Re: Pasaporte / diplomas?"), new byte[0]))
                .isNotEqualTo(name);
    }

    @Test
    void withoutAnIdTheBytesDecideAndAnEmptySubjectIsNamed() {
        byte[] a = "a".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "b".getBytes(StandardCharsets.US_ASCII);
        assertThat(names.message(mail(null, ""), a)).contains("(no subject)").isEqualTo(names.message(mail(null, ""), a))
                .isNotEqualTo(names.message(mail(null, ""), b));
    }

    @Test
    void attachmentsKeepTheirExtensionAndCannotCollide() {
        MailAttachment pdf = new MailAttachment("pass|port.pdf", "application/pdf", new byte[0], false);
        assertThat(names.attachment("2026-12-04 0932 Docs [1a2b3c4d].eml", pdf, 2))
                .isEqualTo("2026-12-04 0932 Docs [1a2b3c4d] - 2 pass port.pdf");
    }

    @Test
    void forbiddenCharactersControlCharactersAndTrailingDotsAreCleaned() {
        assertThat(CorrespondenceNames.clean("a*b\"c<d>e\\f/g?h:i|j\u0007k...", 100)).isEqualTo("a b c d e f g h i j k");
        assertThat(CorrespondenceNames.clean("x".repeat(200), 80)).hasSize(80);
    }
}
