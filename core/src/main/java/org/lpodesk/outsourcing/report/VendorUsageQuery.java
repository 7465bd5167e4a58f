package org.lpodesk.outsourcing.report;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.lpodesk.api.RequestArguments;

/**
 * {@code GET /lpodesk/vendors/{vendorId}/usage?month=YYYY-MM&format=json|csv}: the vendor id
 * has the vendor slug's shape, the month is required, the format defaults to JSON.
 */
public record VendorUsageQuery(String vendorId, YearMonth month, Format format) {

    public enum Format { JSON, CSV }

    private static final Pattern VENDOR_ID = Pattern.compile("[a-z0-9-]{2,30}");

    public static VendorUsageQuery parse(RequestArguments args) {
        String vendor = args.requiredMatching("vendorId", VENDOR_ID, "a vendor id of 2 to 30 characters a-z, 0-9 and '-'");
        YearMonth month = args.requiredMonth("month");
        String format = args.optionalChoice("format", "json", "json", "csv");
        return new VendorUsageQuery(vendor, month, "csv".equals(format) ? Format.CSV : Format.JSON);
    }

    /** The file name offered for the CSV download, e.g. {@code lpo-usage-acme-2026-03.csv}. */
    public String csvFileName() {
        return "lpo-usage-" + vendorId + "-" + month + ".csv";
    }
}
