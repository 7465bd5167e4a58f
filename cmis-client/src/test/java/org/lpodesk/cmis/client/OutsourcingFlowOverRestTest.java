package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.chemistry.opencmis.commons.impl.json.JSONArray;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.LiveCmisEndpoint;

/**
 * LPO Desk's outsourcing flow end to end through Alfresco's public APIs (REST v1, the workflow
 * API, LPO Desk's web scripts), as the demo users do it: the paralegal sends a petition draft of
 * the consenting client to the demo vendor; the vendor's manager accepts and names the associate;
 * the associate finds the shared copy through the task's assignment folder, may not publish it,
 * edits it and logs the hours; the vendor's reviewer sends it on; a firm attorney approves; the
 * approved text comes back as one new version of the firm's document with the approval on it, and
 * the associate has lost the folder. Every step's result goes to
 * target/live-reports/outsourcing-flow.txt. Live only: needs a real Alfresco with LPO Desk and its
 * demo data, and the demo users' password in LPODESK_DEMO_PASSWORD.
 */
class OutsourcingFlowOverRestTest {

    private static final String V1 = "/alfresco/versions/1";
    private static final String WF = "/workflow/versions/1";

    private static CmisTestEndpoint endpoint;
    private final List<String> report = new ArrayList<>();

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void aPetitionDraftGoesToTheVendorAndComesBackApproved() {
        assumeTrue(endpoint instanceof LiveCmisEndpoint, "needs a live Alfresco with LPO Desk (LPODESK_CMIS_IT_URL, …)");
        String demoPassword = System.getenv("LPODESK_DEMO_PASSWORD");
        assumeTrue(demoPassword != null && !demoPassword.isBlank(), "needs the demo users' password (LPODESK_DEMO_PASSWORD)");
        LiveCmisEndpoint alfresco = (LiveCmisEndpoint) endpoint;
        char[] pw = demoPassword.toCharArray();
        String run = Long.toString(Instant.now().getEpochSecond());
        try {
            // 1. the paralegal's case and a petition draft in its Drafts folder
            JSONObject eb1 = step("paralegal finds the EB-1A case of the consenting client", () -> {
                JSONArray cases = (JSONArray) alfresco.serviceAs("demo.paralegal", pw, "GET", "/lpodesk/cases", null, 200)
                        .get("cases");
                return cases.stream().map(JSONObject.class::cast)
                        .filter(c -> "Dr. Adaeze Okonkwo".equals(c.get("beneficiary"))).findFirst().orElseThrow();
            }, c -> c.get("caseNumber") + " " + c.get("caseTypeLabel"));
            String caseId = id((String) eb1.get("nodeRef"));
            String drafts = folderNamed(alfresco, pw, caseId, "Drafts");
            String petition = step("paralegal writes a petition draft", () -> {
                String created = entryId(alfresco.restAs("demo.paralegal", pw, "POST", V1 + "/nodes/" + drafts + "/children",
                        Map.of("name", "petition-" + run + ".txt", "nodeType", "imm:petitionDraft"), 201));
                alfresco.putTextAs("demo.paralegal", pw, created, "EB-1A petition, firm draft " + run);
                return created;
            }, id -> "node " + id);

            // 2. the request, through the repository's validated start
            String process = step("paralegal outsources it to the demo vendor", () -> {
                JSONObject started = alfresco.serviceAs("demo.paralegal", pw, "POST", "/lpodesk/outsourcing", Map.of(
                        "caseId", "workspace://SpacesStore/" + caseId, "vendorId", "demo-lpo", "taskKind", "EB1_PETITION",
                        "documents", List.of("workspace://SpacesStore/" + petition),
                        "description", "Draft the EB-1A petition letter (run " + run + ")"), 201);
                return String.valueOf(started.get("workflowInstanceId")).replace("activiti$", "");
            }, p -> "process " + p);
            alfresco.track(process);

            // 3. intake: the vendor's manager accepts and names the associate
            // the workflow API names a person association by the person's user id
            String personRef = "demo.lpo.associate";
            String intake = task(alfresco, "demo.lpo.manager", pw, process, "immwf:intakeTask");
            step("LPO manager accepts and names the associate", () -> complete(alfresco, "demo.lpo.manager", pw, intake,
                    List.of(variable("immwf_intakeOutcome", "Accept"), variable("immwf_draftingAssociate", personRef))),
                    t -> "task " + intake);

            // 4. drafting: the associate reaches the shared copy through the task's folder
            String drafting = task(alfresco, "demo.lpo.associate", pw, process, "immwf:draftingTask");
            String folder = step("associate's task links the assignment folder", () -> {
                JSONArray vars = (JSONArray) ((JSONObject) alfresco.restAs("demo.lpo.associate", pw, "GET", WF + "/tasks/"
                        + drafting + "/variables", null, 200).get("list")).get("entries");
                return vars.stream().map(e -> (JSONObject) ((JSONObject) e).get("entry"))
                        .filter(v -> "immwf_assignmentFolder".equals(v.get("name"))).map(v -> id((String) v.get("value")))
                        .findFirst().orElseThrow(() -> new AssertionError("no immwf_assignmentFolder on the drafting task"));
            }, f -> "folder " + f);
            String copy = step("associate finds the shared copy", () -> {
                JSONArray children = (JSONArray) ((JSONObject) alfresco.restAs("demo.lpo.associate", pw, "GET", V1 + "/nodes/"
                        + folder + "/children", null, 200).get("list")).get("entries");
                assertThat(children).hasSize(1);
                return (String) ((JSONObject) ((JSONObject) children.get(0)).get("entry")).get("id");
            }, c -> "copy " + c);
            int publicLink = step("associate may not publish the client's document", () -> alfresco.statusAs(
                    "demo.lpo.associate", pw, "POST", V1 + "/shared-links", Map.of("nodeId", copy)), s -> "HTTP " + s);
            assertThat(publicLink).as("a public link on a client document").isBetween(400, 499);
            assertThat(alfresco.statusAs("demo.paralegal", pw, "GET", V1 + "/nodes/" + petition, null))
                    .as("the firm still reads its document").isEqualTo(200);
            assertThat(alfresco.statusAs("demo.lpo.associate", pw, "GET", V1 + "/nodes/" + petition, null))
                    .as("the associate never reads the firm's original").isIn(403, 404);
            step("associate drafts and logs the hours", () -> {
                alfresco.putTextAs("demo.lpo.associate", pw, copy, "EB-1A petition, vendor draft " + run);
                return complete(alfresco, "demo.lpo.associate", pw, drafting, List.of(variable("immwf_hoursLogged", 3.5), variable("immwf_draftAiUsed", false)));
            }, t -> "task " + drafting);

            // 5. the vendor's review and the firm's
            String lpoReview = task(alfresco, "demo.lpo.reviewer", pw, process, "immwf:lpoReviewTask");
            step("LPO reviewer sends the work to the firm", () -> complete(alfresco, "demo.lpo.reviewer", pw, lpoReview,
                    List.of(variable("immwf_lpoReviewOutcome", "Approve"))), t -> "task " + lpoReview);
            String firmReview = task(alfresco, "demo.attorney", pw, process, "immwf:firmReviewTask");
            step("attorney approves", () -> complete(alfresco, "demo.attorney", pw, firmReview,
                    List.of(variable("immwf_firmReviewOutcome", "Approve"))), t -> "task " + firmReview);

            // 6. delivery and the end of the vendor's access
            JSONObject delivered = step("the approved draft is a new version of the firm's document", () -> poll(() -> {
                JSONObject node = (JSONObject) alfresco.restAs("demo.paralegal", pw, "GET", V1 + "/nodes/" + petition
                        + "?include=properties", null, 200).get("entry");
                JSONObject props = (JSONObject) node.get("properties");
                return props.get("imm:approvedVersionLabel") == null ? null : node;
            }), n -> "version " + ((JSONObject) n.get("properties")).get("cm:versionLabel") + ", approved by "
                    + ((JSONObject) n.get("properties")).get("imm:approver"));
            JSONObject props = (JSONObject) delivered.get("properties");
            assertThat(props.get("imm:approvedVersionLabel")).isEqualTo(props.get("cm:versionLabel"));
            assertThat(props.get("imm:approver")).isEqualTo("demo.attorney");
            int lost = step("the associate has lost the assignment folder", () -> poll(() -> {
                int status = alfresco.statusAs("demo.lpo.associate", pw, "GET", V1 + "/nodes/" + folder, null);
                return status == 200 ? null : status;
            }), s -> "HTTP " + s);
            assertThat(lost).isIn(403, 404);
            JSONObject ended = step("the process has ended", () -> poll(() -> {
                JSONObject entry = (JSONObject) alfresco.restAs("demo.paralegal", pw, "GET", WF + "/processes/" + process,
                        null, 200).get("entry");
                return Boolean.TRUE.equals(entry.get("completed")) ? entry : null;
            }), e -> "completed at " + e.get("endedAt"));
            assertThat(ended.get("completed")).isEqualTo(true);
        } finally {
            writeReport();
        }
    }

