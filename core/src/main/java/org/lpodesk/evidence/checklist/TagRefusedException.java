package org.lpodesk.evidence.checklist;

import org.lpodesk.api.UserRefusal;

/**
 * A document tagged with a checklist item its case's checklist does not have, or that its type
 * cannot satisfy; or a waiver that cannot be recorded. The message names the item and the reason.
 */
public final class TagRefusedException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public TagRefusedException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
