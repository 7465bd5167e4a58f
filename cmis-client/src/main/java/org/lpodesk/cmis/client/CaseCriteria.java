package org.lpodesk.cmis.client;

import java.time.LocalDate;

/**
 * What to look for among cases; null fields do not filter. {@code consentScope} lives on the
 * {@code P:imm:outsourcingConsent} aspect, so it makes the query JOIN that aspect.
 *
 * @param beneficiary part of the beneficiary's name (LIKE)
 * @param orderBy     a property id to sort by (must be orderable on Alfresco), or null
 */
public record CaseCriteria(String status, String caseType, String receiptNumber, String beneficiary,
        LocalDate deadlineFrom, LocalDate deadlineTo, String consentScope, String orderBy, boolean ascending,
        int skip, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    public static CaseCriteria any() {
        return new CaseCriteria(null, null, null, null, null, null, null, null, true, 0, DEFAULT_PAGE_SIZE);
    }

    public CaseCriteria status(String value) {
        return new CaseCriteria(value, caseType, receiptNumber, beneficiary, deadlineFrom, deadlineTo, consentScope,
                orderBy, ascending, skip, pageSize);
    }

    public CaseCriteria caseType(String value) {
        return new CaseCriteria(status, value, receiptNumber, beneficiary, deadlineFrom, deadlineTo, consentScope,
                orderBy, ascending, skip, pageSize);
    }

    public CaseCriteria receiptNumber(String value) {
        return new CaseCriteria(status, caseType, value, beneficiary, deadlineFrom, deadlineTo, consentScope,
                orderBy, ascending, skip, pageSize);
    }

    public CaseCriteria beneficiary(String value) {
        return new CaseCriteria(status, caseType, receiptNumber, value, deadlineFrom, deadlineTo, consentScope,
                orderBy, ascending, skip, pageSize);
    }

    public CaseCriteria deadlineBetween(LocalDate from, LocalDate to) {
        return new CaseCriteria(status, caseType, receiptNumber, beneficiary, from, to, consentScope, orderBy,
                ascending, skip, pageSize);
    }

    public CaseCriteria consentScope(String value) {
        return new CaseCriteria(status, caseType, receiptNumber, beneficiary, deadlineFrom, deadlineTo, value,
                orderBy, ascending, skip, pageSize);
    }

    public CaseCriteria orderBy(String propertyId, boolean asc) {
        return new CaseCriteria(status, caseType, receiptNumber, beneficiary, deadlineFrom, deadlineTo, consentScope,
                propertyId, asc, skip, pageSize);
    }

    public CaseCriteria page(int newSkip, int newPageSize) {
        return new CaseCriteria(status, caseType, receiptNumber, beneficiary, deadlineFrom, deadlineTo, consentScope,
                orderBy, ascending, newSkip, newPageSize);
    }
}
