package org.lpodesk.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.api.InvalidArgumentException;

/**
 * What a user asks when sending a reply ({@code POST /lpodesk/correspondence/{id}/send}): the
 * recipients (defaulting to the sender of the message answered), copies, a subject (defaulting to
 * "Re: " and the answered message's), the message answered (a node reference), and documents of
 * the same case to attach. Each field is refused by name when it has the wrong shape.
 */
public record SendRequest(List<String> to, List<String> cc, Optional<String> subject, Optional<String> inReplyTo,
                          List<String> attachments) {

    private static final int MAX_RECIPIENTS = 50;
    private static final int MAX_SUBJECT = 998;

    public SendRequest {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    public static SendRequest parse(Map<String, Object> body, Locale locale) {
        Map<String, Object> b = body == null ? Map.of() : body;
        List<String> to = texts(b, "to", locale);
        List<String> cc = texts(b, "cc", locale);
        if (to.size() + cc.size() > MAX_RECIPIENTS) {
            throw new InvalidArgumentException("to", Messages.format(locale, "send.tooManyRecipients", MAX_RECIPIENTS));
        }
        Optional<String> subject = text(b, "subject", locale);
        if (subject.isPresent() && (subject.get().length() > MAX_SUBJECT || subject.get().contains("\n")
                || subject.get().contains("\r"))) {
            throw new InvalidArgumentException("subject", Messages.format(locale, "send.badSubject", MAX_SUBJECT));
        }
        Optional<String> inReplyTo = text(b, "inReplyTo", locale);
        if (inReplyTo.isPresent() && !inReplyTo.get().matches("workspace://SpacesStore/[0-9a-zA-Z-]+")) {
            throw new InvalidArgumentException("inReplyTo", Messages.format(locale, "send.badNode", "inReplyTo",
                    inReplyTo.get()));
        }
        List<String> attachments = texts(b, "attachments", locale);
        for (String attachment : attachments) {
            if (!attachment.matches("workspace://SpacesStore/[0-9a-zA-Z-]+")) {
                throw new InvalidArgumentException("attachments", Messages.format(locale, "send.badNode", "attachments",
                        attachment));
            }
        }
        return new SendRequest(to, cc, subject, inReplyTo, attachments);
    }

    private static Optional<String> text(Map<String, Object> body, String name, Locale locale) {
        Object value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw new InvalidArgumentException(name, Messages.format(locale, "send.notText", name));
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static List<String> texts(Map<String, Object> body, String name, Locale locale) {
        Object value = body.get(name);
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidArgumentException(name, Messages.format(locale, "send.notList", name));
        }
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new InvalidArgumentException(name, Messages.format(locale, "send.notList", name));
            }
            result.add(s.strip());
        }
        return result;
    }
}
