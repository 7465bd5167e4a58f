package org.lpodesk.cmis.testing;

import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;

/**
 * Which CMIS implementation a test endpoint is, so a scenario asserts what that server does
 * rather than the common subset of what servers do.
 */
public enum ServerKind {

    OPENCMIS_INMEMORY(CmisNameConstraintViolationException.class),
    ALFRESCO(CmisContentAlreadyExistsException.class);

    private final Class<? extends CmisBaseException> duplicateNameRefusal;

    ServerKind(Class<? extends CmisBaseException> duplicateNameRefusal) {
        this.duplicateNameRefusal = duplicateNameRefusal;
    }

    /** The exception the server raises when a folder already holds an object of the name. */
    public Class<? extends CmisBaseException> duplicateNameRefusal() {
        return duplicateNameRefusal;
    }

    /** The kind of a live server, from the product name in its repository info. */
    public static ServerKind ofProduct(String productName) {
        if (productName != null && productName.contains("Alfresco")) {
            return ALFRESCO;
        }
        throw new IllegalStateException("The live CMIS server '" + productName
                + "' is not one the integration suite knows the behaviour of (Alfresco)");
    }
}
