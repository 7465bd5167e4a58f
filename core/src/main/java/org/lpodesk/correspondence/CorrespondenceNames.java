package org.lpodesk.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The names of filed messages and their attachments. A message's name carries a digest of its
 * Message-ID (or of its bytes, when it has none), so the same message delivered twice (a client
 * writing to two case addresses of one case, a mail server retrying after a lost reply) finds
 * its first copy by name and is stored once. Names keep to what Alfresco accepts in a name.
 */
public final class CorrespondenceNames {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm", Locale.ROOT);
    private static final int SUBJECT_LENGTH = 80;
    private static final int ATTACHMENT_LENGTH = 120;

    private final ZoneId firmZone;
    private final Locale locale;

    public CorrespondenceNames(ZoneId firmZone, Locale locale) {
        this.firmZone = firmZone;
        this.locale = locale;
    }

    /** {@code 2026-12-04 0932 Visa documents [1a2b3c4d].eml} */
    public String message(InboundMail mail, byte[] raw) {
        String subject = clean(mail.subject(), SUBJECT_LENGTH);
        if (subject.isEmpty()) {
            subject = Messages.format(locale, "name.noSubject");
        }
        return DAY_TIME.format(mail.sentAt().atZone(firmZone)) + " " + subject + " [" + key(mail, raw) + "].eml";
    }

    /** The message's name without ".eml", then " - " and the attachment's own name. */
    public String attachment(String messageName, MailAttachment attachment, int number) {
        String base = messageName.endsWith(".eml") ? messageName.substring(0, messageName.length() - 4) : messageName;
        String file = clean(attachment.fileName(), ATTACHMENT_LENGTH);
        if (file.isEmpty()) {
            file = Messages.format(locale, "read.unnamedAttachment", number);
        }
        return base + " - " + number + " " + file;
    }

    /** A reply draft's name: {@code Re Passport 2026-12-04 1015.txt}. */
    public static String replyName(String subject, java.time.Instant at, ZoneId firmZone) {
        String cleaned = clean(subject, SUBJECT_LENGTH);
        return (cleaned.isEmpty() ? "Reply" : cleaned) + " " + DAY_TIME.format(at.atZone(firmZone)) + ".txt";
    }

    /** Eight hex digits of the Message-ID's digest, or of the raw bytes' for a message without one. */
    public static String key(InboundMail mail, byte[] raw) {
        byte[] source = mail.messageId() != null ? mail.messageId().getBytes(StandardCharsets.UTF_8) : raw;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Alfresco refuses * " < > \ / ? : | in a name and a name ending with a dot or a space. */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("[*\"<>\\\\/?:|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.length() > max) {
            cleaned = cleaned.substring(0, max).strip();
        }
        while (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        return cleaned;
    }
}
