package org.lpodesk.cmis.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.apache.chemistry.opencmis.commons.impl.json.JSONArray;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.ImmigrationCmisClient;

/**
 * A running CMIS server given by the integrator (a live Alfresco). Each run works in a fresh
 * folder of its own under the given folder, removed with everything in it at close, so runs
 * never see each other's objects and leave nothing behind.
 */
public final class LiveCmisEndpoint implements CmisTestEndpoint {

    /** LPO Desk's firm attorney group: only its members complete an attorney review. */
    private static final String ATTORNEYS = "GROUP_IMM_ATTORNEYS";

    private final CmisConnection connection;
    private final Session session;
    private final Folder runFolder;
    private final ServerKind kind;
    private final AlfrescoRest rest;
    private final char[] attorneyPassword = UUID.randomUUID().toString().toCharArray();
    private final List<String> processes = new ArrayList<>();
    private final List<String[]> members = new ArrayList<>();
    private String attorney;

    public LiveCmisEndpoint(CmisConnection connection, String parentPath) {
        this.connection = connection;
        this.session = ImmigrationCmisClient.openSession(connection);
        this.kind = ServerKind.ofProduct(session.getRepositoryInfo().getProductName());
        this.rest = new AlfrescoRest(connection.url(), connection.user(), connection.password());
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

    /** A REST v1 call (path below {@code /api/-default-/public}) as the endpoint's user. */
    public JSONObject rest(String method, String path, Map<String, ?> body, int expectedStatus) {
        return rest.call(method, path, body, expectedStatus);
    }

    /** A web script call (path below {@code /alfresco/service}) as the endpoint's user. */
    public JSONObject service(String method, String path, Map<String, ?> body, int expectedStatus) {
        return rest.service(method, path, body, expectedStatus);
    }

    /**
     * Runs the attorney review workflow (immAttorneyReview) over Alfresco's REST API, as a firm
     * attorney created for this run: on Alfresco only that workflow writes the protected approval
     * properties, with the approver, the date and the reviewed version.
     */
    @Override
    public void recordRecruitmentStep(String caseId, String kind, java.time.LocalDate start, java.time.LocalDate end,
                                      String where) {
        // a child record of the case (imm:recruitmentSteps); the module numbers nothing, it judges the step at commit
        String nodeId = caseId.contains(";") ? caseId.substring(0, caseId.indexOf(';')) : caseId;
        rest.post("/alfresco/versions/1/nodes/" + nodeId + "/children", Map.of(
                "name", kind.toLowerCase() + "-" + start + "-" + java.util.UUID.randomUUID(),
                "nodeType", "imm:recruitmentStep",
                "association", Map.of("assocType", "imm:recruitmentSteps"),
                "properties", Map.of("imm:stepKind", kind, "imm:stepStart", start.toString(), "imm:stepEnd", end.toString(),
                        "imm:stepWhere", where)), 201);
    }

    @Override
    public String recordReview(String objectId, String outcome) {
        String taskOutcome = switch (outcome) {
            case "APPROVED" -> "Approve";
            case "CHANGES_REQUESTED" -> "RequestChanges";
            default -> throw new IllegalArgumentException("The attorney review workflow records APPROVED or "
                    + "CHANGES_REQUESTED, not " + outcome);
        };
        String attorney = attorney();
        // the REST API names a node by its version series id (the node's own id on Alfresco)
        String nodeId = ((Document) session.getObject(objectId)).getVersionSeriesId();
        String processId = entryId(rest.post("/workflow/versions/1/processes", Map.of(
                "processDefinitionKey", "immAttorneyReview", "items", List.of(nodeId),
                "variables", Map.of("bpm_workflowDescription", "LPO Desk integration test review")), 201));
        processes.add(processId);
        AlfrescoRest asAttorney = rest.as(attorney, attorneyPassword);
        // the starter may list the process's tasks; a candidate may not until it claims one
        JSONArray tasks = (JSONArray) ((JSONObject) rest.get("/workflow/versions/1/processes/" + processId
                + "/tasks").get("list")).get("entries");
        if (tasks.size() != 1) {
            throw new IllegalStateException("Review process " + processId + " has " + tasks.size() + " open tasks");
        }
        String taskId = (String) ((JSONObject) ((JSONObject) tasks.get(0)).get("entry")).get("id");
        asAttorney.put("/workflow/versions/1/tasks/" + taskId + "?select=state", Map.of("state", "claimed"));
        asAttorney.put("/workflow/versions/1/tasks/" + taskId + "?select=state,variables", Map.of(
                "state", "completed", "variables", List.of(Map.of("name", "immwf_attorneyReviewOutcome",
                        "value", taskOutcome, "scope", "local"))));
        return attorney;
    }

    /**
     * A user of this run's own in the given group (e.g. GROUP_IMM_PARALEGALS), with the given
     * password; disabled and taken out of the group at close.
     */
    public String member(String group, char[] password) {
        String id = "lpodesk-it-" + group.replace("GROUP_", "").toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        rest.post("/alfresco/versions/1/people", Map.of("id", id, "firstName", "LPO Desk test", "lastName", group,
                "email", id + "@example.invalid", "password", new String(password)), 201);
        rest.post("/alfresco/versions/1/groups/" + group + "/members", Map.of("id", id, "memberType", "PERSON"), 201);
        members.add(new String[] {group, id});
        return id;
    }

    /** This run's firm attorney and its password, for calls made as the attorney. */
    public String attorney(char[][] password) {
        password[0] = attorneyPassword.clone();
        return attorney();
    }

    /** A REST v1 or workflow API call as another user. */
    public JSONObject restAs(String user, char[] password, String method, String path, Map<String, ?> body,
                             int expectedStatus) {
        return rest.as(user, password).call(method, path, body, expectedStatus);
    }

    /** A web script call (path below {@code /alfresco/service}) as another user. */
    public JSONObject serviceAs(String user, char[] password, String method, String path, Map<String, ?> body,
                                int expectedStatus) {
        return rest.as(user, password).service(method, path, body, expectedStatus);
    }

    /** Replaces a node's content with a text, as another user. */
    public void putTextAs(String user, char[] password, String nodeId, String text) {
        rest.as(user, password).putText("/alfresco/versions/1/nodes/" + nodeId + "/content", text);
    }

    /** The status a REST v1 or workflow API call answers another user, whatever it is. */
    public int statusAs(String user, char[] password, String method, String path, Map<String, ?> body) {
        return rest.as(user, password).status(method, path, body);
    }

    /** A workflow started by a test, deleted at close if still running. */
    public void track(String processId) {
        processes.add(processId);
    }

    /** A firm attorney of this run's own: created on first use, disabled and out of the group at close. */
    private String attorney() {
        if (attorney == null) {
            String id = "lpodesk-it-attorney-" + UUID.randomUUID().toString().substring(0, 8);
            rest.post("/alfresco/versions/1/people", Map.of("id", id, "firstName", "LPO Desk test",
                    "lastName", "Attorney", "email", id + "@example.invalid", "password", new String(attorneyPassword)),
                    201);
            rest.post("/alfresco/versions/1/groups/" + ATTORNEYS + "/members", Map.of("id", id, "memberType",
                    "PERSON"), 201);
            attorney = id;
        }
        return attorney;
    }

    private static String entryId(JSONObject answer) {
        return (String) ((JSONObject) answer.get("entry")).get("id");
    }

    @Override
    public void close() {
        for (String process : processes) {
            // an approved review has ended; one sent back for changes waits for a revision
            JSONObject entry = (JSONObject) rest.get("/workflow/versions/1/processes/" + process).get("entry");
            if (!Boolean.TRUE.equals(entry.get("completed"))) {
                rest.delete("/workflow/versions/1/processes/" + process);
            }
        }
        for (String[] member : members) {
            rest.delete("/alfresco/versions/1/groups/" + member[0] + "/members/" + member[1]);
            rest.put("/alfresco/versions/1/people/" + member[1], Map.of("enabled", false));
        }
        if (attorney != null) {
            rest.delete("/alfresco/versions/1/groups/" + ATTORNEYS + "/members/" + attorney);
            rest.put("/alfresco/versions/1/people/" + attorney, Map.of("enabled", false));
        }
        List<String> failed = runFolder.deleteTree(true, UnfileObject.DELETE, true);
        if (failed != null && !failed.isEmpty()) {
            throw new IllegalStateException("Could not delete " + failed + " under " + runFolder.getPath());
        }
        // Alfresco moved the folder to the trashcan: purge it, so that the run leaves nothing behind
        rest.delete("/alfresco/versions/1/deleted-nodes/" + runFolder.getId());
    }
}
