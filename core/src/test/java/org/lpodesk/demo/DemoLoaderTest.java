package org.lpodesk.demo;

import org.lpodesk.outsourcing.AttestationKind;

import org.lpodesk.outsourcing.Attestation;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lpodesk.firm.FirmGroup;

class DemoLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final Map<String, Object> tree = DemoTrees.valid();
    private final DemoData data = DemoDataReader.withDefaultRules().read(tree, TODAY);
    private final InMemoryDemoRepository repository = new InMemoryDemoRepository();
    private final DemoLoader loader = new DemoLoader(repository, Locale.ENGLISH);

    private Map<String, String> passwords() {
        return DemoPasswords.resolve(data.users(), name -> DemoPasswords.SHARED_VARIABLE.equals(name)
                ? "correct horse battery staple" : null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, ?> engagement() {
        return (Map<String, ?>) tree.get("engagement");
    }

    @Test
    void firstLoadCreatesEveryUserGroupMembershipSiteClientCaseAndNotice() {
        DemoLoadReport report = loader.load(data, passwords(), engagement(), TODAY);

        assertThat(repository.passwords).containsOnlyKeys(data.users().stream().map(DemoUser::userName).toList())
                .containsValue("correct horse battery staple");
        for (DemoUser u : data.users()) {
            u.role().authority(data.vendor()).ifPresent(group ->
                    assertThat(repository.isMember(group, u.userName())).as("%s in %s", u.userName(), group).isTrue());
        }
        assertThat(repository.vendorRecords).containsExactly("demo-lpo");
        assertThat(repository.siteMembers.get("demo-firm")).containsEntry(FirmGroup.ATTORNEYS.authority(), "SiteCollaborator")
                .containsEntry(FirmGroup.PARALEGALS.authority(), "SiteCollaborator")
                .containsEntry(FirmGroup.ADMINS.authority(), "SiteManager")
                .containsEntry(data.users(DemoRole.INTEGRATOR).get(0).userName(), "SiteCollaborator")
                .doesNotContainKeys(data.vendor().groups().toArray(String[]::new));
        assertThat(repository.nodesOfKind("client")).extracting(InMemoryDemoRepository.Node::name)
                .containsExactly("Priya Rao", "Acme Inc");
        assertThat(repository.nodesOfKind("case")).extracting(InMemoryDemoRepository.Node::name)
                .containsExactly("Priya Rao - EB-1A Extraordinary Ability", "Lucia Garcia - EB-2-EB-3 PERM");
        assertThat(repository.nodesOfKind("notice")).extracting(InMemoryDemoRepository.Node::name)
                .containsExactly("Receipt Notice 2026-01-15", "Request for Evidence 2026-03-06");
        String noticesFolder = repository.nodes.get(repository.child(repository.child(repository.child(
                "library:demo-firm", "Priya Rao").orElseThrow(), "Priya Rao - EB-1A Extraordinary Ability").orElseThrow(), "USCIS notices")
                .orElseThrow()).name();
        assertThat(noticesFolder).isEqualTo("USCIS notices");
        assertThat(report.skipped()).isEmpty();
        assertThat(report.created()).contains("vendor demo-lpo", "site demo-firm", "case Priya Rao - EB-1A Extraordinary Ability");
        // the demo vendor can receive documents: its three attestations, signed a month ago, and its users' residence
        assertThat(repository.attestations.get("demo-lpo")).extracting(Attestation::kind)
                .containsExactly(AttestationKind.values());
        assertThat(repository.attestations.get("demo-lpo")).allSatisfy(a ->
                assertThat(a.signedOn()).isEqualTo(TODAY.minusMonths(1)));
        for (DemoUser u : data.users()) {
            assertThat(repository.countryOfResidence(u.userName())).as(u.userName())
                    .isEqualTo(u.role().vendor() ? Optional.of(data.vendor().country()) : Optional.empty());
        }
    }

    @Test
    void aRestartCreatesNothingAndLeavesPasswordsAlone() {
        loader.load(data, passwords(), engagement(), TODAY);
        int nodes = repository.nodes.size();
        Map<String, String> changed = new HashMap<>(passwords());
        changed.replaceAll((user, p) -> "another long password");

        DemoLoadReport again = loader.load(data, changed, engagement(), TODAY);

        assertThat(again.createdNothing()).as("created %s", again.created()).isTrue();
        assertThat(repository.nodes).hasSize(nodes);
        assertThat(repository.passwords).doesNotContainValue("another long password");
        assertThat(again.skipped()).contains("vendor demo-lpo: site lpo-demo-lpo exists", "site demo-firm: exists, its members are left as they are",
                "case Priya Rao - EB-1A Extraordinary Ability: exists, its notices are left as they are");
    }

    @Test
    void whatIsMissingAfterAManualDeletionIsCreatedAgainAndNothingElse() {
        loader.load(data, passwords(), engagement(), TODAY);
        repository.passwords.remove("demo.lpo.associate");
        repository.groups.values().forEach(members -> members.remove("demo.lpo.associate"));
        String acme = repository.child("library:demo-firm", "Acme Inc").orElseThrow();
        repository.nodes.remove(repository.child(acme, "Lucia Garcia - EB-2-EB-3 PERM").orElseThrow());

        DemoLoadReport again = loader.load(data, passwords(), engagement(), TODAY);

        // the case comes back with its recruitment steps, which went with it
        List<String> steps = data.cases().stream().filter(c -> c.type() == org.lpodesk.cases.CaseType.PERM)
                .flatMap(c -> c.recruitment().stream())
                .map(st -> "recruitment step " + st.kind().name() + " " + st.start() + " in case Lucia Garcia - EB-2-EB-3 PERM")
                .toList();
        assertThat(steps).isNotEmpty();
        List<String> expected = new java.util.ArrayList<>(List.of("user demo.lpo.associate",
                "membership demo.lpo.associate in " + data.vendor().associatesGroup(), "case Lucia Garcia - EB-2-EB-3 PERM"));
        expected.addAll(steps);
        assertThat(again.created()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void firmGroupsTheModuleBootstrapDidNotCreateYetAreCreatedFirst() {
        loader.load(data, passwords(), engagement(), TODAY);
        assertThat(repository.log.subList(0, 3)).containsExactly("group " + FirmGroup.ATTORNEYS.authority(),
                "group " + FirmGroup.PARALEGALS.authority(), "group " + FirmGroup.ADMINS.authority());
    }

    @Test
    void aVendorThatExistsIsLeftAsItIsButItsUsersStillJoinItsGroups() {
        repository.createGroup(data.vendor().managersGroup());

        DemoLoadReport report = loader.load(data, passwords(), engagement(), TODAY);

        assertThat(report.skipped()).contains("vendor demo-lpo: group " + data.vendor().managersGroup() + " exists",
                "membership demo.lpo.associate in " + data.vendor().associatesGroup() + ": the group does not exist");
        assertThat(repository.vendorRecords).isEmpty();
        assertThat(repository.isMember(data.vendor().managersGroup(), "demo.lpo.manager")).isTrue();
    }

    @Test
    void aUserWithoutAPasswordStopsTheLoadBeforeAnythingIsCreated() {
        Map<String, String> incomplete = new HashMap<>(passwords());
        incomplete.remove("demo.firm.attorney");

        assertThatThrownBy(() -> loader.load(data, incomplete, engagement(), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demo.firm.attorney");
        assertThat(repository.log).isEmpty();
    }

    @Test
    void folderNamesAreNamesAlfrescoAccepts() {
        assertThat(DemoLoader.folderName("Northwind Robotics Inc.")).isEqualTo("Northwind Robotics Inc");
        assertThat(DemoLoader.folderName("A/B: \"C\" <D>?*|\\ ")).isEqualTo("A-B- -C- -D-----");
        assertThatThrownBy(() -> DemoLoader.folderName(" ... ")).hasMessageContaining("\" ... \"");
    }

    @Test
    void theVendorIsOnboardedWithTheOnboardingWebScriptsFields() {
        assertThat(DemoLoader.onboardingRequest(data.vendor())).containsEntry("id", "demo-lpo")
                .containsEntry("zone", "Asia/Kolkata").containsEntry("country", "IN")
                .containsEntry("dueDiligenceDate", TODAY.minusDays(30).toString())
                .containsEntry("conflictsCheckDate", TODAY.minusDays(30).toString());
    }
}
