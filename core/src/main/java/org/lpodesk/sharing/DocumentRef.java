package org.lpodesk.sharing;

/**
 * A document the requester asks to share.
 *
 * @param id    the document's stable id (a node reference in Alfresco)
 * @param name  its file name, for messages
 * @param level its confidentiality level
 */
public record DocumentRef(String id, String name, ConfidentialityLevel level) {

    public DocumentRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(Messages.format("document.id.blank", String.valueOf(name)));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.format("document.name.blank", id));
        }
        if (level == null) {
            throw new IllegalArgumentException(Messages.format("document.level.missing", name));
        }
    }
}
