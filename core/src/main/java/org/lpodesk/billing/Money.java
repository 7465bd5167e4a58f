package org.lpodesk.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held at the currency's own precision (cents for USD) so
 * that two equal amounts are always {@code equals}. More decimal places than the currency has
 * are bad input, not something to round away silently; only {@link #times} rounds (half up),
 * because a rate times fractional hours legitimately produces fractions of a cent.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency USD = Currency.getInstance("USD");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new IllegalArgumentException(Messages.format("money.tooPrecise",
                    amount.toPlainString(), currency.getCurrencyCode(), digits));
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal amount, e.g. {@code "150.00"}, in US dollars. */
    public static Money usd(String amount) {
        return of(amount, USD);
    }

    public static Money of(String amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new Money(new BigDecimal(amount.trim()), currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("money.notANumber", amount), e);
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount times a quantity (hours, say), rounded half up to the currency's precision. */
    public Money times(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.multiply(quantity).setScale(digits, RoundingMode.HALF_UP), currency);
    }

    /**
     * Throws a specific error naming {@code what} when this amount is negative.
     *
     * @return this, for chaining in compact constructors
     */
    public Money requireNonNegative(String what) {
        if (isNegative()) {
            throw new IllegalArgumentException(Messages.format("money.negative", what, this));
        }
        return this;
    }

    /** Throws a specific error naming {@code what} when this amount is not in {@code expected}. */
    public Money requireCurrency(Currency expected, String what) {
        if (!currency.equals(expected)) {
            throw new IllegalArgumentException(Messages.format("money.wrongCurrency", what, this,
                    expected.getCurrencyCode()));
        }
        return this;
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(Messages.format("money.mixedCurrencies", this, other));
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** {@code "150.00 USD"}: plain digits, never scientific notation. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
