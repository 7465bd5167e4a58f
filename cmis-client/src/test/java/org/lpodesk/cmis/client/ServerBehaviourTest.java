package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.cmis.rules.AlfrescoBaseProperties;
import org.lpodesk.cmis.rules.ModelRuleException;
import org.lpodesk.cmis.rules.RuleViolation;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.ServerKind;
import org.lpodesk.cmis.testing.TestNumbers;

/**
 * What the server itself does with what a client sends past the kit's checks (straight through
 * OpenCMIS), so that an integrator knows which of the kit's refusals the server would also make
 * and which it would not. Each scenario asserts the behaviour of the server it runs against: the
 * OpenCMIS InMemory server in the default build, a live Alfresco with LPO Desk deployed when
 * LPODESK_CMIS_IT_URL is set (see {@link Endpoints}).
 */
class ServerBehaviourTest {

    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;
    private static Session session;
    private final TestNumbers numbers = new TestNumbers();
    private FolderRef kase;

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
        kit = ImmigrationCmisClient.connect(endpoint.connection());
        session = kit.session();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @BeforeEach
    void newCase() {
        FolderRef client = kit.createClient(endpoint.root(), NewClient.named("Server " + UUID.randomUUID()));
        kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Maria Garcia"));
    }

    private Document rawDocument(String typeId, String name, Map<String, Object> more) {
        Map<String, Object> props = new HashMap<>(more);
        props.put(PropertyIds.OBJECT_TYPE_ID, typeId);
        props.put(PropertyIds.NAME, name);
        byte[] body = "%PDF-1.4 raw".getBytes(StandardCharsets.UTF_8);
        return (Document) session.getObject(session.createDocument(props, session.createObjectId(kase.id()),
                session.getObjectFactory().createContentStream(name, body.length, "application/pdf",
                        new java.io.ByteArrayInputStream(body)), VersioningState.MAJOR), noCache());
    }

    private static org.apache.chemistry.opencmis.client.api.OperationContext noCache() {
        var ctx = session.createOperationContext();
        ctx.setCacheEnabled(false);
        return ctx;
    }

    private int childrenOf(String folderId) {
        int n = 0;
        for (var ignored : ((Folder) session.getObject(folderId, noCache())).getChildren(noCache())) {
            n++;
        }
        return n;
    }