    private <T> T step(String what, Supplier<T> action, java.util.function.Function<T, Object> result) {
        try {
            T value = action.get();
            report.add("PASS " + what + ": " + result.apply(value));
            return value;
        } catch (RuntimeException | AssertionError e) {
            report.add("FAIL " + what + ": " + e.getMessage());
            throw e;
        }
    }

    private String task(LiveCmisEndpoint alfresco, String user, char[] pw, String process, String formKey) {
        return step(user + " has the " + formKey + " task", () -> poll(() -> {
            JSONArray tasks = (JSONArray) ((JSONObject) alfresco.restAs(user, pw, "GET", WF + "/tasks?where="
                    + java.net.URLEncoder.encode("(processId='" + process + "')", java.nio.charset.StandardCharsets.UTF_8),
                    null, 200).get("list")).get("entries");
            return tasks.stream().map(e -> (JSONObject) ((JSONObject) e).get("entry"))
                    .filter(t -> formKey.equals(t.get("formResourceKey"))).map(t -> (String) t.get("id")).findFirst()
                    .orElse(null);
        }), t -> "task " + t);
    }

    private static String complete(LiveCmisEndpoint alfresco, String user, char[] pw, String task,
                                   List<Map<String, Object>> variables) {
        JSONObject entry = (JSONObject) alfresco.restAs(user, pw, "GET", WF + "/tasks/" + task, null, 200).get("entry");
        if (entry.get("assignee") == null) {
            alfresco.restAs(user, pw, "PUT", WF + "/tasks/" + task + "?select=state", Map.of("state", "claimed"), 200);
        }
        alfresco.restAs(user, pw, "PUT", WF + "/tasks/" + task + "?select=state,variables",
                Map.of("state", "completed", "variables", variables), 200);
        return task;
    }

