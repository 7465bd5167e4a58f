package org.lpodesk.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One received message as the case files it: its headers, its bodies, its attachments, and what
 * could not be read. The raw message itself is kept as the correspondence document's content,
 * so nothing that failed to parse is lost.
 *
 * @param messageId  the Message-ID, angle brackets included; null when the message has none
 * @param inReplyTo  the first id of In-Reply-To, or null
 * @param references the ids of References, oldest first
 * @param from       the sender's address as written in From (lower case), or the envelope sender
 *                   when From is missing or unreadable
 * @param sentAt     the Date header, or when it was received when that header is missing
 * @param textBody   the plain-text body, or the HTML body's text when only HTML came; never null
 * @param htmlBody   the HTML body as received, or null: stored, never shown unsanitised
 * @param warnings   sentences for the paralegal: a part that could not be read, a missing header
 */
public record InboundMail(String messageId, String inReplyTo, List<String> references, String from,
                          String fromName, List<String> to, List<String> cc, Instant sentAt, String subject,
                          String textBody, String htmlBody, List<MailAttachment> attachments,
                          List<String> warnings) {

    public InboundMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(sentAt, "sentAt");
        textBody = textBody == null ? "" : textBody;
        subject = subject == null ? "" : subject;
    }

    public Optional<String> optionalMessageId() {
        return Optional.ofNullable(messageId);
    }

    public boolean anyExecutableAttachment() {
        return attachments.stream().anyMatch(MailAttachment::executable);
    }
}
