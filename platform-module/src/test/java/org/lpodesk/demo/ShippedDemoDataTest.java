package org.lpodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.PartyKind;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.outsourcing.TaskKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo data the platform module ships: core reads it without error on any day, and it holds
 * the walk-through of issue 7 (a firm with two clients and three cases: an EB-1A with an open RFE,
 * an H-1B extension, a PERM in recruitment; one vendor with site, engagement and a user for every
 * role), with no password anywhere in the file.
 */
class ShippedDemoDataTest {

    static final String RESOURCE = "alfresco/module/lpodesk-platform/bootstrap/demo/demo-data.json";

    private static Object tree;
    private static DemoData data;

    @BeforeAll
    static void read() throws IOException {
        tree = parse();
        data = DemoDataReader.withDefaultRules().read(tree, LocalDate.now());
    }

    static Object parse() throws IOException {
        try (InputStream in = ShippedDemoDataTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the module's classpath").isNotNull();
            // JSON is YAML: the parser the build already manages reads it into the same tree Jackson gives
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "loaded on {0}")
    @ValueSource(strings = {"2026-01-01", "2026-07-04", "2027-02-28", "2030-12-31"})
    void isValidWhateverTheDayOfLoading(String day) {
        // the dates are relative: an RFE is still open and the vendor still vetted on any day
        assertThat(DemoDataReader.withDefaultRules().read(tree, LocalDate.parse(day)).cases()).hasSize(3);
    }

    @Test
    void hasOneUserForEveryRoleWithItsOwnPasswordVariable() {
        for (DemoRole role : DemoRole.values()) {
            assertThat(data.users(role)).as("users with role %s", role).hasSize(1);
        }
        assertThat(data.users()).allSatisfy(u -> assertThat(u.email()).endsWith("@example.com"));
    }

    @Test
    void firmHasTwoClientsAndTheThreeCasesOfTheWalkThrough() {
        assertThat(data.clients()).hasSize(2);
        assertThat(data.clients()).extracting(c -> c.client().kind())
                .containsExactlyInAnyOrder(PartyKind.INDIVIDUAL, PartyKind.ORGANIZATION);
        assertThat(data.clients()).allSatisfy(c -> assertThat(data.cases(c.id())).isNotEmpty());

        DemoCase eb1a = only(CaseType.EB1A);
        assertThat(eb1a.status()).isEqualTo(CaseStatus.RFE_NOID_RECEIVED);
        assertThat(eb1a.notices()).extracting(DemoNotice::kind).contains(NoticeKind.RFE);
        assertThat(eb1a.receiptNumber()).isPresent();
        assertThat(eb1a.consent()).as("an outsourced RFE response may share documents").isPresent();

        DemoCase h1b = only(CaseType.H1B_EXTENSION);
        assertThat(h1b.petitioner()).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PartyKind.ORGANIZATION));
        assertThat(h1b.consent()).isPresent();

        DemoCase perm = only(CaseType.PERM);
        assertThat(perm.recruitment()).extracting(org.lpodesk.perm.PermRecord.Step::kind)
                .contains(org.lpodesk.perm.PermStepKind.SWA_JOB_ORDER, org.lpodesk.perm.PermStepKind.SUNDAY_AD,
                        org.lpodesk.perm.PermStepKind.NOTICE_OF_FILING);
        // the Sunday advertisements fall on Sundays whatever day the demo is loaded
        assertThat(perm.recruitment()).filteredOn(s -> s.kind() == org.lpodesk.perm.PermStepKind.SUNDAY_AD)
                .hasSize(2).allSatisfy(s -> assertThat(s.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY));
        assertThat(perm.recruitment()).as("recruitment still running").anySatisfy(
                s -> assertThat(s.end()).isAfter(LocalDate.now()));
        assertThat(perm.notices()).as("the labor certification is not filed yet").isEmpty();
    }

    @Test
    void vendorIsEngagedForTheTasksTheWalkThroughOutsources() {
        assertThat(data.vendorSiteShortName()).isEqualTo("lpo-" + data.vendor().id());
        assertThat(data.vendor().inCountryOfConcern()).isFalse();
        for (TaskKind kind : List.of(TaskKind.RFE_RESPONSE, TaskKind.EB1_PETITION, TaskKind.H1B_PREPARATION,
                TaskKind.PERM_MANAGEMENT)) {
            assertThat(data.engagement().offers(kind)).as("engaged for %s", kind).isTrue();
        }
        assertThat(data.engagement().carriesClientDocuments(TaskKind.RFE_RESPONSE)).isTrue();
        assertThat(data.engagement().hourPackageIfAny()).isPresent();
    }

    @Test
    void noPasswordIsWrittenInTheFile() {
        List<String> keys = new ArrayList<>();
        collectKeys(tree, keys);
        assertThat(keys).isNotEmpty().noneMatch(k -> k.toLowerCase().contains("password") && !k.equals("passwordEnv"));
    }

    private static DemoCase only(CaseType type) {
        List<DemoCase> found = data.cases().stream().filter(c -> c.type() == type).toList();
        assertThat(found).as("demo cases of type %s", type).hasSize(1);
        return found.get(0);
    }

    private static void collectKeys(Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                collectKeys(v, keys);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, keys));
        }
    }
}
