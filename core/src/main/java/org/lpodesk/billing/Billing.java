package org.lpodesk.billing;

import java.util.Objects;

/**
 * How a vendor charges for one task kind under an engagement: a flat fee per task, or hours
 * against the engagement's monthly {@link HourPackage}.
 */
public sealed interface Billing permits Billing.FlatFee, Billing.Hourly {

    BillingMode mode();

    static Billing flatFee(Money fee) {
        return new FlatFee(fee);
    }

    static Billing hourly() {
        return new Hourly();
    }

    /** A fixed, non-negative price per task. */
    record FlatFee(Money fee) implements Billing {
        public FlatFee {
            Objects.requireNonNull(fee, "fee");
            fee.requireNonNegative(Messages.format("billing.what.flatFee"));
        }

        @Override
        public BillingMode mode() {
            return BillingMode.FLAT_FEE;
        }
    }

    /** Hours count against the engagement's monthly package; the rates live in the package. */
    record Hourly() implements Billing {
        @Override
        public BillingMode mode() {
            return BillingMode.HOURLY;
        }
    }
}
