package org.lpodesk.cmis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.FileableCmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Tree;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lpodesk.cmis.client.CmisQuery;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.client.Page;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.PracticeGenerator;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.cmis.testing.PracticeGenerator.Practice;

class PracticeImportTest {

    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        endpoint = Endpoints.start();
        kit = ImmigrationCmisClient.connect(endpoint.connection());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private FolderRef target() {
        return kit.createClient(endpoint.root(), NewClient.named("Import " + UUID.randomUUID()));
    }

    /**
     * Every document under the target, read by walking the tree: Alfresco answers IN_TREE only
     * from its search index, which lags behind what was just imported.
     */
    private static List<String> documentIdsUnder(FolderRef target) {
        return descendants(target).stream().filter(o -> o.getBaseTypeId() == BaseTypeId.CMIS_DOCUMENT)
                .map(CmisObject::getId).toList();
    }

    private static int casesUnder(FolderRef target) {
        return (int) descendants(target).stream()
                .filter(o -> o.getType().getId().equals(ImmigrationCmisClient.CASE_TYPE)).count();
    }

    private static List<CmisObject> descendants(FolderRef target) {
        OperationContext ctx = kit.session().createOperationContext();
        ctx.setCacheEnabled(false);
        ctx.setMaxItemsPerPage(10_000);
        List<CmisObject> all = new ArrayList<>();
        collect(((Folder) kit.session().getObject(target.id(), ctx)).getDescendants(-1, ctx), all);
        return all;
    }

    private static void collect(List<Tree<FileableCmisObject>> level, List<CmisObject> into) {
        for (Tree<FileableCmisObject> node : level) {
            into.add(node.getItem());
            if (node.getChildren() != null) {
                collect(node.getChildren(), into);
            }
        }
    }

