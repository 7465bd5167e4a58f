package org.lpodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.demo.DemoTrees.valid;
import static org.lpodesk.demo.DemoTrees.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.outsourcing.TaskKind;

class DemoDataReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final DemoDataReader reader = DemoDataReader.withDefaultRules();

    @Test
    void readsAValidTreeIntoCoreTypesWithDatesCountedBackFromToday() {
        DemoData data = reader.read(valid(), TODAY);

        assertThat(data.users()).hasSize(DemoRole.values().length);
        assertThat(data.cases()).extracting(DemoCase::type).containsExactly(CaseType.EB1A, CaseType.PERM);
        DemoCase eb1a = data.cases().get(0);
        assertThat(eb1a.status()).isEqualTo(CaseStatus.RFE_NOID_RECEIVED);
        assertThat(eb1a.openedOn()).isEqualTo(TODAY.minusDays(100));
        assertThat(eb1a.notices()).extracting(DemoNotice::kind).containsExactly(NoticeKind.RECEIPT, NoticeKind.RFE);
        assertThat(eb1a.notices().get(1).date()).isEqualTo(TODAY.minusDays(10));
        assertThat(eb1a.receiptNumber()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("IOE0912345678"));
        assertThat(data.cases().get(1).recruitment().get(0).end()).isEqualTo(TODAY.plusDays(10));
        assertThat(data.vendorSiteShortName()).isEqualTo("lpo-demo-lpo");
        assertThat(data.engagement().offers(TaskKind.RFE_RESPONSE)).isTrue();
        assertThat(data.engagement().carriesClientDocuments(TaskKind.RFE_RESPONSE)).isTrue();
        assertThat(data.cases("acme")).extracting(DemoCase::id).containsExactly("perm-acme");
    }

    @Test
    void everyRoleMapsToItsGroup() {
        DemoData data = reader.read(valid(), TODAY);
        assertThat(DemoRole.FIRM_ATTORNEY.authority(data.vendor())).hasValue("GROUP_IMM_ATTORNEYS");
        assertThat(DemoRole.LPO_ASSOCIATE.authority(data.vendor())).hasValue("GROUP_LPO_DEMO_LPO_ASSOCIATES");
        assertThat(DemoRole.INTEGRATOR.authority(data.vendor())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "cases[0].type|EB1|cases[0].type|\"EB1\" is not one of: EB1A, EB1B",
        "cases[1].status|RECRUITMENT|cases[1].status|\"RECRUITMENT\" is not one of: INTAKE",
        "users[0].role|PARTNER|users[0].role|\"PARTNER\" is not one of: FIRM_ATTORNEY",
        "cases[0].receiptNumber|IOE091234567|cases[0].receiptNumber|\"IOE091234567\" is refused",
        "vendor.country|India|vendor|country \"India\" is not an ISO 3166-1",
        "vendor.zone|India/Delhi|vendor.zone|\"India/Delhi\" is not a time zone id",
        "engagement.businessDayEnd|6pm|engagement|'6pm' is not a time of day",
        "engagement.terms[0].fee|four hundred|engagement|four hundred",
        "engagement.terms[0].kind|RFE|engagement|RFE",
        "users[2].email|nobody|users[2].email|\"nobody\" is not an e-mail address",
        "users[1].passwordEnv|SECRET|users[1].passwordEnv|\"SECRET\" is not a demo password variable",
        "users[1].passwordEnv|LPODESK_DEMO_PASSWORD|users[1].passwordEnv|is not a demo password variable",
        "cases[0].client|nobody|cases[0].client|client \"nobody\" is not one of the demo clients",
        "cases[0].responsibleAttorney|demo.firm.paralegal|cases[0].responsibleAttorney|\"demo.firm.paralegal\" is not a demo user with the role FIRM_ATTORNEY",
        "cases[0].consent.recordedBy|demo.lpo.manager|cases[0].consent.recordedBy|\"demo.lpo.manager\" is not a firm attorney or paralegal",
        "firm.site.shortName|lpo-demo-lpo|firm.site.shortName|same short name as the vendor's site",
        "firm.site.shortName|Demo Firm|firm.site.shortName|site short name \"Demo Firm\" is invalid",
        "cases[1].id|eb1a-rao|cases[1].id|case id \"eb1a-rao\" appears twice",
        "clients[1].id|rao|clients[1].id|client id \"rao\" appears twice",
        "users[3].userName|demo.firm.attorney|users[3].userName|user name \"demo.firm.attorney\" appears twice",
        "cases[1].petitioner.kind|INDIVIDUAL|cases[1].petitioner|a PERM petition is filed by an employer",
        "cases[1].type|EB2_NIW|cases[1].recruitment|recruitment steps belong to PERM cases, not to a EB2_NIW case",
    })
    void badValuesAreRefusedNamingThePlaceTheValueAndTheRule(String path, String value, String reportedAt, String message) {
        assertThatThrownBy(() -> reader.read(with(valid(), path, value), TODAY))
                .isInstanceOf(InvalidDemoDataException.class)
                .hasMessageStartingWith("Demo data, " + reportedAt + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidDemoDataException) e).path()).isEqualTo(reportedAt));
    }

    @Test
    void missingAndMistypedFieldsNameTheirPath() {
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].beneficiary", null), TODAY))
                .hasMessage("Demo data, cases[0].beneficiary: is missing.");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].openedDaysAgo", "100"), TODAY))
                .hasMessage("Demo data, cases[0].openedDaysAgo: must be a whole number, found \"100\".");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].notices[0].servedByMail", "no"), TODAY))
                .hasMessage("Demo data, cases[0].notices[0].servedByMail: must be true or false, found \"no\".");
        assertThatThrownBy(() -> reader.read(with(valid(), "users", "everyone"), TODAY))
                .hasMessage("Demo data, users: must be a list, found \"everyone\".");
        assertThatThrownBy(() -> reader.read(List.of(), TODAY))
                .hasMessage("Demo data, (root): must be an object, found a list.");
        assertThatThrownBy(() -> reader.read(with(valid(), "format", 2), TODAY))
                .hasMessage("Demo data, format: format 2 is not supported; this version of LPO Desk reads format 1.");
    }

    @Test
    void everyRoleNeedsAUser() {
        Map<String, Object> tree = valid();
        @SuppressWarnings("unchecked")
        List<Object> users = (List<Object>) tree.get("users");
        users.remove(DemoRole.LPO_REVIEWER.ordinal());
        assertThatThrownBy(() -> reader.read(tree, TODAY))
                .hasMessage("Demo data, users: no demo user has the role LPO_REVIEWER; the demo needs one user for every role.");
    }

    @Test
    void anRfeMustStillBeOpenOnTheDayOfLoading() {
        // mailed: 84 + 3 days; 86 days ago leaves one day, 87 leaves none
        assertThat(reader.read(with(with(valid(), "cases[0].notices[1].daysAgo", 86), "cases[0].notices[0].daysAgo", 95),
                TODAY).cases()).hasSize(2);
        assertThatThrownBy(() -> reader.read(with(with(valid(), "cases[0].notices[1].daysAgo", 87),
                "cases[0].notices[0].daysAgo", 95), TODAY))
                .hasMessageContaining("cases[0].notices: the RFE of 2025-12-19 could be answered until 2026-03-16 at the latest");
        assertThatThrownBy(() -> reader.read(with(with(with(valid(), "cases[0].notices[1].servedByMail", false),
                "cases[0].notices[1].daysAgo", 84), "cases[0].notices[0].daysAgo", 95), TODAY))
                .hasMessageContaining("could be answered until 2026-03-16");
    }

    @Test
    void statusMustAgreeWithTheNotices() {
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].status", "FILED"), TODAY))
                .hasMessageContaining("cases[0].status: status FILED does not agree with the latest notice (RFE)");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].status", "DRAFTING"), TODAY))
                .hasMessageContaining("a case in status DRAFTING is not filed yet");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[1].status", "RFE_NOID_RECEIVED"), TODAY))
                .hasMessageContaining("status RFE_NOID_RECEIVED does not agree with the latest notice (-)");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].notices[0].daysAgo", 101), TODAY))
                .hasMessageContaining("cases[0].notices[0].daysAgo: notice dated 2025-12-05, before the case was opened on 2025-12-06");
    }

    @Test
    void onlyRecruitmentMayEndInTheFuture() {
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[0].notices[0].daysAgo", -1), TODAY))
                .hasMessageContaining("cases[0].notices[0].daysAgo: -1 days ago is in the future");
        assertThatThrownBy(() -> reader.read(with(valid(), "cases[1].recruitment[0].endDaysAgo", 25), TODAY))
                .isInstanceOf(InvalidDemoDataException.class)
                .hasMessageStartingWith("Demo data, cases[1].recruitment[0]: ");
    }

    @Test
    void theVendorMustBeEngageable() {
        assertThatThrownBy(() -> reader.read(with(valid(), "vendor.dueDiligenceDaysAgo", null), TODAY))
                .hasMessageStartingWith("Demo data, vendor: vendor \"demo-lpo\" could not be engaged: ");
        assertThatThrownBy(() -> reader.read(with(valid(), "vendor.conflictsCheckDaysAgo", 800), TODAY))
                .hasMessageStartingWith("Demo data, vendor: vendor \"demo-lpo\" could not be engaged: ");
    }

    @Test
    void engagementIsReadByTheVendorOnboardingRulesOfCore() {
        assertThatThrownBy(() -> reader.read(with(valid(), "engagement.hourPackage", null), TODAY))
                .isInstanceOf(InvalidDemoDataException.class)
                .hasMessageStartingWith("Demo data, engagement: ")
                .hasMessageContaining("LEGAL_RESEARCH");
        assertThatThrownBy(() -> reader.read(with(valid(), "engagement.terms[1].kind", "RFE_RESPONSE"), TODAY))
                .hasMessageStartingWith("Demo data, engagement: ")
                .hasMessageContaining("RFE_RESPONSE");
        assertThatThrownBy(() -> reader.read(with(valid(), "engagement.terms[0].turnaroundBusinessDays", 999), TODAY))
                .hasMessageStartingWith("Demo data, engagement: ")
                .hasMessageContaining("999");
        assertThatThrownBy(() -> reader.read(with(valid(), "engagement", "none"), TODAY))
                .hasMessage("Demo data, engagement: must be an object, found \"none\".");
    }
}
