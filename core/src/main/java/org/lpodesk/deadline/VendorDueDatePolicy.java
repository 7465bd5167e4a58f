package org.lpodesk.deadline;

/**
 * The firm's time between a vendor's delivery and the case deadline.
 *
 * @param reviewBufferBusinessDays business days the firm attorney keeps for review; at least 1,
 *                                 because a due date without review time is what the helper refuses
 * @param filingBusinessDays       business days to get the filing to USCIS (courier, lockbox);
 *                                 0 for electronic filing on the last day
 */
public record VendorDueDatePolicy(int reviewBufferBusinessDays, int filingBusinessDays) {

    /** Firm defaults, not law: one working week of review and two business days for a courier. */
    public static final int DEFAULT_REVIEW_BUFFER_BUSINESS_DAYS = 5;
    public static final int DEFAULT_FILING_BUSINESS_DAYS = 2;
    static final int MAX_BUSINESS_DAYS = 250;

    public VendorDueDatePolicy {
        if (reviewBufferBusinessDays < 1 || reviewBufferBusinessDays > MAX_BUSINESS_DAYS) {
            throw DeadlineException.of("vendor.reviewBufferOutOfRange", String.valueOf(reviewBufferBusinessDays),
                    String.valueOf(MAX_BUSINESS_DAYS));
        }
        if (filingBusinessDays < 0 || filingBusinessDays > MAX_BUSINESS_DAYS) {
            throw DeadlineException.of("vendor.filingDaysOutOfRange", String.valueOf(filingBusinessDays),
                    String.valueOf(MAX_BUSINESS_DAYS));
        }
    }

    public static VendorDueDatePolicy defaults() {
        return new VendorDueDatePolicy(DEFAULT_REVIEW_BUFFER_BUSINESS_DAYS, DEFAULT_FILING_BUSINESS_DAYS);
    }
}
