package org.lpodesk.cmis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cmis.client.CaseCriteria;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.PracticeGenerator;
import org.lpodesk.cmis.testing.ServerKind;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.deadline.DeadlineRules;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.deadline.NoticeDeadlines;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

class CliCommandsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static CmisTestEndpoint endpoint;
    private static ImmigrationCmisClient kit;

    @TempDir
    Path tmp;
    private final TestNumbers numbers = new TestNumbers();
    private CliHarness cli;
    private String client;

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
    void harness() {
        cli = new CliHarness(endpoint.connection(), tmp, TODAY);
        client = "Client " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where {@code case create} puts the client folder: under the endpoint's working root. */
    private String clientPath() {
        String root = endpoint.root();
        return (root.endsWith("/") ? root : root + "/") + client;
    }

    private String number() {
        return numbers.caseNumber();
    }

    private CliHarness.Result create(String number, String... more) {
        String[] base = {"case", "create", "--parent", endpoint.root(), "--client", client, "--number", number};
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli.run(args);
    }

    private static boolean exists(String number) {
        return kit.findCases(CaseCriteria.any()).items().stream().anyMatch(c -> c.caseNumber().equals(number));
    }

    @Test
    void caseCreateMakesTheClientAndTheCase() {
        String n = number();
        String receipt = numbers.receiptNumber("LIN");
        CliHarness.Result r = create(n, "--type", "EB2_NIW", "--beneficiary", "Priya Nair", "--receipt", receipt);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Created case " + n + " (EB2_NIW) at " + clientPath() + "/" + n + " [");
        assertThat(kit.findCases(CaseCriteria.any().receiptNumber(receipt)).items())
                .extracting(c -> c.caseNumber()).contains(n);
    }

    @Test
    void unknownCaseTypeIsRefusedNamingPropertyValueAndTheAllowedTypes() {
        String n = number();
        CliHarness.Result r = create(n, "--type", "EB5");
        String allowed = Arrays.stream(CaseType.values()).map(Enum::name).collect(Collectors.joining(", "));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "error: Property imm:caseType: value 'EB5' is not one of the allowed values: " + allowed);
        assertThat(exists(n)).isFalse();
    }

    @Test
    void receiptNumberBreakingTheModelsPatternIsRefused() {
        String n = number();
        CliHarness.Result r = create(n, "--type", "EB1A", "--receipt", "IOE12345");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "error: Property imm:receiptNumber: value 'IOE12345' does not match the pattern [A-Z]{3}[0-9]{10}");
        assertThat(exists(n)).isFalse();
    }

    @Test
    void aDateThatIsNotADateIsRefusedAsTheWrongPropertyType() {
        String n = number();
        CliHarness.Result r = create(n, "--type", "EB1A", "--priority-date", "next friday");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: Property imm:priorityDate expects a date (yyyy-mm-dd) or a "
                + "date-time (yyyy-mm-ddThh:mm:ssZ), got 'next friday'");
        assertThat(exists(n)).isFalse();
        CliHarness.Result timeOfDay = create(n, "--type", "EB1A", "--priority-date", "2026-03-02T15:07:00Z");
        assertThat(timeOfDay.code()).isEqualTo(1);
        assertThat(timeOfDay.err().strip()).startsWith("error: Property imm:priorityDate: 2026-03-02T15:07:00Z is not a"
                + " calendar date");
        assertThat(exists(n)).isFalse();
        // the case deadline is the repository's: there is no option to set it
        CliHarness.Result deadline = create(n, "--type", "EB1A", "--deadline", "2027-01-01");
        assertThat(deadline.code()).isNotZero();
        assertThat(deadline.err()).contains("--deadline");
        assertThat(exists(n)).isFalse();
    }

    @Test
    void aSecondCaseWithTheSameNumberIsADuplicateName() {
        String n = number();
        assertThat(create(n, "--type", "EB1A").code()).isZero();
        CliHarness.Result r = create(n, "--type", "EB1B");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: An object named '" + n + "' already exists in " + clientPath());
    }

    @Test
    void aReceiptNumberAnotherCaseHoldsIsRefusedByAlfrescoAndLeavesNoClientBehind() {
        String receipt = numbers.receiptNumber("IOE");
        String first = number();
        assertThat(create(first, "--type", "I485", "--receipt", receipt).code()).isZero();
        client = "Client " + UUID.randomUUID().toString().substring(0, 8);
        String second = number();
        CliHarness.Result r = create(second, "--type", "I485", "--receipt", receipt);
        if (endpoint.kind() == ServerKind.ALFRESCO) {
            assertThat(r.code()).isEqualTo(LpoDeskCmisCli.SERVER_ERROR);
            assertThat(r.err().strip()).matches("error: the server refused the request \\(constraint\\): Constraint "
                    + "violation: Receipt number " + receipt + " already belongs to case " + first + "; a receipt "
                    + "number identifies one filing and cannot be given to a second case\\. \\[Alfresco error log "
                    + "[0-9]{8}\\]");
            assertThat(kit.idAt(clientPath())).isEmpty();
        } else {
            // the in-memory server keeps no receipt-number registry
            assertThat(r.code()).isZero();
            assertThat(kit.idAt(clientPath())).isPresent();
        }
    }

    @Test
    void queryOrderedByANonOrderablePropertyIsRefusedBeforeSending() {
        CliHarness.Result r = cli.run("query", "--order-by", "imm:caseDeadlineRule");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: Property imm:caseDeadlineRule cannot be used in ORDER BY: "
                + "it is not orderable on Alfresco (multi-valued or tokenised text); orderable properties of "
                + "F:imm:case: imm:caseNumber, imm:caseType, imm:caseStatus");
    }

    @Test
    void queryPagesThroughCasesOfATypeAndStatus() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            String n = number();
            assertThat(create(n, "--type", "O1", "--status", "FILED", "--beneficiary", "Q" + tag + i).code()).isZero();
            // a deadline per case, a week apart, from the repository's notice rules
            assertThat(cli.run("notice", "add", n, "--kind", "RFE", "--date", TODAY.minusDays(60 - 7L * i).toString(),
                    "--service", "ELECTRONIC").code()).isZero();
        }
        CliHarness.Result p1 = cli.run("query", "--beneficiary", "Q" + tag, "--type", "O1", "--status", "FILED",
                "--order-by", "imm:caseDeadline", "--page-size", "2");
        assertThat(p1.err()).isEmpty();
        assertThat(p1.out().lines().toList()).hasSize(3).last().isEqualTo("page 1: 2 cases; more on page 2");
        assertThat(p1.out()).contains("Q" + tag + "0").contains("Q" + tag + "1");
        CliHarness.Result p2 = cli.run("query", "--beneficiary", "Q" + tag, "--type", "O1", "--status", "FILED",
                "--order-by", "imm:caseDeadline", "--page-size", "2", "--page", "2");
        assertThat(p2.out().lines().toList()).hasSize(2).last().isEqualTo("page 2: 1 case; last page");
        assertThat(p2.out()).contains("Q" + tag + "2");
    }

    @Test
    void noticeAddComputesTheResponseDeadlineAndDeadlinesListsTheCase() {
        String n = number();
        assertThat(create(n, "--type", "I485", "--beneficiary", "Omar").code()).isZero();
        LocalDate noticeDate = TODAY.minusDays(60);
        CliHarness.Result r = cli.run("notice", "add", n, "--kind", "RFE", "--date", noticeDate.toString(),
                "--service", "MAIL");
        assertThat(r.err()).isEmpty();
        LocalDate expected = new NoticeDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults())
                .responseDeadline(UscisNotice.of(NoticeKind.RFE, noticeDate, ServiceMethod.MAIL)).orElseThrow().date();
        assertThat(r.out()).contains("Response deadline: " + expected + " (Due " + expected + ": 84 days after the Request"
                + " for Evidence dated " + noticeDate + ", plus 3 days for service by mail")
                .contains("Case deadline now " + expected + " (Request for Evidence dated " + noticeDate
                        + " (the only open obligation, none answered): Due " + expected);

        long days = java.time.temporal.ChronoUnit.DAYS.between(TODAY, expected);
        CliHarness.Result d = cli.run("deadlines", "--days", String.valueOf(days));
        assertThat(d.out()).contains(expected + "  in " + days + " d  " + n + "  I485  INTAKE  Omar");
        CliHarness.Result before = cli.run("deadlines", "--days", String.valueOf(days - 1));
        assertThat(before.out()).doesNotContain(n);
    }

    @Test
    void noticeOfAnUnknownKindIsRefused() {
        String n = number();
        create(n, "--type", "I485");
        CliHarness.Result r = cli.run("notice", "add", n, "--kind", "RFX", "--date", "2026-11-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: Property imm:noticeKind: value 'RFX' is not one of the "
                + "allowed values: RECEIPT, BIOMETRICS, RFE");
    }

    @Test
    void caseShowListsPropertiesAndDocuments() {
        String n = number();
        String receipt = numbers.receiptNumber("EAC");
        create(n, "--type", "L1", "--beneficiary", "Ines");
        cli.run("notice", "add", n, "--kind", "RECEIPT", "--date", "2026-11-02", "--receipt", receipt);
        CliHarness.Result r = cli.run("case", "show", n);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Case " + n + " at " + clientPath() + "/" + n)
                .contains("  imm:caseType = L1").contains("  imm:receiptNumber = " + receipt)
                .contains("Documents: 1").contains("D:imm:uscisNotice  v1.0  P:imm:confidentiality")
                .contains("Approved deliverables: 0");
    }

    @Test
    void withoutAPasswordAndWithoutAConsoleItSaysWhereToPutOne() {
        cli.env().remove("LPODESK_CMIS_PASSWORD");
        CliHarness.Result r = cli.run("query");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: no password: use --password (prompts), --password-file, "
                + "LPODESK_CMIS_PASSWORD, or password-file in the config file");
    }

    @Test
    void passwordComesFromThePromptOrAFileAndConnectionFromAConfigFile() throws Exception {
        cli.env().remove("LPODESK_CMIS_PASSWORD");
        String password = new String(endpoint.connection().password());
        cli.prompt(prompt -> password.toCharArray());
        assertThat(cli.run("query", "--page-size", "1").code()).isZero();
        cli.prompt(null);
        Path pw = Files.writeString(tmp.resolve("pw"), password + "\n");
        String url = cli.env().remove("LPODESK_CMIS_URL");
        Path config = Files.writeString(tmp.resolve("cmis.properties"), "url=" + url + "\npassword-file=" + pw + "\n");
        assertThat(cli.run("query", "--config", config.toString(), "--page-size", "1").code()).isZero();
        Path leaky = Files.writeString(tmp.resolve("leaky.properties"), "url=" + url + "\npassword=" + password + "\n");
        CliHarness.Result r = cli.run("query", "--config", leaky.toString());
        assertThat(r.err().strip()).isEqualTo("error: config file " + leaky + " holds a password; use "
                + "password-file (a file only you can read) instead");
    }

    @Test
    void importCreatesAPracticeOnceAndARerunSkipsWhatIsThere() {
        PracticeGenerator.Practice practice = PracticeGenerator.write(tmp.resolve("practice"), numbers, 2, 4, 3);
        String[] args = {"import", "--csv", practice.csv().toString(), "--documents",
                practice.documents().toString(), "--target", endpoint.root()};
        CliHarness.Result first = cli.run(args);
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Importing " + practice.csv() + " into " + endpoint.root())
                .contains("Created: 2 clients, 4 cases, 12 documents")
                .contains("Skipped (already there): 0 clients, 0 cases, 0 documents");
        CliHarness.Result again = cli.run(args);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Created: 0 clients, 0 cases, 0 documents")
                .contains("Skipped (already there): 2 clients, 4 cases, 12 documents");
        String root = endpoint.root().endsWith("/") ? endpoint.root() : endpoint.root() + "/";
        assertThat(kit.documentsIn(root + practice.clientOf(1) + "/" + practice.caseNumbers().get(1))).isNotEmpty();
    }

    @Test
    void helpTextComesFromTheBundle() {
        CliHarness.Result r = cli.run("import", "--help");
        assertThat(r.out()).contains("Import a practice: a CSV of clients and cases plus a folder tree of documents.")
                .contains("Check everything, send nothing.");
    }

    @Test
    void typesWritesTheServerTypeFileAndTheReference() throws Exception {
        Path xml = tmp.resolve("types.xml");
        Path md = tmp.resolve("types.md");
        CliHarness.Result r = cli.run("types", "--xml", xml.toString(), "--markdown", md.toString());
        assertThat(r.out()).isEqualTo("Wrote " + xml + "\nWrote " + md + "\n");
        assertThat(Files.readString(md)).isEqualTo(new org.lpodesk.cmis.types.TypeReferenceMarkdown().render(
                org.lpodesk.cmis.types.ImmModel.catalog(), org.lpodesk.cmis.types.ImmModel.SOURCE_PATH));
        // the file is what the in-memory server of these tests loads: every type id is in it
        String written = Files.readString(xml);
        org.lpodesk.cmis.types.ImmModel.catalog().types()
                .forEach(t -> assertThat(written).contains("<cmis:id>" + t.id() + "</cmis:id>"));
        assertThat(cli.run("types").out()).contains("F:imm:case  (parent cmis:folder)  Immigration Case");
    }

    @Test
    void aShortANumberIsStoredWithNineDigitsAndAnUnknownOfficeIsOnlyAWarning() {
        String n = number();
        String receipt = numbers.receiptNumber("ZZZ");
        CliHarness.Result r = create(n, "--type", "N400", "--a-number", "A1234567", "--receipt", receipt);
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("warning: ").contains("ZZZ");
        assertThat(kit.properties(kit.caseRef(n).id())).containsEntry("imm:aNumber", "A001234567")
                .containsEntry("imm:receiptNumber", receipt);
    }

    @Test
    void anUnreachableServerIsReportedWithItsOwnExitCode() {
        cli.env().put("LPODESK_CMIS_URL", "http://127.0.0.1:1");
        CliHarness.Result r = cli.run("deadlines", "--days", "30");
        assertThat(r.code()).isEqualTo(LpoDeskCmisCli.SERVER_ERROR);
        assertThat(r.err()).startsWith("error: cannot reach the CMIS endpoint: ");
    }
    @Test
    void permShowPrintsTheTimelineTheRepositoryComputedWithItsViolations() {
        String n = number();
        assertThat(create(n, "--type", "PERM", "--beneficiary", "Lucia Garcia").code()).isZero();
        org.lpodesk.cmis.client.FolderRef kase = kit.caseRef(n);
        assertThat(cli.run("perm", "show", n).out()).startsWith(n + ": no PERM record yet");
        java.time.LocalDate d = java.time.LocalDate.of(2026, 2, 2);
        kit.update(kase.id(), java.util.Map.of("imm:pwdDeterminedOn", java.time.LocalDate.of(2026, 1, 15),
                "imm:pwdValidUntil", java.time.LocalDate.of(2026, 6, 30)));
        endpoint.recordRecruitmentStep(kase.id(), "SWA_JOB_ORDER", d, d.plusDays(29), "MassHire JO 12345");
        endpoint.recordRecruitmentStep(kase.id(), "SUNDAY_AD", java.time.LocalDate.of(2026, 2, 8), java.time.LocalDate.of(2026, 2, 8),
                "The Boston Globe");
        endpoint.recordRecruitmentStep(kase.id(), "NOTICE_OF_FILING", d, java.time.LocalDate.of(2026, 2, 13), "Lobby");
        assertThat(cli.run("perm", "show", n).out()).contains("not filed yet", "next: 2026-08-01  ETA-9089 filing window closes");
        // the repository judges and recomputes when the record changes: the filing entered last
        kit.update(kase.id(), java.util.Map.of("imm:eta9089FiledOn", java.time.LocalDate.of(2026, 4, 1)));

        CliHarness.Result show = cli.run("perm", "show", n);
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith(n + ": file the ETA-9089 from 2026-04-02 to 2026-08-01; filed 2026-04-01")
                .contains("violation(s)")
                .contains("  violation  The ETA-9089 was filed on 2026-04-01, outside the filing window of this recruitment (2026-04-02 to 2026-08-01). (20 CFR 656.17(e))")
                .contains("  violation  Recruitment needs 2 Sunday newspaper advertisement step(s) but the plan has 1.")
                .contains("  2026-02-02 .. 2026-03-03  SWA_JOB_ORDER  MassHire JO 12345")
                .contains("  2026-02-08 .. 2026-02-08  SUNDAY_AD  The Boston Globe");
        org.lpodesk.cmis.client.PermStatus perm = kit.perm(n);
        assertThat(perm.earliestFiling()).isEqualTo(java.time.LocalDate.of(2026, 4, 2));
        assertThat(perm.steps()).extracting(org.lpodesk.cmis.client.PermStatus.Step::kind)
                .containsExactly("NOTICE_OF_FILING", "SWA_JOB_ORDER", "SUNDAY_AD");
    }

    @Test
    void mailListAndShowPrintTheCasesConversationsAsTheRepositoryGroupsThem() {
        org.junit.jupiter.api.Assumptions.assumeFalse(endpoint instanceof org.lpodesk.cmis.testing.LiveCmisEndpoint,
                "needs the correspondence stand-in's known messages, not a live repository's");
        String n = number();
        create(n, "--type", "EB1A", "--beneficiary", "Maria Gonzalez");
        CliHarness.Result list = cli.run("mail", "list", n);
        assertThat(list.code()).as(list.err()).isZero();
        String[] lines = list.out().split("\\R");
        assertThat(lines[0]).isEqualTo("Case IMM-2026-00014, e-mail address imm-2026-00014@firm.example:"
                + " 2 conversation(s), 1 message(s) held in quarantine");
        // newest conversation first, each named without "Re:", with the state of its last message
        assertThat(lines[1]).endsWith("1 message(s)  Diplomas  [DRAFT]");
        assertThat(lines[2]).endsWith("2 message(s)  Passport  [SENT]");

        CliHarness.Result show = cli.run("mail", "show", n);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("== Passport").contains("from maria@client.example: Passport")
                .contains("      Here is my passport.").contains("      attached: passport.pdf")
                .contains("reply to maria@client.example: Re: Passport  [SENT]")
                .contains("Held in quarantine (1), for firm staff to release or delete:")
                .contains("attached: invoice.pdf.exe  (could run programs: check it before opening it)")
                .contains("held because: stranger@spam.example is not an address recorded");
        assertThat(show.out().indexOf("== Diplomas")).isLessThan(show.out().indexOf("== Passport"));

        CliHarness.Result unknown = cli.run("mail", "show", "IMM-2026-99999");
        assertThat(unknown.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
    }

    @Test
    void reportVendorPrintsTheRepositorysFiguresItsCsvAndSavesTheScorecard(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // the figures are those of the stand-in's history; a live repository's history is whatever it ran
        org.junit.jupiter.api.Assumptions.assumeFalse(endpoint instanceof org.lpodesk.cmis.testing.LiveCmisEndpoint,
                "needs the report stand-in's known history, not a live repository's");
        CliHarness.Result figures = cli.run("report", "vendor", "--vendor", "demo-lpo", "--quarter", "2026Q3");
        assertThat(figures.code()).as(figures.err()).isZero();
        assertThat(figures.out()).startsWith("Vendor demo-lpo, 2026Q3 (2026-07-01 to 2026-09-30), firm view")
                .contains("2026Q3 ALL: requested 3, delivered 2, declined 1, cancelled 0")
                .contains("first pass 50.0%; rework 50.0%").contains("hours 6.5");

        CliHarness.Result months = cli.run("report", "vendor", "--vendor", "demo-lpo", "--quarter", "2026Q3", "--by-month");
        assertThat(months.out()).contains("2026-07 ALL: requested 1").contains("2026-09 ALL: requested 1, delivered 0, declined 1");

        CliHarness.Result csv = cli.run("report", "vendor", "--vendor", "demo-lpo", "--quarter", "2026Q3", "--csv");
        assertThat(csv.out()).startsWith("vendor,kind,period,requested,").contains("demo-lpo,ALL,2026Q3,3,");

        Path pdf = dir.resolve("scorecard.pdf");
        CliHarness.Result saved = cli.run("report", "vendor", "--vendor", "demo-lpo", "--quarter", "2026Q3", "--pdf", pdf.toString());
        assertThat(saved.out()).contains("Scorecard of demo-lpo for 2026Q3 saved to");
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // the repository's sentences, and nothing printed as figures
        CliHarness.Result quarter = cli.run("report", "vendor", "--vendor", "demo-lpo", "--quarter", "2026Q5");
        assertThat(quarter.code()).isNotZero();
        assertThat(quarter.err()).contains("'2026Q5' is not a quarter; write it as 2026Q3");
        CliHarness.Result vendor = cli.run("report", "vendor", "--vendor", "acme", "--quarter", "2026Q3");
        assertThat(vendor.code()).isNotZero();
        assertThat(vendor.err()).contains("There is no vendor 'acme'. Known vendors: demo-lpo.");
        assertThat(vendor.out()).isEmpty();
    }

    @Test
    void statusRecordFilesWhatTheUscisPageShowedInTheCaseHoldingTheReceiptAndShowListsTheLog() {
        String n = number();
        String receipt = numbers.receiptNumber("IOE");
        assertThat(create(n, "--type", "I485", "--beneficiary", "Lucia Garcia", "--receipt", receipt).code()).isZero();
        assertThat(cli.run("status", "show", n).out()).startsWith(n + ": no USCIS status recorded yet.");

        CliHarness.Result first = cli.run("status", "record", receipt, "--text", "Case Was Received", "--form-type", "I-485",
                "--modified", "2026-11-20", "--description", "We received your Form I-485.");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith(receipt + ": recorded \"Case Was Received\", a change of status");
        CliHarness.Result same = cli.run("status", "record", receipt, "--text", "Case Was Received");
        assertThat(same.out()).as(same.err())
                .startsWith(receipt + ": recorded \"Case Was Received\", the same status as before.");
        assertThat(cli.run("status", "record", receipt, "--text", "Case Was Approved").out()).contains("a change of status");

        CliHarness.Result show = cli.run("status", "show", n);
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith(n + ": last USCIS status \"Case Was Approved\"")
                .contains(receipt + "  MANUAL", "Case Was Received  (changed)", "Case Was Approved  (changed)");
        org.lpodesk.cmis.client.UscisStatus status = kit.uscisStatus(n);
        assertThat(status.checks()).extracting(org.lpodesk.cmis.client.UscisStatus.Check::statusText)
                .containsExactly("Case Was Received", "Case Was Received", "Case Was Approved");
        assertThat(status.checks()).extracting(org.lpodesk.cmis.client.UscisStatus.Check::changed).containsExactly(true, false, true);
        assertThat(status.checks().get(0).uscisModified()).isNotNull();
        assertThat(status.checks().get(0).formType()).isEqualTo("I-485");
        assertThat(status.lastStatus()).isEqualTo("Case Was Approved");

        // refused, with the reason, and nothing stored
        CliHarness.Result malformed = cli.run("status", "record", "IOE123", "--text", "Case Was Received");
        assertThat(malformed.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
        assertThat(malformed.err()).startsWith("error: ").contains("IOE123");
        String stray = numbers.receiptNumber("EAC");
        CliHarness.Result unknown = cli.run("status", "record", stray, "--text", "Case Was Received");
        assertThat(unknown.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
        assertThat(unknown.err()).contains("No case holds the receipt number " + stray);
        CliHarness.Result empty = cli.run("status", "record", receipt, "--text", " ");
        assertThat(empty.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
        assertThat(empty.err()).contains("Record the status title the USCIS page showed for " + receipt);
        CliHarness.Result api = cli.run("status", "record", receipt, "--text", "Case Was Approved", "--source", "api");
        assertThat(api.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
        assertThat(api.err()).contains("a person records manual checks only");
        CliHarness.Result future = cli.run("status", "record", receipt, "--text", "Case Was Approved", "--modified", "2099-01-01");
        assertThat(future.code()).isEqualTo(LpoDeskCmisCli.REFUSED);
        assertThat(future.err()).contains("cannot be in the future");
        assertThat(kit.uscisStatus(n).checks()).hasSize(3);
    }

    @Test
    void checklistShowSaysWhatACaseStillNeedsAndMissingFindsTheCasesByCriteria() {
        String n = number();
        assertThat(create(n, "--type", "EB1A", "--beneficiary", "Dr. Lena Park").code()).isZero();
        org.lpodesk.cmis.client.FolderRef kase = kit.caseRef(n);
        var award = kit.uploadDocument(kase.id(), org.lpodesk.cmis.client.NewDocument.of("D:imm:evidence", "prize.pdf",
                "application/pdf", "%PDF-1.4 prize".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .with("imm:confidentialityLevel", "CONFIDENTIAL"));
        kit.tagEvidence(award.id(), java.util.List.of("eb1a.criterion.prizes"), false);

        CliHarness.Result show = cli.run("checklist", "show", n);
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith(n + ": not ready for attorney review (eb1a checklist; 3 of 3 requirements not met; 1 criteria evidenced)")
                .contains("EB-1A criteria: 1 of the 3 required have evidence")
                .contains("  missing  eb1a.continuingWork  Continuing work in the field");

        CliHarness.Result missing = cli.run("checklist", "missing", "--type", "EB1A", "--criteria-below", "3", "--page-size", "500");
        assertThat(missing.code()).isZero();
        assertThat(missing.out()).contains(n + "  EB1A  INTAKE  Dr. Lena Park");
        CliHarness.Result none = cli.run("checklist", "missing", "--type", "EB1A", "--criteria-below", "1", "--page-size", "500");
        assertThat(none.out()).doesNotContain(n);

        CliHarness.Result bad = cli.run("checklist", "missing", "--criteria-below", "0");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("--criteria-below must be 1 or more, got 0");
        CliHarness.Result badType = cli.run("checklist", "missing", "--type", "EB4");
        assertThat(badType.code()).isEqualTo(1);
    }
}
