package org.lpodesk.correspondence;

import java.util.Objects;

/**
 * A file that came with a message, filed as a document of its own beside it.
 *
 * @param executable whether it could run on a reader's machine ({@link AttachmentTypes}):
 *                   filed all the same, marked so that nobody opens it unwarned
 */
public record MailAttachment(String fileName, String mimeType, byte[] content, boolean executable) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
    }

    public int size() {
        return content.length;
    }
}
