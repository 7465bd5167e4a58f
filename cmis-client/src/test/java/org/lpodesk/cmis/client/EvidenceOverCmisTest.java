package org.lpodesk.cmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.TestNumbers;

/**
 * The kit's evidence calls as an integrator uses them: tag uploads with checklist items, read the
 * completeness the repository computed, find the cases missing evidence with a CMIS query. Against
 * the in-memory server the module's behaviour is stood in with the same core classes; against a
 * live Alfresco the module computes.
 */
class EvidenceOverCmisTest {

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

    private DocumentRef upload(FolderRef kase, String type, String name) {
        return kit.uploadDocument(kase.id(), NewDocument.of(type, name, "application/pdf",
                ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)).with("imm:confidentialityLevel", "CONFIDENTIAL"));
    }

    @Test
    void tagsCountTowardsTheCaseAndTheKitReadsWhatTheRepositoryComputed() {
        String number = numbers.caseNumber();
        FolderRef kase = kit.createCase(client.id(), NewCase.of(number, CaseType.EB1A, "Dr. Lena Park"));
        kit.tagEvidence(upload(kase, "D:imm:evidence", "award.pdf").id(), List.of("eb1a.criterion.prizes"), false);
        kit.tagEvidence(upload(kase, "D:imm:supportLetter", "reviewer.pdf").id(), List.of("eb1a.criterion.judging"), false);

        EvidenceStatus two = kit.evidence(kase.id());
        assertThat(two.computed()).isTrue();
        assertThat(two.checklistId()).isEqualTo("eb1a");
        assertThat(two.ready()).isFalse();
        assertThat(two.criteriaMet()).isEqualTo(2);
        assertThat(two.missingItems()).first().extracting(EvidenceStatus.Item::label).isEqualTo("Continuing work in the field");
        assertThat(two.summary()).contains("EB-1A criteria: 2 of the 3 required have evidence");

        kit.tagEvidence(upload(kase, "D:imm:evidence", "salary.pdf").id(), List.of("eb1a.criterion.highSalary"), false);
        kit.tagEvidence(upload(kase, "D:imm:supportLetter", "plans.pdf").id(), List.of("eb1a.continuingWork"), false);
        kit.tagEvidence(upload(kase, "D:imm:petitionDraft", "petition.pdf").id(), List.of("eb1a.petitionLetter"), false);
        EvidenceStatus ready = kit.evidence(number);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.criteriaMet()).isEqualTo(3);
        assertThat(ready.missing()).isZero();
    }

    @Test
    void aForeignLanguageExhibitWithoutTranslationDoesNotCount() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Dr. Jun Sato"));
        kit.tagEvidence(upload(kase, "D:imm:evidence", "article-ja.pdf").id(), List.of("eb1a.criterion.publishedMaterial"), true);

        EvidenceStatus status = kit.evidence(kase.id());
        assertThat(status.criteriaMet()).isZero();
        assertThat(status.missingItems()).extracting(EvidenceStatus.Item::id).contains("eb1a.criterion.publishedMaterial");
    }

    @Test
    void aTagTheDocumentTypeCannotSatisfyIsRefusedAndChangesNothing() {
        FolderRef kase = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Dr. Ana Ruiz"));
        DocumentRef cover = upload(kase, "D:imm:coverLetter", "cover.pdf");

        assertThatThrownBy(() -> kit.tagEvidence(cover.id(), List.of("eb1a.criterion.highSalary"), false))
                .isInstanceOf(CmisConstraintException.class)
                .hasMessageContaining("A document of type imm:coverLetter cannot be evidence for \"(ix) High salary or remuneration\"");
        assertThatThrownBy(() -> kit.tagEvidence(cover.id(), List.of("eb1b.offer"), false))
                .isInstanceOf(CmisConstraintException.class)
                .hasMessageContaining("There is no item \"eb1b.offer\" in the EB-1A checklist of this case.");
        assertThat(kit.properties(cover.id()).get("imm:checklistItems")).isNull();
    }

    @Test
    void casesMissingEvidenceAreFoundByTypeAndCriteriaCount() {
        FolderRef thin = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB1A, "Thin Record"));
        kit.tagEvidence(upload(thin, "D:imm:evidence", "one.pdf").id(), List.of("eb1a.criterion.prizes"), false);
        FolderRef niw = kit.createCase(client.id(), NewCase.of(numbers.caseNumber(), CaseType.EB2_NIW, "Niw Case"));
        kit.tagEvidence(upload(niw, "D:imm:evidence", "degree.pdf").id(), List.of("eb2niw.advancedDegree"), false);

        List<String> eb1aBelowThree = kit.casesMissingEvidence("EB1A", 3, 0, 500).items().stream().map(CaseSummary::id).toList();
        List<String> anyType = kit.casesMissingEvidence(null, null, 0, 500).items().stream().map(CaseSummary::id).toList();
        assertThat(eb1aBelowThree).contains(thin.id()).doesNotContain(niw.id());
        assertThat(anyType).contains(thin.id(), niw.id());
    }
}