    private static Map<String, Object> variable(String name, Object value) {
        return Map.of("name", name, "value", value, "scope", "local");
    }

    private static String folderNamed(LiveCmisEndpoint alfresco, char[] pw, String parent, String name) {
        JSONArray children = (JSONArray) ((JSONObject) alfresco.restAs("demo.paralegal", pw, "GET", V1 + "/nodes/" + parent
                + "/children?where=(isFolder%3Dtrue)", null, 200).get("list")).get("entries");
        return children.stream().map(e -> (JSONObject) ((JSONObject) e).get("entry")).filter(e -> name.equals(e.get("name")))
                .map(e -> (String) e.get("id")).findFirst().orElseThrow(() -> new AssertionError("no folder " + name));
    }

    /** Waits for what the repository does asynchronously (sharing and delivery are asynchronous steps). */
    private static <T> T poll(Supplier<T> probe) {
        for (int attempt = 0; attempt < 120; attempt++) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within 60 s");
    }

    private static String id(String nodeRef) {
        return nodeRef.substring(nodeRef.lastIndexOf('/') + 1);
    }

    private static String entryId(JSONObject answer) {
        return (String) ((JSONObject) answer.get("entry")).get("id");
    }

    private void writeReport() {
        try {
            Path file = Path.of("target", "live-reports", "outsourcing-flow.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
