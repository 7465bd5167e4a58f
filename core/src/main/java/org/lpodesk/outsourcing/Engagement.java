package org.lpodesk.outsourcing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;

/**
 * The firm's contract with one vendor: per task kind the turnaround, billing, fee-or-cost flag
 * and whether client documents may travel; the monthly hour package the hourly kinds draw on;
 * the firm's time zone (due dates are shown in it) and the vendor's end of business day.
 *
 * @param vendor         the vendor (its time zone is the turnaround's zone)
 * @param firmZone       the firm's time zone
 * @param currency       every amount of the engagement is in this currency (USD by default)
 * @param businessDayEnd the vendor's local end of business day; work is due then
 * @param hourPackage    the monthly package of hours, or null when no kind is billed hourly
 * @param terms          the kinds the vendor is engaged for, at least one
 */
public record Engagement(Vendor vendor, ZoneId firmZone, Currency currency, LocalTime businessDayEnd,
                         HourPackage hourPackage, Map<TaskKind, KindTerms> terms) {

    public Engagement {
        if (vendor == null) {
            throw new IllegalArgumentException(Messages.format("engagement.vendor.missing"));
        }
        if (firmZone == null) {
            throw new IllegalArgumentException(Messages.format("engagement.firmZone.missing", vendor.id()));
        }
        if (currency == null) {
            throw new IllegalArgumentException(Messages.format("engagement.currency.missing", vendor.id()));
        }
        if (businessDayEnd == null) {
            throw new IllegalArgumentException(Messages.format("engagement.businessDayEnd.missing", vendor.id()));
        }
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("engagement.terms.empty", vendor.id()));
        }
        if (hourPackage != null) {
            hourPackage.rate().requireCurrency(currency, Messages.format("engagement.what.packageRate", vendor.id()));
        }
        EnumMap<TaskKind, KindTerms> copy = new EnumMap<>(TaskKind.class);
        for (Map.Entry<TaskKind, KindTerms> e : terms.entrySet()) {
            KindTerms t = e.getValue();
            if (t == null || e.getKey() != t.kind()) {
                throw new IllegalArgumentException(Messages.format("engagement.terms.mismatch", vendor.id(),
                        String.valueOf(e.getKey()), t == null ? "null" : t.kind().name()));
            }
            if (t.billing() instanceof Billing.FlatFee flat) {
                flat.fee().requireCurrency(currency, Messages.format("engagement.what.flatFee", vendor.id(), t.kind().name()));
            } else if (hourPackage == null) {
                throw new IllegalArgumentException(Messages.format("engagement.hourly.noPackage", vendor.id(), t.kind().name()));
            }
            copy.put(e.getKey(), t);
        }
        terms = Collections.unmodifiableMap(copy);
    }

    public static Builder builder(Vendor vendor, ZoneId firmZone) {
        return new Builder(vendor, firmZone);
    }

    public boolean offers(TaskKind kind) {
        return terms.containsKey(kind);
    }

    /** The terms for a kind; a specific error when the vendor is not engaged for it. */
    public KindTerms terms(TaskKind kind) {
        KindTerms t = terms.get(Objects.requireNonNull(kind, "kind"));
        if (t == null) {
            throw new IllegalArgumentException(Messages.format("engagement.kind.notOffered", vendor.id(), kind.name()));
        }
        return t;
    }

    public Optional<HourPackage> hourPackageIfAny() {
        return Optional.ofNullable(hourPackage);
    }

    /** Whether client documents may be shared for a kind; false for a kind the vendor is not engaged for. */
    public boolean carriesClientDocuments(TaskKind kind) {
        KindTerms t = terms.get(kind);
        return t != null && t.carriesClientDocuments();
    }

    /** Turnaround clock of this engagement on a vendor business calendar. */
    public TurnaroundCalculator turnaround(BusinessCalendar vendorCalendar) {
        return new TurnaroundCalculator(vendorCalendar, businessDayEnd);
    }

    /** When a task of this kind requested at {@code requested} is due, in the firm's zone. */
    public ZonedDateTime dueAt(TaskKind kind, Instant requested, BusinessCalendar vendorCalendar) {
        return turnaround(vendorCalendar).due(requested, terms(kind).turnaroundBusinessDays(), vendor.zone(), firmZone);
    }

    /**
     * What one task of this kind costs the firm, at the engagement's nominal price: the flat fee,
     * or hours × package rate (overage is settled per month, see the usage report).
     */
    public Money nominalCost(TaskKind kind, BigDecimal hours) {
        KindTerms t = terms(kind);
        if (t.billing() instanceof Billing.FlatFee flat) {
            return flat.fee();
        }
        return hourPackage.rate().times(hours);
    }

    public BillingMode billingMode(TaskKind kind) {
        return terms(kind).billing().mode();
    }

    public ClientCharge clientCharge(TaskKind kind) {
        return terms(kind).clientCharge();
    }

    /** Assembles an engagement; {@link #build()} validates it. Not thread-safe, use once. */
    public static final class Builder {
        private final Vendor vendor;
        private final ZoneId firmZone;
        private Currency currency = Money.USD;
        private LocalTime businessDayEnd = TurnaroundCalculator.DEFAULT_BUSINESS_DAY_END;
        private HourPackage hourPackage;
        private final Map<TaskKind, KindTerms> terms = new EnumMap<>(TaskKind.class);

        private Builder(Vendor vendor, ZoneId firmZone) {
            this.vendor = vendor;
            this.firmZone = firmZone;
        }

        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        public Builder businessDayEnd(LocalTime businessDayEnd) {
            this.businessDayEnd = businessDayEnd;
            return this;
        }

        public Builder hourPackage(HourPackage hourPackage) {
            this.hourPackage = hourPackage;
            return this;
        }

        /** Adds a kind with the kind's default document flag. */
        public Builder kind(TaskKind kind, int turnaroundBusinessDays, Billing billing, ClientCharge clientCharge) {
            return kind(KindTerms.of(kind, turnaroundBusinessDays, billing, clientCharge));
        }

        public Builder kind(KindTerms kindTerms) {
            Objects.requireNonNull(kindTerms, "kindTerms");
            if (terms.putIfAbsent(kindTerms.kind(), kindTerms) != null) {
                throw new IllegalArgumentException(Messages.format("engagement.kind.duplicate",
                        vendor == null ? "?" : vendor.id(), kindTerms.kind().name()));
            }
            return this;
        }

        public Engagement build() {
            return new Engagement(vendor, firmZone, currency, businessDayEnd, hourPackage, terms);
        }
    }
}