    @Test
    void importsAThousandDocumentsAcrossAHundredCases() {
        Practice practice = PracticeGenerator.write(tmp, new TestNumbers(), 20, 100, 10);
        FolderRef target = target();
        List<Integer> steps = new ArrayList<>();
        ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(practice.csv(),
                practice.documents(), target.path(), tmp.resolve("journal"), false), new ImportProgress() {
                    @Override
                    public void started(int totalSteps) {
                        steps.add(totalSteps);
                    }

                    @Override
                    public void step(int done, int total, String label) {
                        steps.add(done);
                    }
                });
        assertThat(s.refused()).isEmpty();
        assertThat(s.created()).isEqualTo(new ImportSummary.Counts(20, 100, 1000));
        assertThat(steps.get(0)).isEqualTo(1120);
        assertThat(steps.get(steps.size() - 1)).isEqualTo(1120);
        assertThat(casesUnder(target)).isEqualTo(100);
        assertThat(documentIdsUnder(target)).hasSize(1000).doesNotHaveDuplicates();
        // the type folders chose the document types
        assertThat(kit.documentsIn(target.path() + "/" + practice.clientOf(3) + "/" + practice.caseNumbers().get(3)).values())
                .extracting(d -> d.typeId()).contains("D:imm:evidence", "D:imm:petitionDraft", "D:imm:document");
    }

    @Test
    void aChecklistItemFolderTagsTheDocumentAndTheRepositoryRefusesAnItemTheCaseLacks() throws Exception {
        String number = new TestNumbers().caseNumber();
        Path csv = tmp.resolve("tagged.csv");
        Files.writeString(csv, "client_name,case_number,case_type,beneficiary_name\nTagged Client," + number + ",EB1A,Dr. Tag\n",
                StandardCharsets.UTF_8);
        Path docs = tmp.resolve("tagged-docs");
        Path prize = docs.resolve(number).resolve("evidence").resolve("eb1a.criterion.prizes");
        Files.createDirectories(prize);
        Files.writeString(prize.resolve("prize.pdf"), "%PDF-1.4 prize", StandardCharsets.UTF_8);
        Path letter = docs.resolve(number).resolve("supportLetter").resolve("eb1a.criterion.judging");
        Files.createDirectories(letter);
        Files.writeString(letter.resolve("reviewer.pdf"), "%PDF-1.4 reviewer", StandardCharsets.UTF_8);
        Path wrong = docs.resolve(number).resolve("evidence").resolve("eb1b.offer");
        Files.createDirectories(wrong);
        Files.writeString(wrong.resolve("offer.pdf"), "%PDF-1.4 offer", StandardCharsets.UTF_8);
        Path bad = docs.resolve(number).resolve("evidence").resolve("not an item!");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("x.pdf"), "%PDF-1.4 x", StandardCharsets.UTF_8);
        FolderRef target = target();

        ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(csv, docs, target.path(),
                tmp.resolve("tagged-journal"), false), ImportProgress.NONE);

        assertThat(s.created().documents()).isEqualTo(2);
        assertThat(s.refused()).extracting(r -> r.reason()).anySatisfy(m -> assertThat(m)
                .contains("There is no item \"eb1b.offer\" in the EB-1A checklist of this case."))
                .anySatisfy(m -> assertThat(m).contains("folder 'not an item!' is not a checklist item id"));
        var status = kit.evidence(number);
        assertThat(status.criteriaMet()).isEqualTo(2);
    }

    @Test
    void anInterruptedImportResumesWithoutDuplicates() throws Exception {
        Practice practice = PracticeGenerator.write(tmp, new TestNumbers(), 5, 20, 10);
        FolderRef target = target();
        Path journal = tmp.resolve("journal");
        PracticeImporter.Request request = new PracticeImporter.Request(practice.csv(), practice.documents(),
                target.path(), journal, false);
        assertThatThrownBy(() -> new PracticeImporter(kit).run(request, new ImportProgress() {
            @Override
            public void started(int totalSteps) {
            }

            @Override
            public void step(int done, int total, String label) {
                if (done == 97) {
                    throw new IllegalStateException("power cut");
                }
            }
        })).hasMessage("power cut");
        // the crash also lost the journal's last line: that object exists but is not recorded
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Files.write(journal, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        int before = documentIdsUnder(target).size();
        assertThat(before).isBetween(1, 199);

        ImportSummary resumed = new PracticeImporter(kit).run(request, ImportProgress.NONE);
        assertThat(resumed.refused()).isEmpty();
        assertThat(resumed.skipped().total() + resumed.created().total()).isEqualTo(5 + 20 + 200);
        assertThat(resumed.created().documents()).isEqualTo(200 - before);
        assertThat(documentIdsUnder(target)).hasSize(200).doesNotHaveDuplicates();
        assertThat(casesUnder(target)).isEqualTo(20);

        ImportSummary again = new PracticeImporter(kit).run(request, ImportProgress.NONE);
        assertThat(again.created().total()).isZero();
        assertThat(again.skipped()).isEqualTo(new ImportSummary.Counts(5, 20, 200));
    }

    @Test
    void aCaseDeadlineColumnIsRefusedBecauseTheRepositoryKeepsIt() throws Exception {
        Path csv = Files.writeString(tmp.resolve("deadline.csv"),
                "client_name,case_number,case_type,case_deadline\nAda,DL-2026-00001,EB1A,2027-01-05\n");
        FolderRef target = target();
        assertThatThrownBy(() -> new PracticeImporter(kit).run(new PracticeImporter.Request(csv, null, target.path(),
                tmp.resolve("dl.journal"), false), ImportProgress.NONE))
                .hasMessage("The CSV file " + csv + " has a case_deadline column, but the repository keeps each case's"
                        + " deadline from its USCIS notices: import the cases without it, then record each notice"
                        + " (lpodesk-cmis notice add), whose response deadline becomes the case deadline");
        assertThat(kit.foldersIn(target.id())).isEmpty();
    }

    @Test
    void dryRunChecksEverythingAndSendsNothingRefusingBadLines() throws Exception {
        Path csv = Files.writeString(tmp.resolve("p.csv"), String.join("\n",
                "client_name,case_number,case_type,receipt_number,priority_date",
                "Ada,DRY-2026-00001,EB1A,IOE0912345678,2025-01-05",
                "Ada,DRY-2026-00002,EB5,,",
                "Bo,DRY-2026-00003,I485,12345,",
                "Bo,DRY-2026-00004,,,",
                "Bo,DRY-2026-00005,O1,,soon",
                "Bo,DRY-2026-00001,O1,,",
                "Bo,D-7,O1,,")
                + "\n");
        Path docs = Files.createDirectories(tmp.resolve("docs").resolve("DRY-2026-00001").resolve("nonsense"));
        Files.writeString(docs.resolve("a.pdf"), "a");
        Files.writeString(docs.getParent().resolve("b.pdf"), "b");
        FolderRef target = target();
        ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(csv, tmp.resolve("docs"),
                target.path(), tmp.resolve("j"), true), ImportProgress.NONE);
        assertThat(s.dryRun()).isTrue();
        assertThat(s.created()).isEqualTo(new ImportSummary.Counts(1, 1, 1));
        assertThat(s.refused()).extracting(ImportSummary.Refusal::source, ImportSummary.Refusal::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(docs.resolve("a.pdf").toString(),
                                "folder 'nonsense' is not a document type; use one of: document, petitionDraft, "
                                        + "coverLetter, jobDescription, supportLetter, evidence, uscisNotice, "
                                        + "rfeResponse, researchMemo, clientCorrespondence, identityDocument"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 3", "Property imm:caseType: value 'EB5' is not "
                                + "one of the allowed values: EB1A, EB1B, EB1C, EB2_NIW, PERM, H1B_CAP, "
                                + "H1B_EXTENSION, H1B_TRANSFER, H1B_AMENDMENT, L1, O1, I130, I485, I765, I131, "
                                + "N400, I290B"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 4", "Property imm:receiptNumber: value '12345' "
                                + "does not match the pattern [A-Z]{3}[0-9]{10}"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 5", "Property imm:caseType is required on "
                                + "F:imm:case but has no value"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 6", "Property imm:priorityDate expects a date "
                                + "(yyyy-mm-dd) or a date-time (yyyy-mm-ddThh:mm:ssZ), got 'soon'"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 7", "case number 'DRY-2026-00001' already appears on "
                                + "line 2"),
                        org.assertj.core.groups.Tuple.tuple("CSV line 8", "Property imm:caseNumber: value 'D-7' does not "
                                + "match the pattern " + org.lpodesk.cases.numbering.CaseNumber.PATTERN));
        assertThat(kit.foldersIn(target.id())).isEmpty();
        assertThat(Files.exists(tmp.resolve("j"))).isFalse();
    }

    @Test
    void aCsvWithoutTheCaseNumberColumnIsRejectedAsAWhole() throws Exception {
        Path csv = Files.writeString(tmp.resolve("bad.csv"), "client_name,case_type\nAda,EB1A\n");
        assertThatThrownBy(() -> new PracticeImporter(kit).run(new PracticeImporter.Request(csv, null, endpoint.root(),
                tmp.resolve("j"), false), ImportProgress.NONE)).isInstanceOf(ImportException.class)
                .hasMessage("The CSV file " + csv + " has no column case_number; columns: "
                        + String.join(",", PracticeImporter.COLUMNS));
    }
}
