package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.commons.impl.json.JSONArray;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.LiveCmisEndpoint;

/**
 * LPO Desk's workflow refusals as an integrator meets them over Alfresco's workflow REST API: a
 * client error with LPO Desk's sentence (403 not allowed, 422 incomplete), never a 500 with
 * Activiti's wrapper text. Live only: needs a real Alfresco with LPO Desk.
 */
class WorkflowRefusalsOverRestTest {

    private static final String API = "/workflow/versions/1";

    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
        kit = ImmigrationCmisClient.connect(endpoint.connection());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void listenerRefusalsAreClientErrorsWithTheirSentence() {
        assumeTrue(endpoint instanceof LiveCmisEndpoint, "needs a live Alfresco with LPO Desk (LPODESK_CMIS_IT_URL, …)");
        LiveCmisEndpoint alfresco = (LiveCmisEndpoint) endpoint;
        char[] password = UUID.randomUUID().toString().toCharArray();
        String paralegal = alfresco.member("GROUP_IMM_PARALEGALS", password);

        // 1. an attorney review of nothing: 422, the package is empty
        JSONObject empty = alfresco.restAs(paralegal, password, "POST", API + "/processes", Map.of(
                "processDefinitionKey", "immAttorneyReview", "items", List.of()), 422);
        assertThat(briefSummary(empty)).contains("has no document: add the drafts to review to the workflow package");

        // a draft of the paralegal's, sent for review by the paralegal
        FolderRef folder = kit.folderRef(endpoint.root());
        String draft = ((Document) kit.session().getObject(kit.uploadDocument(folder, NewDocument.of("D:imm:document",
                "draft-" + UUID.randomUUID() + ".txt", "text/plain", "a draft".getBytes())).id())).getVersionSeriesId();
        JSONObject started = alfresco.restAs(paralegal, password, "POST", API + "/processes", Map.of(
                "processDefinitionKey", "immAttorneyReview", "items", List.of(draft)), 201);
        String process = (String) ((JSONObject) started.get("entry")).get("id");
        alfresco.track(process);
        JSONArray tasks = (JSONArray) ((JSONObject) alfresco.restAs(paralegal, password, "GET", API + "/processes/"
                + process + "/tasks", null, 200).get("list")).get("entries");
        String task = (String) ((JSONObject) ((JSONObject) tasks.get(0)).get("entry")).get("id");

        // 2. the starter claims the attorney review: 403, only a firm attorney takes it
        JSONObject claim = alfresco.restAs(paralegal, password, "PUT", API + "/tasks/" + task + "?select=state",
                Map.of("state", "claimed"), 403);
        // people and groups by name: the test user's full name, the firm group's display name
        assertThat(briefSummary(claim)).contains("LPO Desk test GROUP_IMM_PARALEGALS cannot take the task")
                .contains("only a firm attorney (Immigration attorneys)").doesNotContain(paralegal)
                .doesNotContain("Exception while invoking");

        // 3. an attorney completes it with an outcome the task does not have: 422
        char[][] attorneyPassword = new char[1][];
        String attorney = alfresco.attorney(attorneyPassword);
        alfresco.restAs(attorney, attorneyPassword[0], "PUT", API + "/tasks/" + task + "?select=state",
                Map.of("state", "claimed"), 200);
        JSONObject incomplete = alfresco.restAs(attorney, attorneyPassword[0], "PUT", API + "/tasks/" + task
                + "?select=state,variables", Map.of("state", "completed", "variables", List.of(Map.of(
                        "name", "immwf_attorneyReviewOutcome", "value", "Maybe", "scope", "local"))), 422);
        assertThat(briefSummary(incomplete)).startsWith("The outcome \"Maybe\" of the task \"Attorney review\" is not"
                + " one of Approve, RequestChanges");
    }

    private static String briefSummary(JSONObject answer) {
        return (String) ((JSONObject) answer.get("error")).get("briefSummary");
    }
}
