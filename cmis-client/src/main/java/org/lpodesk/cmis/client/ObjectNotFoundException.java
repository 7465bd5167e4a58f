package org.lpodesk.cmis.client;

import org.lpodesk.cmis.Messages;

/** No object with that id or path, or not one of the expected type. */
public final class ObjectNotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ObjectNotFoundException(String key, Object... args) {
        super(Messages.get(key, args));
    }
}
