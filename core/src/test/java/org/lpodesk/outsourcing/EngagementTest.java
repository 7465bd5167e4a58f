package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.NEW_YORK;
import static org.lpodesk.outsourcing.TestEngagements.indiaVendor;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;

class EngagementTest {

    private static final HourPackage PACKAGE = HourPackage.of("40", Money.usd("25"), Money.usd("35"));

    @Test
    void termsPerKindWithDocumentFlagsDefaultingFromTheKind() {
        Engagement e = TestEngagements.standard(indiaVendor());
        assertThat(e.currency()).isEqualTo(Money.USD);
        assertThat(e.businessDayEnd()).isEqualTo(LocalTime.of(18, 0));
        assertThat(e.terms(TaskKind.RFE_RESPONSE).turnaroundBusinessDays()).isEqualTo(5);
        assertThat(e.billingMode(TaskKind.RFE_RESPONSE)).isEqualTo(BillingMode.HOURLY);
        assertThat(e.billingMode(TaskKind.COVER_LETTER)).isEqualTo(BillingMode.FLAT_FEE);
        assertThat(e.clientCharge(TaskKind.LEGAL_RESEARCH)).isEqualTo(ClientCharge.COST);
        assertThat(e.carriesClientDocuments(TaskKind.RFE_RESPONSE)).isTrue();
        assertThat(e.carriesClientDocuments(TaskKind.LEGAL_RESEARCH)).isFalse();
        assertThat(e.carriesClientDocuments(TaskKind.NIW_PETITION)).as("not engaged").isFalse();
        assertThat(e.offers(TaskKind.NIW_PETITION)).isFalse();
    }

    @Test
    void theDocumentFlagCanBeSetAgainstTheDefault() {
        Engagement e = Engagement.builder(indiaVendor(), NEW_YORK)
                .kind(new KindTerms(TaskKind.LEGAL_RESEARCH, 3, Billing.flatFee(Money.usd("80")), ClientCharge.COST, true))
                .kind(new KindTerms(TaskKind.CLIENT_EMAIL, 1, Billing.flatFee(Money.usd("20")), ClientCharge.FEE, false))
                .build();
        assertThat(e.carriesClientDocuments(TaskKind.LEGAL_RESEARCH)).isTrue();
        assertThat(e.carriesClientDocuments(TaskKind.CLIENT_EMAIL)).isFalse();
    }

    @Test
    void theNominalCostIsTheFlatFeeOrHoursAtThePackageRate() {
        Engagement e = TestEngagements.standard(indiaVendor());
        assertThat(e.nominalCost(TaskKind.COVER_LETTER, new BigDecimal("7"))).isEqualTo(Money.usd("150"));
        assertThat(e.nominalCost(TaskKind.RFE_RESPONSE, new BigDecimal("2.5"))).isEqualTo(Money.usd("62.50"));
    }

