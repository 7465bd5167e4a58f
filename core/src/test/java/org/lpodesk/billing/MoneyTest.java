package org.lpodesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheCurrencyPrecisionSoEqualAmountsAreEqual() {
        assertThat(Money.usd("150")).isEqualTo(Money.usd("150.00"));
        assertThat(Money.usd("150").toString()).isEqualTo("150.00 USD");
        assertThat(Money.of("1500", Currency.getInstance("JPY")).toString()).isEqualTo("1500 JPY");
    }

    @Test
    void moreDecimalPlacesThanTheCurrencyHasIsRejectedNotRounded() {
        assertThatThrownBy(() -> Money.usd("10.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount 10.005 has more decimal places than USD allows (2).");
    }

    @Test
    void aNonNumberIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> Money.usd("ten"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount \"ten\" is not a number.");
    }

    @Test
    void multiplyingByFractionalHoursRoundsHalfUpToCents() {
        assertThat(Money.usd("33.33").times(new BigDecimal("1.5"))).isEqualTo(Money.usd("50.00"));
        // 0.125 × 35.00 = 4.375 → 4.38
        assertThat(Money.usd("35.00").times(new BigDecimal("0.125"))).isEqualTo(Money.usd("4.38"));
    }

    @Test
    void currenciesDoNotMix() {
        Money eur = Money.of("1", Currency.getInstance("EUR"));
        assertThatThrownBy(() -> Money.usd("1").plus(eur))
                .hasMessage("Cannot combine 1.00 USD and 1.00 EUR: different currencies.");
    }

    @Test
    void negativeAmountsAreNamedWhenNotAllowed() {
        assertThatThrownBy(() -> Money.usd("-5").requireNonNegative("The flat fee"))
                .hasMessage("The flat fee must not be negative, but is -5.00 USD.");
        assertThat(Money.usd("0").requireNonNegative("x")).isEqualTo(Money.zero(Money.USD));
    }

    @Test
    void billingRejectsNegativeFeesAndRates() {
        assertThatThrownBy(() -> Billing.flatFee(Money.usd("-1")))
                .hasMessage("The flat fee must not be negative, but is -1.00 USD.");
        assertThatThrownBy(() -> HourPackage.of("40", Money.usd("-25"), Money.usd("35")))
                .hasMessage("The package hourly rate must not be negative, but is -25.00 USD.");
        assertThatThrownBy(() -> HourPackage.of("40", Money.usd("25"), Money.usd("-35")))
                .hasMessage("The overage hourly rate must not be negative, but is -35.00 USD.");
        assertThatThrownBy(() -> HourPackage.of("0", Money.usd("25"), Money.usd("35")))
                .hasMessage("The monthly package must hold more than 0 hours, but holds 0.");
        assertThatThrownBy(() -> HourPackage.of("-3", Money.usd("25"), Money.usd("35")))
                .hasMessage("The monthly package must hold more than 0 hours, but holds -3.");
        assertThatThrownBy(() -> HourPackage.of("forty", Money.usd("25"), Money.usd("35")))
                .hasMessage("Monthly package hours \"forty\" is not a number.");
        assertThatThrownBy(() -> HourPackage.of("40", Money.usd("25"), Money.of("35", Currency.getInstance("EUR"))))
                .hasMessage("The overage hourly rate is 35.00 EUR, but the engagement bills in USD.");
    }

    @Test
    void thePackageChargeIsHoursTimesRate() {
        assertThat(HourPackage.of("37.5", Money.usd("24.50"), Money.usd("30")).monthlyCharge())
                .isEqualTo(Money.usd("918.75"));
    }
}
