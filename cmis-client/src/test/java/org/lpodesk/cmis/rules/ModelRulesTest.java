package org.lpodesk.cmis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.client.CmisQuery;
import org.lpodesk.cmis.types.ImmModel;
import org.lpodesk.identifier.ReceiptNumber;

/** The client-side rules on the real imm model, before anything reaches a server. */
class ModelRulesTest {

    private final ModelRules rules = new ModelRules(ImmModel.catalog());

    private static Map<String, Object> validCase() {
        return Map.of("imm:caseNumber", "IMM-2026-00001", "imm:caseType", "EB1A");
    }

    @Test
    void wrongJavaTypeForAPropertyIsRefused() {
        assertThatThrownBy(() -> rules.checkCreate("D:imm:evidence", List.of("P:imm:confidentiality"),
                Map.of("imm:exhibitNumber", 5)))
                .isInstanceOf(ModelRuleException.class)
                .hasMessage("Property imm:exhibitNumber expects a string value, got 5 (Integer)")
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.WRONG_TYPE);
        assertThatThrownBy(() -> rules.checkCreate("F:imm:case", List.of(), Map.of("imm:caseNumber", "IMM-2026-00001",
                "imm:caseType", "EB1A", "imm:priorityDate", "2027-01-01")))
                .hasMessage("Property imm:priorityDate expects a datetime value, got '2027-01-01' (String)");
        // the repository keeps the case deadline; no client writes it
        assertThatThrownBy(() -> rules.checkCreate("F:imm:case", List.of(), Map.of("imm:caseNumber", "IMM-2026-00001",
                "imm:caseType", "EB1A", "imm:caseDeadline", java.time.LocalDate.of(2027, 1, 1))))
                .hasMessage("Property imm:caseDeadline is read-only on Alfresco (protected in the model); refusing to"
                        + " send value 2027-01-01");
    }

    @Test
    void missingRequiredPropertyIsRefusedNamingTheType() {
        assertThatThrownBy(() -> rules.checkCreate("F:imm:case", List.of(), Map.of("imm:caseNumber", "IMM-2026-00001")))
                .hasMessage("Property imm:caseType is required on F:imm:case but has no value")
                .extracting(e -> ((ModelRuleException) e).propertyId()).isEqualTo("imm:caseType");
    }

    @Test
    void requiredPropertiesOfAnAddedAspectMustComeWithIt() {
        assertThatThrownBy(() -> rules.checkUpdate("F:imm:case", List.of(), List.of("P:imm:outsourcingConsent"),
                Map.of("imm:consentRecordedBy", "attorney1")))
                .hasMessage("Property imm:consentRecordedOn is required on P:imm:outsourcingConsent but has no value");
    }

    @Test
    void defaultsOfTheModelAreFilledInAsAlfrescoWould() {
        Map<String, Object> sent = rules.checkCreate("F:imm:case", List.of(), validCase());
        assertThat(sent).containsEntry("imm:caseStatus", "INTAKE");
        Map<String, Object> doc = rules.checkCreate("D:imm:evidence", List.of("P:imm:confidentiality"), Map.of());
        assertThat(doc).containsEntry("imm:confidentialityLevel", "CONFIDENTIAL");
    }

    @Test
    void receiptNumberPatternComesFromTheModelAndAgreesWithCore() {
        assertThat(rules.checkCreate("F:imm:case", List.of(), Map.of("imm:caseNumber", "IMM-2026-00001", "imm:caseType",
                "EB1A", "imm:receiptNumber", ReceiptNumber.parse("IOE0912345678").value())))
                .containsEntry("imm:receiptNumber", "IOE0912345678");
        assertThatThrownBy(() -> rules.checkValue("imm:receiptNumber", "ioe0912345678"))
                .hasMessage("Property imm:receiptNumber: value 'ioe0912345678' does not match the pattern "
                        + "[A-Z]{3}[0-9]{10}");
        assertThatThrownBy(() -> rules.checkValue("imm:aNumber", "A1234567"))
                .hasMessage("Property imm:aNumber: value 'A1234567' does not match the pattern A[0-9]{9}");
    }

    @Test
    void readOnlyPropertiesAreNeverSent() {
        assertThatThrownBy(() -> rules.checkUpdate("D:imm:petitionDraft", List.of("P:imm:confidentiality"),
                List.of("P:imm:confidentiality", "P:imm:attorneyApproval"), Map.of("imm:approver", "paralegal1")))
                .hasMessage("Property imm:approver is read-only on Alfresco (protected in the model); refusing to "
                        + "send value 'paralegal1'");
    }

    @Test
    void unknownTypesAspectsAndPropertiesAreNamed() {
        assertThatThrownBy(() -> rules.checkCreate("D:imm:visa", List.of(), Map.of()))
                .hasMessageStartingWith("Type D:imm:visa is not a type Alfresco exposes for the imm model (known: ");
        assertThatThrownBy(() -> rules.secondarySet("D:imm:evidence", List.of(), List.of("P:imm:urgent"), List.of()))
                .hasMessageStartingWith("Secondary type P:imm:urgent is not an aspect Alfresco exposes");
        assertThatThrownBy(() -> rules.checkCreate("D:imm:evidence", List.of("P:imm:confidentiality"),
                Map.of("imm:noticeKind", "RFE")))
                .hasMessage("Property imm:noticeKind (value 'RFE') is not defined on D:imm:evidence nor on its "
                        + "secondary types [P:imm:confidentiality]");
    }

    @Test
    void aSingleValuedPropertyRefusesAList() {
        assertThatThrownBy(() -> rules.checkCreate("F:imm:case", List.of(), Map.of("imm:caseNumber", "IMM-2026-00001",
                "imm:caseType", List.of("EB1A", "EB1B"))))
                .hasMessage("Property imm:caseType holds a single value, got a list [EB1A, EB1B]");
    }

    @Test
    void theSecondaryTypeSetIsCompleteCurrentMandatoryRequestedAndOwnersOfProperties() {
        assertThat(rules.secondarySet("D:imm:evidence", List.of("P:cm:titled"), List.of("P:imm:filing"),
                List.of("imm:sentTo", "imm:exhibitNumber", "cmis:name")))
                .containsExactly("P:cm:titled", "P:imm:confidentiality", "P:imm:evidenceTags", "P:imm:filing", "P:imm:sent");
    }

    @Test
    void aspectsTheServerPutOnTheObjectAreKeptButAnUnknownAspectCannotBeAdded() {
        // Alfresco's own aspects come back in cmis:secondaryObjectTypeIds and must be sent back
        List<String> current = List.of("P:imm:confidentiality", "P:sys:localized", "P:cm:lockable");
        List<String> wanted = rules.secondarySet("D:imm:evidence", current, List.of("P:cm:titled"), List.of());
        // evidence always carries its checklist tags (a mandatory aspect the object did not show yet)
        assertThat(wanted).containsExactly("P:imm:confidentiality", "P:sys:localized", "P:cm:lockable",
                "P:imm:evidenceTags", "P:cm:titled");
        assertThat(rules.checkUpdate("D:imm:evidence", current, wanted, Map.of("cm:title", "Award")))
                .containsEntry("cm:title", "Award");
        assertThatThrownBy(() -> rules.checkUpdate("D:imm:evidence", List.of("P:imm:confidentiality"),
                List.of("P:imm:confidentiality", "P:sys:localized"), Map.of()))
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.UNKNOWN_ASPECT);
        assertThatThrownBy(() -> rules.checkUpdate("D:imm:evidence", current, current, Map.of("sys:locale", "en")))
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.UNKNOWN_PROPERTY);
    }

    @Test
    void basePropertiesAlfrescoDoesNotIndexCannotBeFilteredAndTokenisedOnesCannotBeSorted() {
        assertThatThrownBy(() -> CmisQuery.from(rules, "D:imm:document", "d").where("cmis:versionLabel",
                CmisQuery.Op.EQ, "1.0")).hasMessage("Property cmis:versionLabel cannot be used in WHERE: it is not "
                        + "queryable on Alfresco (not indexed)");
        assertThatThrownBy(() -> CmisQuery.from(rules, "D:imm:document", "d").orderBy("cmis:contentStreamFileName",
                true)).extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.NOT_ORDERABLE);
        assertThat(CmisQuery.from(rules, "D:imm:document", "d").select("cmis:objectId")
                .where("cmis:name", CmisQuery.Op.EQ, "a.pdf").orderBy("cmis:creationDate", false).toSql())
                .endsWith("WHERE d.cmis:name = 'a.pdf' ORDER BY d.cmis:creationDate DESC");
    }

    @Test
    void queriesJoinAspectsAliasEveryColumnAndCheckWhereAndOrderBy() {
        String sql = CmisQuery.from(rules, "F:imm:case", "c").select("cmis:objectId", "imm:caseNumber",
                "imm:consentScope").where("imm:caseStatus", CmisQuery.Op.EQ, "FILED")
                .where("imm:consentScope", CmisQuery.Op.EQ, "DOCUMENTS").where("imm:caseDeadline", CmisQuery.Op.LE,
                        ModelRules.toCalendar(LocalDate.of(2027, 1, 31)))
                .orderBy("imm:caseDeadline", true).toSql();
        assertThat(sql).isEqualTo("SELECT c.cmis:objectId AS objectId, c.imm:caseNumber AS imm:caseNumber, "
                + "a1.imm:consentScope AS imm:consentScope FROM imm:case AS c JOIN imm:outsourcingConsent AS a1 "
                + "ON c.cmis:objectId = a1.cmis:objectId WHERE c.imm:caseStatus = 'FILED' AND "
                + "a1.imm:consentScope = 'DOCUMENTS' AND c.imm:caseDeadline <= TIMESTAMP '2027-01-31T00:00:00.000Z' "
                + "ORDER BY c.imm:caseDeadline ASC");
        assertThatThrownBy(() -> CmisQuery.from(rules, "D:imm:uscisNotice", "n").orderBy("imm:evidenceCriterion", true))
                .hasMessage("Property imm:evidenceCriterion is not defined on D:imm:uscisNotice nor on any aspect "
                        + "of the imm model");
        assertThatThrownBy(() -> CmisQuery.from(rules, "F:imm:case", "c").orderBy("imm:caseDeadlineRule", true))
                .extracting(e -> ((ModelRuleException) e).violation()).isEqualTo(RuleViolation.NOT_ORDERABLE);
        assertThat(CmisQuery.from(rules, "F:imm:case", "c").select("imm:beneficiaryName")
                .where("imm:beneficiaryName", CmisQuery.Op.EQ, "O'Brien").toSql())
                .endsWith("WHERE c.imm:beneficiaryName = 'O\\'Brien'");
    }

    @Test
    void aPropertyThatIsNotIndexedCannotBeFiltered() throws Exception {
        ModelRules other;
        try (var in = ModelRulesTest.class.getResourceAsStream("/models/mapping-cases.xml")) {
            other = new ModelRules(new org.lpodesk.cmis.types.CmisTypeMapper().map(
                    new org.lpodesk.cmis.model.ContentModelReader().read(in, "mapping-cases.xml"),
                    org.lpodesk.cmis.types.ModelLabels.none()));
        }
        assertThatThrownBy(() -> CmisQuery.from(other, "D:t:doc", "d").where("t:hidden", CmisQuery.Op.EQ, "x"))
                .hasMessage("Property t:hidden cannot be used in WHERE: it is not queryable on Alfresco (not indexed)");
        assertThatThrownBy(() -> other.checkValue("t:short", "toolong"))
                .hasMessage("Property t:short: value 'toolong' is longer than 5 characters");
        assertThatThrownBy(() -> other.checkValue("t:ratio", 1.5))
                .hasMessage("Property t:ratio: value 1.5 is outside the range 0 to 1");
    }
}
