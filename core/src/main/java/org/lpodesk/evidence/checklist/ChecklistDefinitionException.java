package org.lpodesk.evidence.checklist;

import org.lpodesk.api.UserRefusal;

/**
 * A checklist file (the defaults or a firm's) that cannot be used: malformed XML, an unknown
 * document or case type, a duplicate id, a rule naming an unknown item or asking for more than it
 * lists, an item without a label. The message names the checklist and the item at fault.
 */
public final class ChecklistDefinitionException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public ChecklistDefinitionException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
