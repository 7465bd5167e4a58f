package org.lpodesk.correspondence;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a received message (RFC 5322 / MIME bytes) into an {@link InboundMail}, leniently: a
 * header or a part that cannot be read becomes a warning and the rest is still read, because the
 * message is filed either way (its raw bytes are the document's content). Alfresco's own
 * inbound parser keeps neither Message-ID nor In-Reply-To and refuses a message it cannot parse,
 * which would lose a client's mail; hence a reader of our own.
 */
public final class MailReader {

    private static final int SNIFF = 8;

    private final Session session;
    private final Locale locale;

    public MailReader(Locale locale) {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(properties);
        this.locale = locale;
    }

    /**
     * @param envelopeFrom the SMTP MAIL FROM address, used when the From header is missing
     * @param receivedAt   used when the Date header is missing or unreadable
     */
    public InboundMail read(byte[] raw, String envelopeFrom, Instant receivedAt) {
        List<String> warnings = new ArrayList<>();
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.unreadable", describe(e)));
            return new InboundMail(null, null, List.of(), lower(envelopeFrom), null, List.of(), List.of(), receivedAt,
                    "", "", null, List.of(), warnings);
        }
        String messageId = header(message, "Message-ID", warnings)
                .map(MessageIds::first).orElse(null);
        if (messageId == null) {
            warnings.add(Messages.format(locale, "read.noMessageId"));
        }
        String inReplyTo = header(message, "In-Reply-To", warnings).map(MessageIds::first).orElse(null);
        List<String> references = header(message, "References", warnings).map(MessageIds::all).orElse(List.of());
        String from = null;
        String fromName = null;
        try {
            Address[] senders = message.getFrom();
            if (senders != null && senders.length > 0 && senders[0] instanceof InternetAddress sender
                    && sender.getAddress() != null && sender.getAddress().contains("@")) {
                from = lower(sender.getAddress());
                fromName = sender.getPersonal();
            }
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.header", "From", describe(e)));
        }
        if (from == null) {
            warnings.add(Messages.format(locale, "read.noFrom", String.valueOf(envelopeFrom)));
            from = lower(envelopeFrom);
        }
        List<String> to = addresses(message, MimeMessage.RecipientType.TO, "To", warnings);
        List<String> cc = addresses(message, MimeMessage.RecipientType.CC, "Cc", warnings);
        Instant sentAt = receivedAt;
        try {
            Date date = message.getSentDate();
            if (date != null) {
                sentAt = date.toInstant();
            } else {
                warnings.add(Messages.format(locale, "read.noDate"));
            }
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.header", "Date", describe(e)));
        }
        String subject = "";
        try {
            subject = message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.header", "Subject", describe(e)));
        }
        Bodies bodies = new Bodies();
        walk(message, bodies, warnings, 0);
        String text = bodies.text != null ? bodies.text : bodies.html != null ? HtmlText.of(bodies.html) : "";
        return new InboundMail(messageId, inReplyTo, references, from, fromName, to, cc, sentAt, subject, text,
                bodies.html, bodies.attachments, warnings);
    }

    private static final int MAX_DEPTH = 20;

    private void walk(Part part, Bodies bodies, List<String> warnings, int depth) {
        try {
            if (depth > MAX_DEPTH) {
                warnings.add(Messages.format(locale, "read.tooDeep", MAX_DEPTH));
                return;
            }
            String disposition = part.getDisposition();
            String fileName = fileName(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null;
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, bodies, warnings, depth + 1);
                }
            } else if (!attachment && part.isMimeType("text/plain") && bodies.text == null) {
                bodies.text = text(part);
            } else if (!attachment && part.isMimeType("text/html") && bodies.html == null) {
                bodies.html = text(part);
            } else {
                bodies.attachments.add(attachment(part, fileName, bodies.attachments.size() + 1));
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            warnings.add(Messages.format(locale, "read.part", depth, describe(e)));
        }
    }

    private MailAttachment attachment(Part part, String fileName, int number) throws MessagingException, IOException {
        String mimeType = baseType(part.getContentType());
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        }
        String name = fileName != null ? fileName
                : Messages.format(locale, "read.unnamedAttachment", number) + extensionOf(mimeType);
        byte[] first = java.util.Arrays.copyOf(content, Math.min(SNIFF, content.length));
        return new MailAttachment(name, mimeType, content, AttachmentTypes.executable(name, mimeType, first));
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    private static String extensionOf(String mimeType) {
        return switch (mimeType) {
            case "message/rfc822" -> ".eml";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".bin";
        };
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private java.util.Optional<String> header(MimeMessage message, String name, List<String> warnings) {
        try {
            String value = message.getHeader(name, " ");
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.header", name, describe(e)));
            return java.util.Optional.empty();
        }
    }

    private List<String> addresses(MimeMessage message, jakarta.mail.Message.RecipientType type, String name,
            List<String> warnings) {
        List<String> result = new ArrayList<>();
        try {
            Address[] addresses = message.getRecipients(type);
            if (addresses != null) {
                for (Address address : addresses) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                        result.add(lower(internet.getAddress()));
                    }
                }
            }
        } catch (MessagingException e) {
            warnings.add(Messages.format(locale, "read.header", name, describe(e)));
        }
        return result;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        String base = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip()
                .toLowerCase(Locale.ROOT);
        return base.contains("/") ? base : "application/octet-stream";
    }

    private static String lower(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final class Bodies {
        String text;
        String html;
        final List<MailAttachment> attachments = new ArrayList<>();
    }
}
