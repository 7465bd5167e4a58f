package org.lpodesk.cmis.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;

/**
 * Which CMIS implementation a test endpoint is, so a scenario asserts what that server does
 * rather than the common subset of what servers do.
 */
public enum ServerKind {

    OPENCMIS_INMEMORY(CmisNameConstraintViolationException.class, List.of()),
    /** Alfresco marks every node it creates with the creating locale ({@code sys:localized}). */
    ALFRESCO(CmisContentAlreadyExistsException.class, List.of("P:sys:localized"));

    private final Class<? extends CmisBaseException> duplicateNameRefusal;
    private final List<String> ownAspects;

    ServerKind(Class<? extends CmisBaseException> duplicateNameRefusal, List<String> ownAspects) {
        this.duplicateNameRefusal = duplicateNameRefusal;
        this.ownAspects = ownAspects;
    }

    /** The aspects a new object has on this server: the given ones plus the server's own. */
    public List<String> withOwnAspects(String... given) {
        List<String> all = new ArrayList<>(List.of(given));
        all.addAll(ownAspects);
        return all;
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
