package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;

/** Vendors and engagements the tests share. */
public final class TestEngagements {

    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TestEngagements() {
    }

    /** An India-based vendor with current checks. */
    public static Vendor indiaVendor() {
        return new Vendor("acme-lpo", "Acme Legal Process Outsourcing Pvt Ltd", "IN", KOLKATA,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1));
    }

    public static Vendor vendorIn(String id, String country, ZoneId zone) {
        return new Vendor(id, "Vendor " + id, country, zone, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1));
    }

    /**
     * 40 hours a month at 25.00, overage 35.00; RFE responses and EB-1 petitions hourly (5 and 10
     * days), cover letters flat 150.00 as a fee (2 days), legal research flat 80.00 at cost (3 days).
     */
    public static Engagement standard(Vendor vendor) {
        return Engagement.builder(vendor, NEW_YORK)
                .hourPackage(HourPackage.of("40", Money.usd("25.00"), Money.usd("35.00")))
                .kind(TaskKind.RFE_RESPONSE, 5, Billing.hourly(), ClientCharge.FEE)
                .kind(TaskKind.EB1_PETITION, 10, Billing.hourly(), ClientCharge.FEE)
                .kind(TaskKind.COVER_LETTER, 2, Billing.flatFee(Money.usd("150.00")), ClientCharge.FEE)
                .kind(TaskKind.LEGAL_RESEARCH, 3, Billing.flatFee(Money.usd("80.00")), ClientCharge.COST)
                .build();
    }
}
