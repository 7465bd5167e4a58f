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
     * Records a firm attorney's review of an object's current version (outcome APPROVED or
     * CHANGES_REQUESTED), as the attorney review workflow does on the server (the approval
     * properties are protected, so no CMIS client can write them).
     *
     * @return the user id of the attorney recorded as the reviewer
     */
    String recordReview(String objectId, String outcome);

    /**
     * Records a PERM recruitment step of a case as the repository keeps it (a record under the case,
     * which CMIS cannot create: the module's step service and REST v1 can), so that the kit reads it.
     */
    void recordRecruitmentStep(String caseId, String kind, java.time.LocalDate start, java.time.LocalDate end, String where);

    @Override
    void close();
}
