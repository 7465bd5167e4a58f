package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.TestNumbers;

class ClientOperationsTest {

    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;
    private final TestNumbers numbers = new TestNumbers();
    private FolderRef client;

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
        kit = ImmigrationCmisClient.connect(endpoint.connection());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @BeforeEach
    void newClient() {
        client = kit.createClient(endpoint.root(), NewClient.named("Client " + UUID.randomUUID()));
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4 " + text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void createsClientAndCaseFoldersWithTheirModelProperties() {
        String receipt = numbers.receiptNumber("IOE");
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Maria Garcia")
                .withReceiptNumber(receipt));
        Map<String, Object> props = kit.properties(kase.id());
        assertThat(kase.typeId()).isEqualTo("F:imm:case");
        assertThat(props).containsEntry("imm:caseType", "EB1A").containsEntry("imm:receiptNumber", receipt)
                .containsEntry("imm:beneficiaryName", "Maria Garcia")
                // the model's default, sent as Alfresco would apply it
                .containsEntry("imm:caseStatus", "INTAKE");
        assertThat(kit.properties(client.id())).containsEntry("imm:clientKind", "INDIVIDUAL");
    }

    @Test
    void uploadsADocumentWithItsMandatoryAndRequestedAspectsAsTheFullSet() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.O1, "Ken Ito"));
        DocumentRef doc = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:evidence", "award.pdf",
                "application/pdf", pdf("award")).with("imm:exhibitNumber", "A-1")
                .with("imm:confidentialityLevel", "RESTRICTED_PII").withAspect("P:cm:titled")
                .with("cm:title", "Award letter"));
        // what the kit sent: the type's mandatory aspects and the one asked for
        assertThat(doc.secondaryTypeIds()).containsExactlyInAnyOrder("P:imm:confidentiality", "P:imm:evidenceTags", "P:cm:titled");
        Map<String, Object> props = kit.properties(doc.id());
        assertThat(props).containsEntry("imm:confidentialityLevel", "RESTRICTED_PII")
                .containsEntry("cm:title", "Award letter").containsEntry("imm:exhibitNumber", "A-1");
        @SuppressWarnings("unchecked")
        List<String> secondary = (List<String>) props.get("cmis:secondaryObjectTypeIds");
        // what the server holds: those plus the server's own
        assertThat(secondary).containsExactlyInAnyOrderElementsOf(
                endpoint.kind().withOwnAspects("P:imm:confidentiality", "P:imm:evidenceTags", "P:cm:titled"));
    }

    @Test
    void findsCasesByStatusTypeReceiptBeneficiaryAndDeadlineWindowWithPaging() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<LocalDate> eb1aDeadlines = new java.util.ArrayList<>();
        List<LocalDate> allDeadlines = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(),
                    i % 2 == 0 ? CaseType.EB1A : CaseType.I485, "Beneficiary " + tag + " " + i)
                    .withStatus(CaseStatus.DRAFTING).withReceiptNumber(numbers.receiptNumber("WAC")));
            // the repository gives each case the deadline of its notice, three days apart
            LocalDate due = kit.recordNotice(kase.id(), new NewNotice("NOID", LocalDate.of(2026, 10, 5).plusDays(3L * i),
                    "ELECTRONIC", null, null, null, null, null)).caseDeadline();
            allDeadlines.add(due);
            if (i % 2 == 0) {
                eb1aDeadlines.add(due);
            }
        }
        assertThat(eb1aDeadlines).isSorted().doesNotHaveDuplicates();
        Page<CaseSummary> first = kit.findCases(CaseCriteria.any().beneficiary(tag).caseType("EB1A")
                .orderBy("imm:caseDeadline", true).page(0, 3));
        assertThat(first.items()).hasSize(3).extracting(CaseSummary::deadline)
                .containsExactlyElementsOf(eb1aDeadlines.subList(0, 3));
        assertThat(first.hasMore()).isTrue();
        Page<CaseSummary> second = kit.findCases(CaseCriteria.any().beneficiary(tag).caseType("EB1A")
                .orderBy("imm:caseDeadline", true).page(3, 3));
        assertThat(second.items()).extracting(CaseSummary::deadline).containsExactly(eb1aDeadlines.get(3));
        assertThat(second.hasMore()).isFalse();

        CaseSummary any = first.items().get(0);
        assertThat(kit.findCases(CaseCriteria.any().receiptNumber(any.receiptNumber())).items())
                .extracting(CaseSummary::id).containsExactly(any.id());
        assertThat(kit.findCases(CaseCriteria.any().beneficiary(tag).status("DRAFTING")
                .deadlineBetween(allDeadlines.get(1), allDeadlines.get(3)).page(0, 50)).items())
                .extracting(CaseSummary::deadline).containsExactlyInAnyOrderElementsOf(allDeadlines.subList(1, 4));
    }

    @Test
    void queriesAspectPropertiesThroughAJoin() {
        FolderRef withConsent = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB2_NIW, "Ana"));
        kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB2_NIW, "Ana"));
        kit.addAspects(withConsent.id(), List.of("P:imm:outsourcingConsent"), Map.of(
                "imm:consentRecordedBy", "attorney1", "imm:consentRecordedOn", LocalDate.of(2026, 11, 2),
                "imm:consentScope", "DOCUMENTS_AND_RESTRICTED_PII"));
        assertThat(kit.findCases(CaseCriteria.any().consentScope("DOCUMENTS_AND_RESTRICTED_PII")).items())
                .extracting(CaseSummary::id).containsExactly(withConsent.id());
    }

    @Test
    void listsOnlyDeliverablesWhoseCurrentVersionIsApproved() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Li Wei"));
        DocumentRef approved = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:petitionDraft", "petition.pdf",
                "application/pdf", pdf("petition")));
        DocumentRef editedAfter = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:coverLetter", "cover.pdf",
                "application/pdf", pdf("cover")));
        DocumentRef rejected = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:coverLetter", "other.pdf",
                "application/pdf", pdf("other")));
        kit.uploadDocument(kase.id(), NewDocument.of("D:imm:evidence", "unreviewed.pdf", "application/pdf",
                pdf("x")));
        String attorney = endpoint.recordReview(approved.id(), "APPROVED");
        endpoint.recordReview(editedAfter.id(), "APPROVED");
        endpoint.recordReview(rejected.id(), "CHANGES_REQUESTED");
        kit.checkOut(editedAfter.id());
        kit.checkIn(editedAfter.id(), false, pdf("cover v2"), "application/pdf", Map.of(), "typo");

        assertThat(kit.approvedDeliverables(kase.id())).extracting(Deliverable::name, Deliverable::approver)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("petition.pdf", attorney));
    }

    @Test
    void checkOutAndInKeepsTheAspects() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.L1, "Ola"));
        DocumentRef doc = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:supportLetter", "letter.pdf",
                "application/pdf", pdf("v1")).withAspect("P:cm:titled").with("cm:title", "Support")
                .with("imm:confidentialityLevel", "INTERNAL"));
        kit.checkOut(doc.id());
        DocumentRef v2 = kit.checkIn(doc.id(), true, pdf("v2"), "application/pdf", Map.of("imm:letterSigned", true),
                "signed");
        assertThat(v2.versionLabel()).isEqualTo("2.0");
        assertThat(v2.secondaryTypeIds()).containsExactlyInAnyOrderElementsOf(
                endpoint.kind().withOwnAspects("P:imm:confidentiality", "P:cm:titled"));
        assertThat(kit.properties(v2.id())).containsEntry("imm:letterSigned", true)
                .containsEntry("imm:confidentialityLevel", "INTERNAL").containsEntry("cm:title", "Support");
    }

    @Test
    void recordsANoticeAndGivesTheCaseItsReceiptNumber() {
        String receipt = numbers.receiptNumber("MSC");
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.I130, "Sam"));
        DocumentRef notice = kit.recordNotice(kase.id(), new NewNotice("RECEIPT", LocalDate.of(2026, 10, 1), "MAIL",
                receipt, null, null, null, pdf("receipt"))).document();
        assertThat(notice.typeId()).isEqualTo("D:imm:uscisNotice");
        assertThat(kit.properties(notice.id())).containsEntry("imm:noticeKind", "RECEIPT")
                .containsEntry("imm:noticeReceiptNumber", receipt);
        assertThat(kit.properties(kase.id())).containsEntry("imm:receiptNumber", receipt);
    }

    @Test
    void duplicateNameIsRefusedNamingTheName() {
        String number = numbers.caseNumber();
        kit.createCase(client.id(), NewCase.of(number, CaseType.EB1A, "X"));
        assertThatThrownBy(() -> kit.createCase(client.id(), NewCase.of(number, CaseType.EB1A, "X")))
                .isInstanceOf(DuplicateNameException.class)
                .hasCauseInstanceOf(endpoint.kind().duplicateNameRefusal())
                .hasMessage("An object named '" + number + "' already exists in " + client.path());
    }

    @Test
    void uploadsADocumentOfEveryDocumentTypeOfTheModel() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.PERM, "Rui"));
        List<String> types = kit.catalog().types().stream().map(t -> t.id()).filter(id -> id.startsWith("D:imm:"))
                .toList();
        assertThat(types).hasSizeGreaterThan(5);
        for (String type : types) {
            NewDocument doc = NewDocument.of(type, type.substring(6) + ".pdf", "application/pdf", pdf(type));
            if (type.equals(ImmigrationCmisClient.NOTICE_TYPE)) {
                doc = doc.with("imm:noticeKind", "BIOMETRICS").with("imm:noticeDate", LocalDate.of(2026, 11, 3));
            }
            DocumentRef ref = kit.uploadDocument(kase.id(), doc);
            assertThat(kit.properties(ref.id())).containsEntry("cmis:objectTypeId", type)
                    .containsEntry("imm:confidentialityLevel", "CONFIDENTIAL");
        }
        assertThat(kit.documentsIn(kase.id())).hasSize(types.size());
    }

    @Test
    void theReadmeExampleRuns() {
        // README.md, section Integrators, against the test endpoint
        char[] password = endpoint.connection().password();
        byte[] bytes = pdf("award");
        var kit = ImmigrationCmisClient.connect(new CmisConnection(endpoint.connection().url(), endpoint.connection().user(), password, "-default-"));
        FolderRef client = kit.createClient(endpoint.root(), NewClient.named("Maria Garcia " + UUID.randomUUID()));
        FolderRef kase = kit.createCase(client, NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Maria Garcia").withReceiptNumber(numbers.receiptNumber("IOE")).withStatus(CaseStatus.DRAFTING));
        kit.uploadDocument(kase, NewDocument.of("D:imm:evidence", "award.pdf", "application/pdf", bytes).with("imm:exhibitNumber", "A-1"));
        Page<CaseSummary> drafting = kit.findCases(CaseCriteria.any().status("DRAFTING").orderBy("imm:caseDeadline", true).page(0, 20));
        assertThat(drafting.items()).extracting(CaseSummary::id).contains(kase.id());
        assertThat(kit.documentsIn(kase.id())).containsKey("award.pdf");
    }

    @Test
    void theRepositoryKeepsTheCaseDeadlineAtTheEarliestOpenNoticeAndTheKitReadsItBack() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.I485, "Noor"));
        // RFE dated 2026-10-01, mailed: +87 = Sunday 2026-12-27, rolled to Monday 2026-12-28
        NoticeRecord rfe = kit.recordNotice(kase.id(), new NewNotice("RFE", LocalDate.of(2026, 10, 1), "MAIL",
                null, null, null, null, null));
        assertThat(rfe.responseDeadline()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(rfe.deadlineRule()).isEqualTo("Due 2026-12-28: 84 days after the Request for Evidence dated"
                + " 2026-10-01, plus 3 days for service by mail; Sunday 2026-12-27 rolls to Monday 2026-12-28 under"
                + " 8 CFR 1.2. Source: 72 FR 19100 (2007); USCIS PM-602-0040.");
        assertThat(rfe.caseDeadline()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(rfe.caseDeadlineChanged()).isTrue();

        // the NOID: dated 2026-11-02, mailed, +33 = Saturday 2026-12-05 -> Monday 2026-12-07; earlier, so it leads
        NoticeRecord noid = kit.recordNotice(kase.id(), new NewNotice("NOID", LocalDate.of(2026, 11, 2), "MAIL",
                null, null, null, null, null));
        assertThat(noid.responseDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(noid.caseDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(noid.caseDeadlineRule()).startsWith("Notice of Intent to Deny dated 2026-11-02 (the earliest of 2 open"
                + " obligations, none answered): Due 2026-12-07:");
        // stored as the calendar date convention says: midnight UTC of the day
        assertThat(kit.properties(noid.document().id()).get("imm:responseDeadline"))
                .isEqualTo(java.time.Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(kit.properties(noid.document().id()).get("imm:noticeDate"))
                .isEqualTo(java.time.Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(kit.findCases(CaseCriteria.any().deadlineBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
                .items()).extracting(CaseSummary::id).contains(kase.id());

        // answered: the case deadline moves later, to the RFE, then clears; it never stays pinned to the past
        assertThat(kit.markAnswered(noid.document().id())).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(kit.markAnswered(rfe.document().id())).isNull();
        assertThat(kit.properties(kase.id()).get("imm:caseDeadline")).isNull();
        assertThat(kit.properties(kase.id()).get("imm:caseDeadlineRule")).isNull();
    }

    @Test
    void aTimeOfDayForADatePropertyIsRefusedBeforeSending() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.I485, "Noor"));
        assertThatThrownBy(() -> kit.update(kase.id(), Map.of("imm:priorityDate",
                java.time.OffsetDateTime.parse("2026-03-02T15:07:00Z"))))
                .isInstanceOf(org.lpodesk.cmis.rules.ModelRuleException.class)
                .hasMessage("Property imm:priorityDate: 2026-03-02T15:07:00Z is not a calendar date: it is -8:53:00 from"
                        + " midnight UTC of 2026-03-03, which is no time zone's midnight. A date property holds a day:"
                        + " send the date alone (yyyy-mm-dd) or midnight of the day.");
        // midnight in the vendor's zone is that day, sent as midnight UTC
        kit.update(kase.id(), Map.of("imm:priorityDate", java.time.OffsetDateTime.parse("2026-03-02T00:00:00+05:30")));
        assertThat(kit.properties(kase.id()).get("imm:priorityDate")).isEqualTo(java.time.Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void linksAnRfeResponseToItsNotice() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Ade"));
        DocumentRef notice = kit.recordNotice(kase.id(), new NewNotice("RFE", LocalDate.of(2026, 11, 2), "MAIL", null,
                null, null, null, pdf("rfe"))).document();
        DocumentRef response = kit.uploadDocument(kase.id(), NewDocument.of("D:imm:rfeResponse", "response.pdf",
                "application/pdf", pdf("response")));
        kit.linkResponse(response.id(), notice.id());
        assertThat(kit.respondsTo(response.id())).containsExactly(notice.id());
        assertThatThrownBy(() -> kit.linkResponse(notice.id(), response.id()))
                .hasMessage("'" + notice.id() + "' is a D:imm:uscisNotice; R:imm:respondsTo links only [D:imm:rfeResponse]");
    }
}