    @Test
    void askingForAKindTheVendorIsNotEngagedForNamesBoth() {
        Engagement e = TestEngagements.standard(indiaVendor());
        assertThatThrownBy(() -> e.terms(TaskKind.NIW_PETITION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Vendor \"acme-lpo\" is not engaged for NIW_PETITION.");
    }

    @Test
    void anHourlyKindNeedsAPackage() {
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), NEW_YORK)
                .kind(TaskKind.RFE_RESPONSE, 5, Billing.hourly(), ClientCharge.FEE).build())
                .hasMessage("The engagement with vendor \"acme-lpo\" bills RFE_RESPONSE hourly but has no monthly"
                        + " package of hours.");
    }

    @Test
    void turnaroundMustBeZeroToAWorkingYear() {
        assertThatThrownBy(() -> KindTerms.of(TaskKind.RFE_RESPONSE, -1, Billing.hourly(), ClientCharge.FEE))
                .hasMessage("Turnaround for RFE_RESPONSE must be 0 to 260 business days, but is -1.");
        assertThatThrownBy(() -> KindTerms.of(TaskKind.RFE_RESPONSE, 261, Billing.hourly(), ClientCharge.FEE))
                .hasMessage("Turnaround for RFE_RESPONSE must be 0 to 260 business days, but is 261.");
        assertThat(KindTerms.of(TaskKind.CASE_STATUS_CHECK, 0, Billing.flatFee(Money.usd("5")), ClientCharge.COST)
                .turnaroundBusinessDays()).isZero();
    }

    @Test
    void incompleteTermsAreRejectedNamingTheKind() {
        assertThatThrownBy(() -> KindTerms.of(TaskKind.ARTICLE, 2, null, ClientCharge.FEE))
                .hasMessage("Engagement terms for ARTICLE have no billing (flat fee or hourly).");
        assertThatThrownBy(() -> KindTerms.of(TaskKind.ARTICLE, 2, Billing.hourly(), null))
                .hasMessage("Engagement terms for ARTICLE do not say whether the client is charged a fee or the cost.");
        assertThatThrownBy(() -> new KindTerms(null, 2, Billing.hourly(), ClientCharge.FEE, false))
                .hasMessage("Engagement terms must name a task kind.");
    }

    @Test
    void amountsInAnotherCurrencyThanTheEngagementAreRejected() {
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), NEW_YORK)
                .kind(TaskKind.ARTICLE, 2, Billing.flatFee(Money.of("100", Currency.getInstance("INR"))), ClientCharge.FEE)
                .build())
                .hasMessage("The flat fee of vendor \"acme-lpo\" for ARTICLE is 100.00 INR, but the engagement bills in USD.");
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), NEW_YORK)
                .currency(Currency.getInstance("EUR")).hourPackage(PACKAGE)
                .kind(TaskKind.ARTICLE, 2, Billing.hourly(), ClientCharge.FEE).build())
                .hasMessage("The package rate of vendor \"acme-lpo\" is 25.00 USD, but the engagement bills in EUR.");
    }

    @Test
    void anEngagementNeedsItsVendorZoneAndAtLeastOneKindAndEachKindOnce() {
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), NEW_YORK).build())
                .hasMessage("The engagement with vendor \"acme-lpo\" covers no task kind.");
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), null)
                .kind(TaskKind.ARTICLE, 2, Billing.flatFee(Money.usd("1")), ClientCharge.FEE).build())
                .hasMessage("The engagement with vendor \"acme-lpo\" has no firm time zone.");
        assertThatThrownBy(() -> Engagement.builder(null, NEW_YORK)
                .kind(TaskKind.ARTICLE, 2, Billing.flatFee(Money.usd("1")), ClientCharge.FEE).build())
                .hasMessage("An engagement must name its vendor.");
        assertThatThrownBy(() -> Engagement.builder(indiaVendor(), NEW_YORK)
                .kind(TaskKind.ARTICLE, 2, Billing.flatFee(Money.usd("1")), ClientCharge.FEE)
                .kind(TaskKind.ARTICLE, 3, Billing.flatFee(Money.usd("1")), ClientCharge.FEE))
                .hasMessage("The engagement with vendor \"acme-lpo\" sets terms for ARTICLE twice.");
        KindTerms article = KindTerms.of(TaskKind.ARTICLE, 2, Billing.flatFee(Money.usd("1")), ClientCharge.FEE);
        assertThatThrownBy(() -> new Engagement(indiaVendor(), NEW_YORK, Money.USD, LocalTime.NOON, null,
                Map.of(TaskKind.BLOG_UPDATE, article)))
                .hasMessage("The engagement with vendor \"acme-lpo\" files the terms for ARTICLE under BLOG_UPDATE.");
    }

    @Test
    void theTermsCannotBeChangedAfterBuilding() {
        Engagement e = TestEngagements.standard(indiaVendor());
        assertThatThrownBy(() -> e.terms().remove(TaskKind.RFE_RESPONSE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
