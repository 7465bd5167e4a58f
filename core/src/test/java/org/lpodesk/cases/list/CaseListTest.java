package org.lpodesk.cases.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;
import org.junit.jupiter.api.Test;

class CaseListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String SELECT = "SELECT c.cmis:objectId AS id FROM imm:case AS c WHERE ";

    private final CaseList list = new CaseList(50, 500, 5000);

    private CaseList.Request request(String... pairs) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put(pairs[i], pairs[i + 1]);
        }
        return list.request(RequestArguments.of(args), TODAY);
    }

    private static CaseList.Row row(String number, LocalDate deadline) {
        return new CaseList.Row("workspace://SpacesStore/" + number, number, "EB1A", "EB-1A Extraordinary Ability",
                "DRAFTING", "Drafting", "Dr. Adaeze Okonkwo", "Dr. Adaeze Okonkwo", "demo.attorney", "Maria Lopez",
                Optional.ofNullable(deadline), "RFE response: 87 days from the notice", 1, "lpodesk-demo-firm",
                "/Clients/Okonkwo/" + number, Optional.of(new CaseList.Evidence(false, 2, 3, "EB-1A: 2 of 3 requirements not met")),
                Optional.of(new CaseList.UscisStatus("Case Was Received", LocalDate.of(2026, 11, 30))));
    }

    // --- which requests are the list's, and who may ask

    @Test
    void onlyTheNewArgumentsMakeAListRequestSoThePickerKeepsItsAnswer() {
        assertThat(CaseList.isListRequest(RequestArguments.of(Map.of("max", "500")))).isFalse();
        assertThat(CaseList.isListRequest(RequestArguments.of(Map.of("skip", "0", "max", "10")))).isFalse();
        for (String name : CaseList.LIST_ARGUMENTS) {
            assertThat(CaseList.isListRequest(RequestArguments.of(Map.of(name, "x")))).as(name).isTrue();
        }
        assertThat(CaseList.isListRequest(RequestArguments.of(Map.of("site", " ")))).as("a blank value is no value").isFalse();
    }

    @Test
    void vendorPeopleAreRefusedWithASentenceFirmUsersAndAdministratorsAreNot() {
        Vendor acme = new Vendor("acme-legal", "Acme Legal", "IN", java.time.ZoneId.of("Asia/Kolkata"), null, null);
        for (VendorRole role : VendorRole.values()) {
            assertThatThrownBy(() -> CaseList.refuseVendorUsers(Set.of("GROUP_EVERYONE", acme.group(role)), false))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("LPO vendors");
        }
        CaseList.refuseVendorUsers(Set.of("GROUP_EVERYONE", FirmGroup.PARALEGALS.authority()), false);
        CaseList.refuseVendorUsers(Set.of("GROUP_EVERYONE"), false); // an integrator's service account
        CaseList.refuseVendorUsers(Set.of(acme.managersGroup()), true);
        assertThat(CaseList.isVendorGroup("GROUP_LPO_ACME_LEGAL_REVIEWERS")).isTrue();
        assertThat(CaseList.isVendorGroup("GROUP_LPO_NEWSLETTER")).isFalse();
        assertThat(CaseList.isVendorGroup(FirmGroup.ATTORNEYS.authority())).isFalse();
    }

    // --- validation

    @Test
    void anUnknownStatusOrTypeIsRefusedNamingTheValueAndTheAcceptedOnes() {
        assertThatThrownBy(() -> request("status", "PENDING"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'PENDING'").hasMessageContaining("OPEN, ALL, INTAKE").hasMessageContaining("CLOSED")
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("status"));
        assertThatThrownBy(() -> request("status", "drafting")).hasMessageContaining("'drafting'");
        assertThatThrownBy(() -> request("type", "EB5"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'EB5'").hasMessageContaining("EB1A").hasMessageContaining("I290B");
    }

    @Test
    void theDeadlineWindowIsZeroToTenYearsOfDays() {
        assertThat(request("dueWithinDays", "0").dueBy()).contains(TODAY);
        assertThat(request("dueWithinDays", "3650").dueBy()).contains(TODAY.plusDays(3650));
        assertThatThrownBy(() -> request("dueWithinDays", "-1")).hasMessageContaining("dueWithinDays")
                .hasMessageContaining("between 0 and 3650");
        assertThatThrownBy(() -> request("dueWithinDays", "3651")).hasMessageContaining("dueWithinDays");
        assertThatThrownBy(() -> request("dueWithinDays", "soon")).hasMessageContaining("not a whole number");
    }

    @Test
    void sortDirectionFormatAndFlagComeFromFixedSets() {
        assertThatThrownBy(() -> request("sort", "petitioner")).hasMessageContaining("deadline, number, beneficiary");
        assertThatThrownBy(() -> request("dir", "up")).hasMessageContaining("asc, desc");
        assertThatThrownBy(() -> request("format", "xlsx")).hasMessageContaining("json, csv");
        assertThatThrownBy(() -> request("openOutsourcing", "yes")).hasMessageContaining("true, false");
        CaseList.Request r = request("sort", "Beneficiary", "dir", "DESC", "format", "CSV", "openOutsourcing", "TRUE");
        assertThat(r.sort()).isEqualTo(CaseList.Sort.BENEFICIARY);
        assertThat(r.dir()).isEqualTo(CaseList.Direction.DESC);
        assertThat(r.format()).isEqualTo(CaseList.Format.CSV);
        assertThat(r.openOutsourcing()).isTrue();
    }

    @Test
    void theDefaultsAreOpenCasesByDeadlineFirstPage() {
        CaseList.Request r = request("site", "lpodesk-demo-firm");
        assertThat(r.site()).contains("lpodesk-demo-firm");
        assertThat(r.status()).isEmpty();
        assertThat(r.allStatuses()).isFalse();
        assertThat(r.sort()).isEqualTo(CaseList.Sort.DEADLINE);
        assertThat(r.dir()).isEqualTo(CaseList.Direction.ASC);
        assertThat(r.format()).isEqualTo(CaseList.Format.JSON);
        assertThat(r.openOutsourcing()).isFalse();
        assertThat(r.skip()).isZero();
        assertThat(r.max()).isEqualTo(50);
        assertThat(request("status", "OPEN")).isEqualTo(request());
    }

    @Test
    void aSiteOrAttorneyThatCouldBreakTheQueryIsRefused() {
        assertThatThrownBy(() -> request("site", "firm/../x")).hasMessageContaining("site short name");
        assertThatThrownBy(() -> request("attorney", "x' OR 1=1")).hasMessageContaining("user name");
        assertThatThrownBy(() -> request("max", "501")).hasMessageContaining("max");
        assertThat(request("attorney", "maria.lopez@firm.example").attorney()).contains("maria.lopez@firm.example");
    }

    // --- the query

    @Test
    void withoutFiltersTheQueryListsOpenCasesDatedFirstThenUndated() {
        assertThat(request().cmisQueries()).containsExactly(
                SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:caseDeadline IS NOT NULL"
                        + " ORDER BY c.imm:caseDeadline ASC, c.imm:caseNumber ASC",
                SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:caseDeadline IS NULL ORDER BY c.imm:caseNumber ASC");
    }

    @Test
    void eachFilterIsOneConditionOfTheQuery() {
        assertThat(request("status", "ALL", "sort", "number").cmisQueries())
                .containsExactly(SELECT + "c.imm:caseNumber IS NOT NULL ORDER BY c.imm:caseNumber ASC");
        assertThat(request("status", "FILED", "sort", "number").cmisQueries())
                .containsExactly(SELECT + "c.imm:caseStatus = 'FILED' ORDER BY c.imm:caseNumber ASC");
        assertThat(request("status", "CLOSED", "sort", "number").cmisQueries())
                .as("a final status asked for by name lifts the open-only default")
                .containsExactly(SELECT + "c.imm:caseStatus = 'CLOSED' ORDER BY c.imm:caseNumber ASC");
        assertThat(request("type", "EB2_NIW", "sort", "number").cmisQueries())
                .containsExactly(SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:caseType = 'EB2_NIW'"
                        + " ORDER BY c.imm:caseNumber ASC");
        assertThat(request("attorney", "o'brien", "sort", "number").cmisQueries())
                .containsExactly(SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:responsibleAttorney = 'o\\'brien'"
                        + " ORDER BY c.imm:caseNumber ASC");
    }

    @Test
    void theDeadlineWindowEndsAfterItsLastFirmDayAndKeepsOverdueCases() {
        // stored d:date values are their day's midnight UTC: on or before Dec 17 is before Dec 18's instant
        assertThat(request("dueWithinDays", "14").cmisQueries()).containsExactly(
                SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:caseDeadline < TIMESTAMP '2026-12-18T00:00:00.000Z'"
                        + " ORDER BY c.imm:caseDeadline ASC, c.imm:caseNumber ASC");
        assertThat(request("dueWithinDays", "0", "sort", "number", "dir", "desc").cmisQueries()).containsExactly(
                SELECT + "c.imm:caseStatus <> 'CLOSED' AND c.imm:caseDeadline < TIMESTAMP '2026-12-04T00:00:00.000Z'"
                        + " ORDER BY c.imm:caseNumber DESC");
    }

    @Test
    void filtersCombineAndEverySortHasTheCaseNumberAsTieBreaker() {
        assertThat(request("status", "RFE_NOID_RECEIVED", "type", "I485", "attorney", "demo.attorney",
                "dueWithinDays", "30", "sort", "beneficiary", "dir", "desc").cmisQueries()).containsExactly(
                SELECT + "c.imm:caseStatus = 'RFE_NOID_RECEIVED' AND c.imm:caseType = 'I485'"
                        + " AND c.imm:responsibleAttorney = 'demo.attorney'"
                        + " AND c.imm:caseDeadline < TIMESTAMP '2027-01-03T00:00:00.000Z'"
                        + " ORDER BY c.imm:beneficiaryName DESC, c.imm:caseNumber ASC");
        assertThat(request("status", "ALL", "sort", "deadline", "dir", "desc").cmisQueries()).containsExactly(
                SELECT + "c.imm:caseNumber IS NOT NULL AND c.imm:caseDeadline IS NOT NULL"
                        + " ORDER BY c.imm:caseDeadline DESC, c.imm:caseNumber ASC",
                SELECT + "c.imm:caseNumber IS NOT NULL AND c.imm:caseDeadline IS NULL ORDER BY c.imm:caseNumber ASC");
    }

    @Test
    void everyStatusAndTypeCanBeAskedFor() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(request("status", s.name()).status()).contains(s);
        }
        for (CaseType t : CaseType.values()) {
            assertThat(request("type", t.name()).type()).contains(t);
        }
    }

    // --- filters the database cannot apply, paging

    @Test
    void theSiteAndOpenOutsourcingFiltersKeepTheQueryOrder() {
        List<CaseList.Candidate> rows = List.of(
                new CaseList.Candidate("a", "lpodesk-demo-firm", 0),
                new CaseList.Candidate("b", "other-firm-site", 2),
                new CaseList.Candidate("c", null, 1),
                new CaseList.Candidate("d", "lpodesk-demo-firm", 1),
                new CaseList.Candidate("e", "lpodesk-demo-firm", 3));
        assertThat(list.select(rows, request("site", "lpodesk-demo-firm")))
                .extracting(CaseList.Candidate::nodeRef).containsExactly("a", "d", "e");
        assertThat(list.select(rows, request("site", "lpodesk-demo-firm", "openOutsourcing", "true")))
                .extracting(CaseList.Candidate::nodeRef).containsExactly("d", "e");
        assertThat(list.select(rows, request("openOutsourcing", "true")))
                .extracting(CaseList.Candidate::nodeRef).containsExactly("b", "c", "d", "e");
        assertThat(list.select(rows, request("openOutsourcing", "false"))).hasSize(5);
    }

    @Test
    void moreMatchingCasesThanTheCapAreRefusedNotCut() {
        CaseList small = new CaseList(2, 3, 4);
        List<CaseList.Candidate> five = IntStream.range(0, 5).mapToObj(i -> new CaseList.Candidate("n" + i, "s", 0)).toList();
        assertThatThrownBy(() -> small.select(five, small.request(RequestArguments.of(Map.of("format", "csv")), TODAY)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("More than 4 cases match");
        assertThat(small.select(five.subList(0, 4), small.request(RequestArguments.of(Map.of("site", "s")), TODAY))).hasSize(4);
        assertThatThrownBy(() -> new CaseList(50, 500, 499)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseList(50, 500, 5000).request(RequestArguments.of(Map.of()), TODAY).skip()).isZero();
    }

    @Test
    void jsonTakesOnePageCsvTakesEveryRow() {
        List<Integer> selected = IntStream.range(0, 7).boxed().toList();
        assertThat(list.page(selected, request("skip", "2", "max", "3"))).containsExactly(2, 3, 4);
        assertThat(list.page(selected, request("skip", "6", "max", "3"))).containsExactly(6);
        assertThat(list.page(selected, request("skip", "9", "max", "3"))).isEmpty();
        assertThat(list.page(selected, request("skip", "2", "max", "3", "format", "csv"))).hasSize(7);
    }

    // --- the answers

    @Test
    @SuppressWarnings("unchecked")
    void theJsonPageSaysTotalHasMoreAndEachCasesDaysLeftAndUrgency() {
        CaseList.Request r = request("site", "lpodesk-demo-firm", "skip", "0", "max", "4");
        List<CaseList.Row> rows = List.of(row("IMM-2026-00001", TODAY.minusDays(1)), row("IMM-2026-00002", TODAY),
                row("IMM-2026-00003", TODAY.plusDays(14)), row("IMM-2026-00004", TODAY.plusDays(15)));
        Map<String, Object> json = list.toJson(rows, 9, r);
        assertThat(json).containsEntry("skip", 0).containsEntry("max", 4).containsEntry("hasMore", true)
                .containsEntry("total", 9);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) json.get("cases");
        assertThat(cases).extracting(c -> c.get("urgency")).extracting(String::valueOf)
                .containsExactly("Optional[OVERDUE]", "Optional[SOON]", "Optional[SOON]", "Optional[LATER]");
        assertThat(cases).extracting(c -> c.get("daysLeft")).containsExactly(Optional.of(-1L), Optional.of(0L),
                Optional.of(14L), Optional.of(15L));
        assertThat(cases.get(0).keySet()).containsExactly("nodeRef", "caseNumber", "caseType", "caseTypeLabel", "status",
                "statusLabel", "beneficiary", "petitioner", "responsibleAttorney", "responsibleAttorneyName",
                "caseDeadline", "caseDeadlineRule", "daysLeft", "urgency", "openOutsourcing", "site", "libraryPath", "evidence", "uscis");
        assertThat(org.lpodesk.api.Json.write(cases.get(0))).contains("\"uscis\":{\"status\":\"Case Was Received\",\"checkedOn\":\"2026-11-30\"}", "\"caseDeadline\":\"2026-12-02\"",
                "\"daysLeft\":-1", "\"urgency\":\"OVERDUE\"", "\"responsibleAttorneyName\":\"Maria Lopez\"",
                "\"libraryPath\":\"/Clients/Okonkwo/IMM-2026-00001\"", "\"openOutsourcing\":1");
        assertThat(list.toJson(rows, 4, r)).containsEntry("hasMore", false);
    }

    @Test
    void aCaseWithoutDeadlineOrAttorneyHasNullsNotEmptyTexts() {
        CaseList.Row bare = new CaseList.Row("workspace://SpacesStore/x", "IMM-2026-00009", "I130", "I-130", "INTAKE",
                "Intake", "", null, "", "", Optional.empty(), "", 0, null, null, Optional.empty(), Optional.empty());
        String json = org.lpodesk.api.Json.write(list.toJson(List.of(bare), 1, request()));
        assertThat(json).contains("\"petitioner\":null", "\"responsibleAttorney\":null", "\"caseDeadline\":null",
                "\"daysLeft\":null", "\"urgency\":null", "\"site\":null", "\"openOutsourcing\":0", "\"evidence\":null",
                "\"uscis\":null");
    }

    @Test
    void casesMissingEvidenceAreThoseTheRepositoryFoundNotReady() {
        assertThat(request("missingEvidence", "true").cmisQueries()).allSatisfy(q -> assertThat(q).contains("c.imm:evidenceReady = false"));
        assertThat(request().cmisQueries()).allSatisfy(q -> assertThat(q).doesNotContain("imm:evidenceReady"));
        assertThatThrownBy(() -> request("missingEvidence", "yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missingEvidence");
        String json = org.lpodesk.api.Json.write(list.toJson(List.of(row("IMM-2026-00012", null)), 1, request()));
        assertThat(json).contains("\"evidence\":{\"ready\":false,\"missing\":2,\"required\":3,\"summary\":\"EB-1A: 2 of 3 requirements not met\"}");
    }

    @Test
    void theCsvHasLabelledHeadersQuotedCellsAndEveryRow() {
        Map<String, String> bundle = new HashMap<>();
        CaseList.CSV_HEADER_KEYS.forEach(k -> bundle.put(k, k.substring(k.lastIndexOf('.') + 1).toUpperCase()));
        bundle.put("lpodesk.cases.csv.beneficiary", "Beneficiary, full name");
        bundle.put("lpodesk.urgency.SOON", "Due soon");
        CaseList.Row quoted = new CaseList.Row("workspace://SpacesStore/q", "IMM-2026-00010", "EB1A", "EB-1A",
                "DRAFTING", "Drafting", "O'Neil, \"Pat\"", "=HYPERLINK(\"x\")", "demo.attorney", "Maria Lopez",
                Optional.of(TODAY.plusDays(3)), "line one\nline two", 2, "lpodesk-demo-firm", "/Clients/O'Neil", Optional.empty(),
                Optional.empty());
        StringBuilder out = new StringBuilder();
        list.writeCsv(List.of(quoted, row("IMM-2026-00011", null)), request("format", "csv"), bundle::get, out);
        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("CASENUMBER,CASETYPE,STATUS,\"Beneficiary, full name\",PETITIONER,"
                + "RESPONSIBLEATTORNEY,CASEDEADLINE,DAYSLEFT,URGENCY,CASEDEADLINERULE,OPENOUTSOURCING,SITE,LIBRARYPATH,USCISSTATUS,USCISCHECKEDON");
        assertThat(out.toString()).contains("IMM-2026-00010,EB-1A,Drafting,\"O'Neil, \"\"Pat\"\"\",\"'=HYPERLINK(\"\"x\"\")\","
                + "Maria Lopez,2026-12-06,3,Due soon,\"line one\nline two\",2,lpodesk-demo-firm,/Clients/O'Neil,,\r\n");
        assertThat(out.toString()).contains("IMM-2026-00011,EB-1A Extraordinary Ability,Drafting,Dr. Adaeze Okonkwo,"
                + "Dr. Adaeze Okonkwo,Maria Lopez,,,,RFE response: 87 days from the notice,1,lpodesk-demo-firm,"
                + "/Clients/Okonkwo/IMM-2026-00011,Case Was Received,2026-11-30\r\n");
        assertThat(out.toString()).endsWith("\r\n");
        StringBuilder unlabelled = new StringBuilder();
        list.writeCsv(List.of(), request(), key -> null, unlabelled);
        assertThat(unlabelled.toString()).as("a missing label shows its key, never 'null'")
                .startsWith("lpodesk.cases.csv.caseNumber,lpodesk.cases.csv.caseType,");
    }

    @Test
    void theFileNameNamesTheSiteAndTheFirmsDay() {
        assertThat(CaseList.csvFileName(request("site", "lpodesk-demo-firm"))).isEqualTo("cases-lpodesk-demo-firm-2026-12-03.csv");
        assertThat(CaseList.csvFileName(request())).isEqualTo("cases-all-2026-12-03.csv");
    }

    @Test
    void everyMessageOfTheBundleRenders() {
        assertThat(Messages.format("list.tooMany", 5000)).isEqualTo(
                "More than 5,000 cases match; narrow the list with status, type, attorney or dueWithinDays.");
        assertThat(Messages.format("list.vendorUser")).isEqualTo(
                "The firm's case list is shown to the firm's users only, not to LPO vendors.");
        assertThat(Messages.format("list.attorney.shape")).contains(". _ @ + ' -");
        assertThat(CaseList.siteNotFound("lpo-acme")).hasMessage("No site 'lpo-acme' that you can read.");
    }
}
