package org.lpodesk.outsourcing.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.Vendor;

class EngagementTermsTest {

    private static final Vendor ACME = new Vendor("acme", "Acme Legal", "IN", ZoneId.of("Asia/Kolkata"),
            LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10));
    private static final ZoneId FIRM = ZoneId.of("America/New_York");

    private static Map<String, Object> terms() {
        Map<String, Object> rfe = new HashMap<>();
        rfe.put("kind", "RFE_RESPONSE");
        rfe.put("turnaroundBusinessDays", 5);
        rfe.put("billing", "FLAT_FEE");
        rfe.put("fee", "250.00");
        rfe.put("clientCharge", "COST");
        Map<String, Object> research = new HashMap<>(Map.of("kind", "LEGAL_RESEARCH", "turnaroundBusinessDays", 3,
                "billing", "HOURLY", "clientCharge", "COST"));
        Map<String, Object> e = new HashMap<>();
        e.put("currency", "USD");
        e.put("hourPackage", Map.of("hoursPerMonth", "40", "rate", "25.00", "overageRate", "30.00"));
        e.put("terms", List.of(rfe, research));
        return e;
    }

    @Test
    void readsTheEngagementTheAdministratorSubmitted() {
        Engagement e = EngagementTerms.read(ACME, FIRM, terms());
        assertThat(e.offers(TaskKind.RFE_RESPONSE)).isTrue();
        assertThat(e.offers(TaskKind.ARTICLE)).isFalse();
        assertThat(e.billingMode(TaskKind.LEGAL_RESEARCH)).isEqualTo(BillingMode.HOURLY);
        assertThat(e.nominalCost(TaskKind.RFE_RESPONSE, BigDecimal.ONE).amount()).isEqualByComparingTo("250.00");
        assertThat(e.hourPackageIfAny()).isPresent();
    }

    @Test
    void malformedTermsAreRefusedNamingTheField() {
        Map<String, Object> noTerms = terms();
        noTerms.remove("terms");
        assertThatThrownBy(() -> EngagementTerms.read(ACME, FIRM, noTerms)).hasMessageContaining("'terms'");
        Map<String, Object> badCurrency = terms();
        badCurrency.put("currency", "DOLLARS");
        assertThatThrownBy(() -> EngagementTerms.read(ACME, FIRM, badCurrency)).hasMessageContaining("'DOLLARS'");
        Map<String, Object> badKind = terms();
        badKind.put("terms", List.of(Map.of("kind", "PETITION", "turnaroundBusinessDays", 3, "billing", "HOURLY",
                "clientCharge", "COST")));
        assertThatThrownBy(() -> EngagementTerms.read(ACME, FIRM, badKind)).hasMessageContaining("'PETITION'");
        Map<String, Object> noDays = terms();
        noDays.put("terms", List.of(Map.of("kind", "ARTICLE", "billing", "HOURLY", "clientCharge", "COST")));
        assertThatThrownBy(() -> EngagementTerms.read(ACME, FIRM, noDays))
                .hasMessage("The argument 'turnaroundBusinessDays' is required.");
    }
}
