package org.lpodesk.cmis.testing;

import org.lpodesk.cmis.types.ImmModel;

/**
 * The endpoint the integration tests use. Today: the in-memory server with the generated types;
 * a live Alfresco endpoint plugs in here.
 */
public final class Endpoints {

    private Endpoints() {
    }

    public static CmisTestEndpoint start() {
        return new InMemoryCmisEndpoint(ImmModel.catalog());
    }
}
