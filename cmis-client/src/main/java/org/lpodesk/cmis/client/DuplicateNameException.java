package org.lpodesk.cmis.client;

import org.lpodesk.cmis.Messages;

/**
 * The folder already holds an object of that name (Alfresco: CmisContentAlreadyExistsException;
 * the OpenCMIS InMemory server: CmisNameConstraintViolationException).
 */
public final class DuplicateNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public DuplicateNameException(String name, String parentPath, Throwable cause) {
        super(Messages.get("client.duplicateName", name, parentPath), cause);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