    @Test
    void anAspectSentAsASecondaryTypeIsReadThroughItsPType() {
        DocumentRef ref = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:evidence", "award.pdf",
                "application/pdf", "%PDF-1.4 a".getBytes(StandardCharsets.UTF_8))
                .with("imm:confidentialityLevel", "RESTRICTED_PII"));
        Document doc = (Document) session.getObject(ref.id(), noCache());

        SecondaryType confidentiality = doc.getSecondaryTypes().stream()
                .filter(t -> t.getId().equals("P:imm:confidentiality")).findFirst().orElseThrow();
        assertThat(confidentiality.getQueryName()).isEqualTo("imm:confidentiality");
        assertThat(confidentiality.getPropertyDefinitions()).containsKey("imm:confidentialityLevel");
        assertThat((String) doc.getPropertyValue("imm:confidentialityLevel")).isEqualTo("RESTRICTED_PII");
        // the aspect's properties are found by a JOIN on the P: type's query name
        var rows = session.query("SELECT d.cmis:objectId AS id FROM imm:document AS d JOIN imm:confidentiality AS c "
                + "ON d.cmis:objectId = c.cmis:objectId WHERE c.imm:confidentialityLevel = 'RESTRICTED_PII' AND "
                + "IN_FOLDER(d, '" + kase.id() + "')", false);
        assertThat(rows).extracting(r -> (String) r.getPropertyValueByQueryName("id")).containsExactly(doc.getId());
    }

    @Test
    void mandatoryAspectsAndTheirDefaultsAppearOnlyWhereTheServerKnowsTheModel() {
        Document evidence = rawDocument("D:imm:evidence", "sent-without-aspects.pdf", Map.of());
        Document passport = rawDocument("D:imm:identityDocument", "passport.pdf", Map.of());
        List<String> evidenceAspects = evidence.getSecondaryTypes() == null ? List.of()
                : evidence.getSecondaryTypes().stream().map(ObjectType::getId).toList();

        if (endpoint.kind() == ServerKind.ALFRESCO) {
            // Alfresco applies the type's mandatory aspect with its default, and LPO Desk's
            // behaviour marks identity documents as restricted PII
            assertThat(evidenceAspects).contains("P:imm:confidentiality");
            assertThat((String) evidence.getPropertyValue("imm:confidentialityLevel")).isEqualTo("CONFIDENTIAL");
            assertThat((String) passport.getPropertyValue("imm:confidentialityLevel")).isEqualTo("RESTRICTED_PII");
        } else {
            // the in-memory server knows no mandatory aspects: the kit has to send them itself
            assertThat(evidenceAspects).doesNotContain("P:imm:confidentiality");
            assertThat((Object) passport.getPropertyValue("imm:confidentialityLevel")).isNull();
        }
    }

    @Test
    void valuesOutsideTheModelAreRefusedByTheKitAndByAlfresco() {
        FolderRef client = kit.createClient(endpoint.root(), NewClient.named("Refusals " + UUID.randomUUID()));
        Map<String, Object> badType = caseProps(numbers.caseNumber(), "EB5");
        Map<String, Object> noType = caseProps(numbers.caseNumber(), null);
        Map<String, Object> badNumber = caseProps("2026-014", "EB1A");

        assertThatThrownBy(() -> kit.createCase(client.id(), NewCase.of("2026-014", CaseType.EB1A, "X")))
                .isInstanceOf(ModelRuleException.class)
                .hasMessage("Property imm:caseNumber: value '2026-014' does not match the pattern " + CaseNumber.PATTERN);
        if (endpoint.kind() == ServerKind.ALFRESCO) {
            assertThatThrownBy(() -> createFolder(client, badType)).isInstanceOf(CmisConstraintException.class)
                    .hasMessageContaining("EB5");
            assertThatThrownBy(() -> createFolder(client, noType)).isInstanceOf(CmisConstraintException.class)
                    .hasMessageContaining("caseType");
            // LPO Desk's case-number check answers as a constraint violation with core's message
            assertThatThrownBy(() -> createFolder(client, badNumber)).isInstanceOf(CmisConstraintException.class)
                    .hasMessageContaining("2026-014");
            assertThat(childrenOf(client.id())).isZero();
        } else {
            // the in-memory server checks closed choices only: no required properties, no patterns
            assertThatThrownBy(() -> createFolder(client, badType)).isInstanceOf(CmisConstraintException.class);
            createFolder(client, noType);
            createFolder(client, badNumber);
            assertThat(childrenOf(client.id())).isEqualTo(2);
        }
    }

    private Map<String, Object> caseProps(String number, String caseType) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "F:imm:case");
        props.put(PropertyIds.NAME, number);
        props.put("imm:caseNumber", number);
        props.put("imm:caseStatus", "INTAKE");
        if (caseType != null) {
            props.put("imm:caseType", caseType);
        }
        return props;
    }

    private static void createFolder(FolderRef parent, Map<String, Object> props) {
        session.createFolder(props, session.createObjectId(parent.id()));
    }

    @Test
    void aReceiptNumberBelongsToOneLiveCaseOnAlfresco() {
        FolderRef client = kit.createClient(endpoint.root(), NewClient.named("Receipts " + UUID.randomUUID()));
        String receipt = numbers.receiptNumber("IOE");
        String holderNumber = numbers.caseNumber();
        FolderRef holder = kit.createCase(client.id(), NewCase.of(holderNumber, CaseType.I485, "Noor")
                .withReceiptNumber(receipt));
        String second = numbers.caseNumber();

        if (endpoint.kind() == ServerKind.ALFRESCO) {
            // LPO Desk's registry refuses it for a second case, naming the case that holds it
            assertThatThrownBy(() -> kit.createCase(client.id(), NewCase.of(second, CaseType.I485, "Noor")
                    .withReceiptNumber(receipt))).isInstanceOf(CmisConstraintException.class)
                    .hasMessageContaining("Receipt number " + receipt + " already belongs to case " + holderNumber);
            assertThat(kit.foldersIn(client.id())).containsOnlyKeys(holderNumber);
            // once the holder is deleted (with the sub-folders LPO Desk gave it) the number is free again
            ((Folder) session.getObject(holder.id())).deleteTree(true,
                    org.apache.chemistry.opencmis.commons.enums.UnfileObject.DELETE, true);
            assertThat(kit.createCase(client.id(), NewCase.of(second, CaseType.I485, "Noor")
                    .withReceiptNumber(receipt)).typeId()).isEqualTo("F:imm:case");
        } else {
            // the in-memory server knows nothing of receipt numbers
            kit.createCase(client.id(), NewCase.of(second, CaseType.I485, "Noor").withReceiptNumber(receipt));
            assertThat(kit.foldersIn(client.id())).containsOnlyKeys(holderNumber, second);
        }
    }

    @Test
    void resultColumnsAreNamedByEachServerItsOwnWayUnlessAliased() {
        String sql = "SELECT c.cmis:name, c.imm:caseNumber AS num FROM imm:case AS c WHERE c.imm:caseNumber = '"
                + kase.name() + "'";
        var rows = new java.util.ArrayList<org.apache.chemistry.opencmis.client.api.QueryResult>();
        session.query(sql, false).forEach(rows::add);
        assertThat(rows).hasSize(1);
        List<String> columns = rows.get(0).getProperties().stream().map(p -> p.getQueryName()).toList();

        // an alias names its column on both; an unaliased column is qualified by Alfresco only
        String unaliased = endpoint.kind() == ServerKind.ALFRESCO ? "c.cmis:name" : "cmis:name";
        assertThat(columns).containsExactlyInAnyOrder(unaliased, "num");
        assertThat((String) rows.get(0).getPropertyValueByQueryName("num")).isEqualTo(kase.name());
        // which is why the kit aliases every column: its rows read the same on every server
        assertThat(kit.findCases(CaseCriteria.any().caseType("EB1A").beneficiary("Maria Garcia")).items())
                .extracting(CaseSummary::caseNumber).contains(kase.name());
    }

    @Test
    void idsAreOpaqueAndTheKitUsesThemAsReturned() {
        DocumentRef v1 = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:supportLetter", "letter.pdf",
                "application/pdf", "%PDF-1.4 v1".getBytes(StandardCharsets.UTF_8)));
        kit.checkOut(v1.id());
        DocumentRef v2 = kit.checkIn(v1.id(), true, "%PDF-1.4 v2".getBytes(StandardCharsets.UTF_8),
                "application/pdf", Map.of(), "second");
        Document latest = (Document) session.getObject(v2.id(), noCache());

        assertThat(v2.versionLabel()).isEqualTo("2.0");
        assertThat(latest.isLatestVersion()).isTrue();
        assertThat(kit.documentsIn(kase.id()).get("letter.pdf").id()).isEqualTo(v2.id());
        if (endpoint.kind() == ServerKind.ALFRESCO) {
            // a document id names one version (node id;label); the version series id names the node
            assertThat(v1.id()).isEqualTo(latest.getVersionSeriesId() + ";1.0");
            assertThat(v2.id()).isEqualTo(latest.getVersionSeriesId() + ";2.0");
            assertThat(((Document) session.getObject(v1.id(), noCache())).getVersionLabel()).isEqualTo("1.0");
            assertThat(kase.id()).doesNotContain(";");
        } else {
            assertThat(v2.id()).isNotEqualTo(v1.id());
        }
    }

    @Test
    void aQueryTheKitRefusesIsRefusedByAlfrescoToo() {
        String nonOrderable = "SELECT c.cmis:objectId FROM imm:case AS c ORDER BY c.imm:caseDeadlineRule";
        String nonQueryable = "SELECT d.cmis:objectId FROM imm:document AS d WHERE d.cmis:checkinComment = 'x'";

        assertThatThrownBy(() -> CmisQuery.from(kit.rules(), "F:imm:case", "c").select("cmis:objectId")
                .orderBy("imm:caseDeadlineRule", true)).isInstanceOf(ModelRuleException.class)
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.NOT_ORDERABLE);
        assertThatThrownBy(() -> CmisQuery.from(kit.rules(), "D:imm:document", "d").select("cmis:objectId")
                .where("cmis:checkinComment", CmisQuery.Op.EQ, "x")).isInstanceOf(ModelRuleException.class)
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.NOT_QUERYABLE);
        if (endpoint.kind() == ServerKind.ALFRESCO) {
            assertThatThrownBy(() -> session.query(nonOrderable, false).iterator().hasNext())
                    .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("imm:caseDeadlineRule");
            assertThatThrownBy(() -> session.query(nonQueryable, false).iterator().hasNext())
                    .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("cmis:checkinComment");
        } else {
            // the in-memory server runs both
            assertThat(session.query(nonOrderable, false).getPageNumItems()).isGreaterThanOrEqualTo(0);
            assertThat(session.query(nonQueryable, false).getPageNumItems()).isZero();
        }
    }

    @Test
    void theKitKnowsWhichBasePropertiesAlfrescoFiltersAndSortsOn() {
        Assumptions.assumeTrue(endpoint.kind() == ServerKind.ALFRESCO,
                "Alfresco's index settings; the in-memory server filters and sorts on every property");
        List<String> disagreements = new java.util.ArrayList<>();
        for (String type : List.of("cmis:document", "cmis:folder")) {
            for (var p : session.getTypeDefinition(type).getPropertyDefinitions().values()) {
                String id = p.getId();
                String where = "SELECT t.cmis:objectId FROM " + type + " AS t WHERE t." + id + " IS NOT NULL";
                String order = "SELECT t.cmis:objectId FROM " + type + " AS t WHERE IN_FOLDER(t, '" + kase.id()
                        + "') ORDER BY t." + id;
                if (AlfrescoBaseProperties.queryable(id) != acceptedByParser(where)) {
                    disagreements.add(type + " WHERE " + id);
                }
                if (AlfrescoBaseProperties.orderable(id) != acceptedByParser(order)) {
                    disagreements.add(type + " ORDER BY " + id);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Whether Alfresco's query parser accepts the statement (running it may still need the index). */
    private static boolean acceptedByParser(String statement) {
        try {
            session.query(statement, false).getPageNumItems();
            return true;
        } catch (CmisInvalidArgumentException refused) {
            return false;
        } catch (org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException needsIndex) {
            return needsIndex.getMessage().contains("no index");
        }
    }
}
