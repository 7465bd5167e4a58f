package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.commons.impl.json.JSONArray;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.LiveCmisEndpoint;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.dates.CalendarDates;

/**
 * One notice date written through every tier a firm uses — the kit (CMIS), Share's form
 * submission (the form processor, the date picker's {@code yyyy-mm-dd}), REST v1 with and
 * without a zone — reads back as the same calendar date, with the same response deadline, in the
 * kit, in REST v1 and in LPO Desk's case summary. Live only (a real Alfresco with LPO Desk): the
 * in-memory server has neither Share's form processor nor REST v1. The build runs it with the
 * client JVM in UTC, America/New_York and Asia/Kolkata; run the repository in each zone too.
 */
class DatesAcrossTiersTest {

    // NOID dated 2026-11-02, mailed: +33 = Saturday 2026-12-05, rolled to Monday 2026-12-07
    private static final LocalDate NOTICE_DATE = LocalDate.of(2026, 11, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 7);

    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;
    private final TestNumbers numbers = new TestNumbers();

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
        kit = ImmigrationCmisClient.connect(endpoint.connection());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private LiveCmisEndpoint live() {
        assumeTrue(endpoint instanceof LiveCmisEndpoint, "needs a live Alfresco with LPO Desk (LPODESK_CMIS_IT_URL, …)");
        return (LiveCmisEndpoint) endpoint;
    }

    @Test
    void aNoticeDateReadsTheSameInEveryTierWhoeverWroteIt() {
        LiveCmisEndpoint alfresco = live();
        FolderRef client = kit.createClient(endpoint.root(), NewClient.named("Dates " + UUID.randomUUID()));
        FolderRef kase = kit.createCase(client, NewCase.of(numbers.caseNumber(), CaseType.I485, "Zone Test"));

        // 1. the kit, over CMIS
        NoticeRecord viaKit = kit.recordNotice(kase.id(), new NewNotice("NOID", NOTICE_DATE, "MAIL", null, null, null,
                null, null));
        assertEverywhere(alfresco, kase, viaKit.document().id(), "kit (" + TimeZone.getDefault().getID() + ")");

        // 2. Share's form submission: the date picker sends the day alone
        String share = newNotice(kase).id();
        alfresco.service("POST", "/api/node/workspace/SpacesStore/" + nodeId(share) + "/formprocessor",
                Map.of("prop_imm_noticeDate", NOTICE_DATE.toString()), 200);
        assertEverywhere(alfresco, kase, share, "Share form processor");

        // 3. REST v1, a zone-less date, then midnight in the vendor's and in the firm's zone
        String rest = newNotice(kase).id();
        for (String sent : List.of(NOTICE_DATE.toString(), NOTICE_DATE + "T00:00:00.000+05:30",
                NOTICE_DATE.atStartOfDay(ZoneId.of("America/New_York")).toOffsetDateTime().toString())) {
            alfresco.rest("PUT", "/alfresco/versions/1/nodes/" + nodeId(rest), Map.of("properties",
                    Map.of("imm:noticeDate", "2026-10-30")), 200);
            alfresco.rest("PUT", "/alfresco/versions/1/nodes/" + nodeId(rest), Map.of("properties",
                    Map.of("imm:noticeDate", sent)), 200);
            assertEverywhere(alfresco, kase, rest, "REST v1 " + sent);
        }

        // 4. a moment that is no zone's midnight (a script's "now"): the firm's date at that moment
        alfresco.rest("PUT", "/alfresco/versions/1/nodes/" + nodeId(rest), Map.of("properties",
                Map.of("imm:noticeDate", NOTICE_DATE + "T15:07:13.500Z")), 200);
        assertEverywhere(alfresco, kase, rest, "REST v1, a moment of the firm's " + NOTICE_DATE);

        // 5. CMIS with an offset: midnight in Kolkata is that day
        kit.update(rest, Map.of("imm:noticeDate", OffsetDateTime.parse("2026-10-30T00:00:00+05:30")));
        kit.update(rest, Map.of("imm:noticeDate", OffsetDateTime.parse(NOTICE_DATE + "T00:00:00+05:30")));
        assertEverywhere(alfresco, kase, rest, "CMIS, Kolkata midnight");
    }

    private DocumentRef newNotice(FolderRef kase) {
        // an RFE from another day, then corrected to the NOID under test
        DocumentRef doc = kit.recordNotice(kase.id(), new NewNotice("NOID", LocalDate.of(2026, 10, 30), "MAIL", null,
                null, "notice-" + UUID.randomUUID() + ".pdf", null, null)).document();
        assertThat(kit.properties(doc.id()).get("imm:noticeDate")).isEqualTo(Instant.parse("2026-10-30T00:00:00Z"));
        return doc;
    }

    /** The kit, REST v1 and the case summary agree on the notice date and on the deadlines. */
    private void assertEverywhere(LiveCmisEndpoint alfresco, FolderRef kase, String noticeId, String writer) {
        Map<String, Object> viaCmis = kit.properties(noticeId);
        assertThat(viaCmis.get("imm:noticeDate")).as(writer).isEqualTo(Instant.parse(NOTICE_DATE + "T00:00:00Z"));
        assertThat(viaCmis.get("imm:responseDeadline")).as(writer).isEqualTo(Instant.parse(DEADLINE + "T00:00:00Z"));

        JSONObject node = (JSONObject) alfresco.rest("GET", "/alfresco/versions/1/nodes/" + nodeId(noticeId), null, 200)
                .get("entry");
        JSONObject props = (JSONObject) node.get("properties");
        assertThat((String) props.get("imm:noticeDate")).as(writer + ", REST v1").startsWith(NOTICE_DATE + "T00:00:00.000");
        assertThat((String) props.get("imm:responseDeadline")).as(writer + ", REST v1").startsWith(DEADLINE + "T00:00:00.000");

        JSONObject summary = alfresco.service("GET", "/lpodesk/cases/summary?case=workspace://SpacesStore/"
                + kase.id(), null, 200);
        JSONArray deadlines = (JSONArray) summary.get("deadlines");
        assertThat(deadlines.stream().map(d -> ((JSONObject) d).get("date")).toList()).as(writer + ", case summary")
                .contains(DEADLINE.toString()).allMatch(d -> !"2026-12-04".equals(d) && !"2026-12-08".equals(d));
        assertThat(deadlines.stream().map(d -> (String) ((JSONObject) d).get("rule")).toList())
                .anyMatch(r -> r != null && r.contains("Due " + DEADLINE + ": 30 days after the Notice of Intent to Deny"
                        + " dated " + NOTICE_DATE));
        assertThat(CalendarDates.dayOf((Instant) kit.properties(kase.id()).get("imm:caseDeadline"))).as(writer + ", case")
                .isEqualTo(DEADLINE);
    }

    /** REST v1 and the form processor name a node by its id; CMIS by {@code id;version} for documents. */
    private static String nodeId(String cmisId) {
        Object object = kit.session().getObject(cmisId);
        return object instanceof Document d ? d.getVersionSeriesId() : cmisId.split(";")[0];
    }
}
