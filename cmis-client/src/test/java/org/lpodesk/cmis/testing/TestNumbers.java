package org.lpodesk.cmis.testing;

import java.security.SecureRandom;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Case and receipt numbers for the integration tests, valid for LPO Desk's repository and unique
 * per run. Alfresco with LPO Desk reserves every case number and receipt number repository-wide
 * (a second case with the same number is refused even in another folder), so numbers fixed in a
 * test would collide with the previous run's on a live server; each instance draws its own
 * random case-number prefix and receipt-number block.
 */
public final class TestNumbers {

    private static final long RECEIPT_SPACE = 10_000_000_000L;

    private final String prefix;
    private final int year = Year.now().getValue();
    private final AtomicLong sequence = new AtomicLong();
    private final long receiptBase;
    private final AtomicLong receipts = new AtomicLong();

    public TestNumbers() {
        SecureRandom random = new SecureRandom();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        this.prefix = letters.toString();
        // a block of a million receipt numbers of our own, away from the end of the range
        this.receiptBase = Math.floorMod(random.nextLong(), RECEIPT_SPACE - 1_000_000L);
    }

    /** The letters every case number of this instance starts with, e.g. {@code QXZTKB}. */
    public String prefix() {
        return prefix;
    }

    /** The next case number, e.g. {@code QXZTKB-2026-00001}. */
    public String caseNumber() {
        return String.format(Locale.ROOT, "%s-%04d-%05d", prefix, year, sequence.incrementAndGet());
    }

    /** The next receipt number of the given USCIS office, e.g. {@code WAC2612345678}. */
    public String receiptNumber(String office) {
        return String.format(Locale.ROOT, "%s%010d", office, receiptBase + receipts.incrementAndGet());
    }
}
