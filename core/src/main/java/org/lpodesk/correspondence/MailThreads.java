package org.lpodesk.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which conversation a message belongs to, and the headers of a reply that keeps it there. A
 * thread is named by the id of its first message. A message joins the thread of the nearest
 * message it answers that the case already holds (In-Reply-To, then References from the newest);
 * mailers that drop References still thread, and a message answering one the firm never filed
 * starts from the oldest id its References name.
 */
public final class MailThreads {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|aw|sv|vs|ref|antw)\\s*:\\s*");

    private MailThreads() {
    }

    /**
     * @param threadOfKnown the thread of a message id the case already holds, if it holds it
     */
    public static String threadOf(InboundMail mail, String fallbackId, Function<String, Optional<String>> threadOfKnown) {
        List<String> answered = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            answered.add(mail.inReplyTo());
        }
        for (int i = mail.references().size() - 1; i >= 0; i--) {
            answered.add(mail.references().get(i));
        }
        for (String id : answered) {
            Optional<String> known = threadOfKnown.apply(id);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (!mail.references().isEmpty()) {
            return mail.references().get(0);
        }
        if (mail.inReplyTo() != null) {
            return mail.inReplyTo();
        }
        return mail.messageId() != null ? mail.messageId() : fallbackId;
    }

    /** The In-Reply-To and References of a reply to {@code parentId} (whose own References are given). */
    public static ReplyHeaders reply(String parentId, List<String> parentReferences, String parentSubject) {
        List<String> references = new ArrayList<>(parentReferences);
        if (parentId != null && !references.contains(parentId)) {
            references.add(parentId);
        }
        return new ReplyHeaders(parentId, references, replySubject(parentSubject));
    }

    /** "Re: " once, whatever the client's mailer wrote before (Re:, RE:, AW:, SV:, Re: Re:). */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        String previous;
        do {
            previous = s;
            s = REPLY_PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        return "Re: " + s;
    }

    /** The subject without reply prefixes, lower case: how the thread view groups a mailer that threads nothing. */
    public static String topic(String subject) {
        String reply = replySubject(subject);
        return reply.substring(4).toLowerCase(Locale.ROOT);
    }

    public record ReplyHeaders(String inReplyTo, List<String> references, String subject) {

        public ReplyHeaders {
            references = List.copyOf(references);
        }

        /** The References header's value: ids separated by single spaces. */
        public String referencesHeader() {
            return String.join(" ", references);
        }
    }
}
