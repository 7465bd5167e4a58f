package org.lpodesk.cmis.client;

import java.time.LocalDate;

/** A case as queries return it. */
public record CaseSummary(String id, String caseNumber, String caseType, String status, String beneficiaryName,
        String receiptNumber, LocalDate deadline, String responsibleAttorney) {
}
