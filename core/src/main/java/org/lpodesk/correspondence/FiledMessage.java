package org.lpodesk.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message the case holds, as the thread view lists it: received or a reply of the firm's (a
 * draft has no date of its own until sent; it sorts by when it was last changed).
 *
 * @param id       the document's node reference
 * @param thread   the id of the conversation's first message, or null for a draft that answers nothing yet
 * @param at       when it was sent (received mail: its Date; a sent reply: when sent; a draft: last change)
 * @param state    a reply's {@link ReplyState} name, or null for received mail
 * @param excerpt  the readable text, never HTML
 */
public record FiledMessage(String id, String thread, MailDirection direction, String from, List<String> to,
                          Instant at, String subject, String state, String excerpt, List<String> warnings) {

    public FiledMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        to = List.copyOf(to);
        warnings = List.copyOf(warnings);
        subject = subject == null ? "" : subject;
        excerpt = excerpt == null ? "" : excerpt;
    }
}
