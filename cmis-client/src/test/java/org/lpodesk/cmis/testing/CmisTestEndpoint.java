package org.lpodesk.cmis.testing;

import org.lpodesk.cmis.client.CmisConnection;

/**
 * Where the integration tests send their CMIS calls. The tests only see the connection
 * settings, so a live Alfresco endpoint can later stand in for the in-memory server.
 */
public interface CmisTestEndpoint extends AutoCloseable {

    CmisConnection connection();

    /** The folder path the tests create their objects under ({@code /} on the in-memory server). */
    String root();

    /** Which server this is, for the scenarios whose expected behaviour differs by server. */
    ServerKind kind();

    /**
     * Records a firm attorney's approval of an object's current version, as the review workflow
     * does on the server (the approval properties are protected, so no CMIS client can write
     * them).
     */
    void recordApproval(String objectId, String approver, String outcome);

    @Override
    void close();
}
