package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An accepted vendor due date and how it relates to the case deadline.
 *
 * @param dueDate        the vendor's due date (requested, or suggested = {@code latestAllowed})
 * @param latestAllowed  the latest due date that keeps the firm's review buffer
 * @param sendBy         the day the filing must leave the firm
 * @param caseDeadline   the deadline the due date was derived from
 * @param policy         the buffer and filing time used
 * @param spareBusinessDays business days between {@code dueDate} and {@code latestAllowed}
 *                       beyond the buffer (0 for a suggestion)
 */
public record VendorDueDate(LocalDate dueDate, LocalDate latestAllowed, LocalDate sendBy, LocalDate caseDeadline,
        VendorDueDatePolicy policy, int spareBusinessDays) {

    public VendorDueDate {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(latestAllowed, "latestAllowed");
        Objects.requireNonNull(sendBy, "sendBy");
        Objects.requireNonNull(caseDeadline, "caseDeadline");
        Objects.requireNonNull(policy, "policy");
    }

    public Text explanation() {
        return Text.of("explain.vendorDueDate", dueDate, caseDeadline, policy.filingBusinessDays(), sendBy,
                policy.reviewBufferBusinessDays(), latestAllowed);
    }

    public String explain(Locale locale) {
        return explanation().format(locale);
    }

    public String explain() {
        return explanation().format();
    }
}
