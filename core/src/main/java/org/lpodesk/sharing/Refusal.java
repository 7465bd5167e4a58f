package org.lpodesk.sharing;

import java.util.List;
import java.util.Objects;

/**
 * One reason a document is refused: the reason code, the message key and its arguments (to
 * render in another locale) and the readable English message.
 */
public record Refusal(RefusalReason reason, List<String> args, String message) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        args = List.copyOf(args);
        Objects.requireNonNull(message, "message");
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
