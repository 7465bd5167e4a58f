package org.lpodesk.outsourcing.onboarding;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.KindTerms;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TurnaroundCalculator;
import org.lpodesk.outsourcing.Vendor;

/**
 * Reads a vendor's engagement from the JSON object the onboarding request carries (and the
 * repository stores), as nested maps and lists:
 * <pre>
 * {"currency": "USD", "businessDayEnd": "18:00",
 *  "hourPackage": {"hoursPerMonth": "40", "rate": "25.00", "overageRate": "30.00"},
 *  "terms": [{"kind": "RFE_RESPONSE", "turnaroundBusinessDays": 5, "billing": "FLAT_FEE",
 *             "fee": "250.00", "clientCharge": "COST", "carriesClientDocuments": true}]}
 * </pre>
 * Every field is validated; {@link Engagement} checks the terms hang together.
 *
 * @throws IllegalArgumentException naming the field and value
 */
public final class EngagementTerms {

    private EngagementTerms() {
    }

    public static Engagement read(Vendor vendor, ZoneId firmZone, Map<String, ?> engagement) {
        RequestArguments e = RequestArguments.of(engagement);
        Currency currency = currency(e.optionalText("currency").orElse("USD"));
        LocalTime dayEnd = e.optionalText("businessDayEnd").map(EngagementTerms::time)
                .orElse(TurnaroundCalculator.DEFAULT_BUSINESS_DAY_END);
        Engagement.Builder builder = Engagement.builder(vendor, firmZone).currency(currency).businessDayEnd(dayEnd);
        Object pkg = engagement.get("hourPackage");
        if (pkg instanceof Map<?, ?> p) {
            RequestArguments a = RequestArguments.of(strings(p));
            builder.hourPackage(HourPackage.of(a.requiredText("hoursPerMonth"),
                    Money.of(a.requiredText("rate"), currency), Money.of(a.requiredText("overageRate"), currency)));
        } else if (pkg != null) {
            throw new InvalidArgumentException("hourPackage", message("notObject", "hourPackage"));
        }
        Object terms = engagement.get("terms");
        if (!(terms instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidArgumentException("terms", message("terms.missing"));
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> t)) {
                throw new InvalidArgumentException("terms", message("notObject", "terms[]"));
            }
            RequestArguments a = RequestArguments.of(strings(t));
            TaskKind kind = a.requiredEnum("kind", TaskKind.class);
            int days = a.optionalInt("turnaroundBusinessDays", -1, 0, KindTerms.MAX_TURNAROUND_DAYS);
            if (days < 0) {
                a.requiredText("turnaroundBusinessDays");
            }
            Billing billing = a.requiredEnum("billing", BillingMode.class) == BillingMode.FLAT_FEE
                    ? Billing.flatFee(Money.of(a.requiredText("fee"), currency)) : Billing.hourly();
            ClientCharge charge = a.requiredEnum("clientCharge", ClientCharge.class);
            boolean documents = a.optionalText("carriesClientDocuments").map(v -> bool("carriesClientDocuments", v))
                    .orElse(kind.carriesClientDocumentsByDefault());
            builder.kind(new KindTerms(kind, days, billing, charge, documents));
        }
        return builder.build();
    }

    private static Map<String, Object> strings(Map<?, ?> m) {
        java.util.HashMap<String, Object> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("currency", message("currency.invalid", code));
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidArgumentException("businessDayEnd", message("time.invalid", text));
        }
    }

    private static boolean bool(String name, String text) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidArgumentException(name, message("boolean.invalid", name, text));
    }

    private static String message(String key, Object... args) {
        return VendorOnboarding.message("engagement." + key, args);
    }
}
