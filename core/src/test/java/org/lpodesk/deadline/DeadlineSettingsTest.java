package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineSettingsTest {

    /** DOMAIN.md's deadline table: each rule's default figure and the source the UI shows. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rfe                     | 84  | DAYS          | 72 FR 19100 (2007); USCIS PM-602-0040",
            "rfe.i539                | 30  | DAYS          | 72 FR 19100 (2007); USCIS PM-602-0040",
            "noid                    | 30  | DAYS          | USCIS Policy Manual, Vol. 1, Part E, Ch. 10",
            "noir                    | 30  | DAYS          | USCIS Policy Manual, Vol. 1, Part E, Ch. 10",
            "noit                    | 30  | DAYS          | USCIS Policy Manual, Vol. 1, Part E, Ch. 10",
            "appeal.i290b            | 30  | DAYS          | Form I-290B instructions",
            "appeal.revocation       | 15  | DAYS          | Form I-290B instructions",
            "mail                    | 3   | DAYS          | 8 CFR 103.8(b)",
            "pwd.minValidity         | 90  | DAYS          | 20 CFR 656.40(c)",
            "pwd.maxValidity         | 12  | MONTHS        | 20 CFR 656.40(c)",
            "perm.quietPeriod        | 30  | DAYS          | 20 CFR 656.17(e)",
            "perm.recruitmentWindow  | 180 | DAYS          | 20 CFR 656.17(e)",
            "perm.swaJobOrder        | 30  | DAYS          | 20 CFR 656.17(e)",
            "perm.noticeOfFiling     | 10  | BUSINESS_DAYS | 20 CFR 656.17(e); 20 CFR 656.10(d)",
            "eta9089.validity        | 180 | DAYS          | 20 CFR 656.30(b)"})
    void everyRuleCarriesItsDomainDefaultAndSource(String id, int figure, DeadlineRule.Unit unit, String citation) {
        DeadlineRule rule = DeadlineRule.byId(id);

        assertThat(DeadlineRules.defaults().figure(rule)).isEqualTo(figure);
        assertThat(rule.unit()).isEqualTo(unit);
        assertThat(rule.citation()).isEqualTo(citation);
        assertThat(rule.propertyKey()).isEqualTo("lpodesk.deadline." + id + "." + unit.keySuffix());
    }

    @Test
    void theWeekendRuleCitesEightCfrOnePointTwoAndEscobar() {
        assertThat(DeadlineRule.WEEKEND_HOLIDAY.citation())
                .isEqualTo("8 CFR 1.2 (definition of \"day\"); Matter of Escobar, 18 I&N Dec. 412 (BIA 1983)");
        assertThat(DeadlineRules.defaults().rollPolicy()).isEqualTo(RollPolicy.FORWARD);
    }

    @Test
    void alfrescoGlobalPropertiesOverrideFiguresAndIgnoreOtherKeys() {
        Properties properties = new Properties();
        properties.setProperty("db.url", "jdbc:postgresql://localhost/alfresco");
        properties.setProperty("lpodesk.deadline.rfe.days", " 60 ");
        properties.setProperty("lpodesk.deadline.mail.days", "5");
        properties.setProperty("lpodesk.deadline.perm.noticeOfFiling.businessDays", "12");
        properties.setProperty("lpodesk.deadline.weekendHoliday.policy", "backward");
        properties.setProperty("lpodesk.deadline.vendor.reviewBuffer.businessDays", "3");
        properties.setProperty("lpodesk.deadline.vendor.filingTime.businessDays", "0");
        properties.setProperty("lpodesk.deadline.noid.days", ""); // blank: default
        properties.setProperty("lpodesk.calendar.inaugurationDay", "TRUE");
        properties.setProperty("lpodesk.calendar.additionalClosures",
                "2025-01-09 National Day of Mourning for President Carter; 2025-12-24 Executive order;2025-12-26");

        DeadlineSettings settings = DeadlineSettings.fromProperties(properties);

        assertThat(settings.rules().figure(DeadlineRule.RFE)).isEqualTo(60);
        assertThat(settings.rules().figure(DeadlineRule.MAIL_SERVICE)).isEqualTo(5);
        assertThat(settings.rules().figure(DeadlineRule.NOTICE_OF_FILING)).isEqualTo(12);
        assertThat(settings.rules().figure(DeadlineRule.NOID)).isEqualTo(30);
        assertThat(settings.rules().rollPolicy()).isEqualTo(RollPolicy.BACKWARD);
        assertThat(settings.vendorPolicy()).isEqualTo(new VendorDueDatePolicy(3, 0));
        assertThat(settings.calendar().closesOnInaugurationDay()).isTrue();
        assertThat(settings.calendar().additionalClosures()).extracting(c -> c.date() + " " + c.name().format())
                .containsExactly("2025-01-09 National Day of Mourning for President Carter",
                        "2025-12-24 Executive order", "2025-12-26 Office closure");
        assertThat(settings.calendar().isBusinessDay(LocalDate.of(2025, 12, 24))).isFalse();
    }

    @Test
    void noSettingsMeansTheDefaults() {
        DeadlineSettings settings = DeadlineSettings.fromMap(Map.of());

        assertThat(settings).isEqualTo(DeadlineSettings.defaults());
        assertThat(settings.rules()).isEqualTo(DeadlineRules.defaults());
        assertThat(settings.vendorPolicy()).isEqualTo(VendorDueDatePolicy.defaults());
        assertThat(settings.calendar().additionalClosures()).isEmpty();
        assertThat(settings.calendar().closesOnInaugurationDay()).isFalse();
        // an override equal to the default is not reported as an override
        assertThat(DeadlineRules.defaults().withFigure(DeadlineRule.RFE, 84).isOverridden(DeadlineRule.RFE)).isFalse();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "lpodesk.deadline.rfe.dayz                 | 84  | Unknown deadline setting \"lpodesk.deadline.rfe.dayz\"; see org/lpodesk/deadline/deadline-defaults.properties for the keys.",
            "lpodesk.calendar.closures                 | x   | Unknown deadline setting \"lpodesk.calendar.closures\"; see org/lpodesk/deadline/deadline-defaults.properties for the keys.",
            "lpodesk.deadline.rfe.days                 | 84d | Setting lpodesk.deadline.rfe.days must be a whole number, but is \"84d\".",
            "lpodesk.deadline.rfe.days                 | 0   | lpodesk.deadline.rfe.days must be a whole number from 1 to 3650, but is 0.",
            "lpodesk.deadline.mail.days                | -1  | lpodesk.deadline.mail.days must be a whole number from 0 to 3650, but is -1.",
            "lpodesk.deadline.pwd.maxValidity.months   | 121 | lpodesk.deadline.pwd.maxValidity.months must be a whole number from 1 to 120, but is 121.",
            "lpodesk.deadline.weekendHoliday.policy    | LATER | Setting lpodesk.deadline.weekendHoliday.policy must be FORWARD, BACKWARD or NONE, but is \"LATER\".",
            "lpodesk.calendar.inaugurationDay          | yes | Setting lpodesk.calendar.inaugurationDay must be true or false, but is \"yes\".",
            "lpodesk.calendar.additionalClosures       | 12/24/2025 Christmas Eve | Setting lpodesk.calendar.additionalClosures: \"12/24/2025 Christmas Eve\" does not start with a date in the form yyyy-mm-dd.",
            "lpodesk.deadline.vendor.reviewBuffer.businessDays | 0 | The attorney review buffer must be from 1 to 250 business days, but is 0; a due date without review time is not allowed."})
    void badSettingsAreRefusedNamingKeyAndValue(String key, String value, String message) {
        Map<String, String> map = new HashMap<>();
        map.put(key, value);

        assertThatThrownBy(() -> DeadlineSettings.fromMap(map))
                .isInstanceOf(DeadlineException.class)
                .hasMessage(message);
    }

    @Test
    void theDocumentedDefaultsFileListsExactlyTheKeysTheCodeReads() throws IOException {
        Properties documented = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/lpodesk/deadline/deadline-defaults.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            documented.load(reader);
        }
        Map<String, String> documentedMap = new HashMap<>();
        documented.stringPropertyNames().forEach(k -> documentedMap.put(k, documented.getProperty(k)));

        assertThat(documentedMap).isEqualTo(DeadlineSettings.defaultProperties());
        // and loading the documented file gives the defaults
        assertThat(DeadlineSettings.fromProperties(documented).rules()).isEqualTo(DeadlineRules.defaults());
    }

    @Test
    void settingsBuildTheServicesTheOtherTiersUse() {
        DeadlineSettings settings = DeadlineSettings.fromMap(Map.of("lpodesk.deadline.noid.days", "20"));

        Deadline noid = settings.noticeDeadlines().responseDeadline(org.lpodesk.notice.UscisNotice.of(
                org.lpodesk.notice.NoticeKind.NOID, LocalDate.of(2025, 2, 10), org.lpodesk.notice.ServiceMethod.ELECTRONIC))
                .orElseThrow();

        // Feb 10 + 20 = Sun Mar 2 -> Mon Mar 3
        assertThat(noid.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(settings.permDeadlines().laborCertificationExpiry(LocalDate.of(2025, 1, 15)).date())
                .isEqualTo(LocalDate.of(2025, 7, 14));
    }
}
