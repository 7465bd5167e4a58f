package org.lpodesk.cmis.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.ImmigrationCmisClient;

/**
 * A running CMIS server given by the integrator (a live Alfresco). Each run works in a fresh
 * folder of its own under the given folder, removed with everything in it at close, so runs
 * never see each other's objects and leave nothing behind.
 */
public final class LiveCmisEndpoint implements CmisTestEndpoint {

    private final CmisConnection connection;
    private final Session session;
    private final Folder runFolder;
    private final ServerKind kind;

    public LiveCmisEndpoint(CmisConnection connection, String parentPath) {
        this.connection = connection;
        this.session = ImmigrationCmisClient.openSession(connection);
        this.kind = ServerKind.ofProduct(session.getRepositoryInfo().getProductName());
        CmisObject parent = session.getObjectByPath(parentPath);
        if (!(parent instanceof Folder folder)) {
            throw new IllegalArgumentException("The live CMIS work folder '" + parentPath + "' is not a folder");
        }
        this.runFolder = folder.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder",
                PropertyIds.NAME, "lpodesk-it-" + UUID.randomUUID()));
    }

    @Override
    public CmisConnection connection() {
        return connection;
    }

    @Override
    public String root() {
        return runFolder.getPath();
    }

    @Override
    public ServerKind kind() {
        return kind;
    }

    @Override
    public void recordApproval(String objectId, String approver, String outcome) {
        // on Alfresco only the review workflow writes the protected approval properties
        throw new UnsupportedOperationException("Recording an approval of " + objectId
                + " needs the attorney review workflow on a live server, not a CMIS call");
    }

    @Override
    public void close() {
        List<String> failed = runFolder.deleteTree(true, UnfileObject.DELETE, true);
        if (failed != null && !failed.isEmpty()) {
            throw new IllegalStateException("Could not delete " + failed + " under " + runFolder.getPath());
        }
    }
}
