package org.lpodesk.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A monthly package of vendor hours: the firm pays {@code hoursPerMonth × rate} each month and
 * {@code overageRate} for every hour above the package.
 */
public record HourPackage(BigDecimal hoursPerMonth, Money rate, Money overageRate) {

    public HourPackage {
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(overageRate, "overageRate");
        if (hoursPerMonth.signum() <= 0) {
            throw new IllegalArgumentException(Messages.format("package.hoursNotPositive",
                    hoursPerMonth.toPlainString()));
        }
        rate.requireNonNegative(Messages.format("billing.what.rate"));
        overageRate.requireNonNegative(Messages.format("billing.what.overageRate"));
        overageRate.requireCurrency(rate.currency(), Messages.format("billing.what.overageRate"));
    }

    public static HourPackage of(String hoursPerMonth, Money rate, Money overageRate) {
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        BigDecimal hours;
        try {
            hours = new BigDecimal(hoursPerMonth.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("package.hoursNotANumber", hoursPerMonth), e);
        }
        return new HourPackage(hours, rate, overageRate);
    }

    /** What the firm owes for the package itself each month, used or not. */
    public Money monthlyCharge() {
        return rate.times(hoursPerMonth);
    }
}
