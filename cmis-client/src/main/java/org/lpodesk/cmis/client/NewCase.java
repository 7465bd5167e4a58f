package org.lpodesk.cmis.client;

import java.time.LocalDate;

import org.lpodesk.cmis.model.ModelValues;

/**
 * A case folder to create ({@code F:imm:case}); type and status are the stored LIST values
 * (core's {@code CaseType} and {@code CaseStatus} names), checked against the model before
 * sending. The folder is named after the case number. The case deadline is not among them: the
 * repository keeps it from the case's notices (record them with {@code recordNotice}).
 */
public record NewCase(String caseNumber, String caseType, String status, String beneficiaryName,
        String petitionerName, String receiptNumber, String aNumber, LocalDate priorityDate,
        String responsibleAttorney) {

    public static NewCase of(String caseNumber, Enum<?> caseType, String beneficiaryName) {
        return new NewCase(caseNumber, ModelValues.of(caseType), null, beneficiaryName, null, null, null, null, null);
    }

    public NewCase withStatus(Enum<?> newStatus) {
        return new NewCase(caseNumber, caseType, ModelValues.of(newStatus), beneficiaryName, petitionerName,
                receiptNumber, aNumber, priorityDate, responsibleAttorney);
    }

    public NewCase withReceiptNumber(String receipt) {
        return new NewCase(caseNumber, caseType, status, beneficiaryName, petitionerName, receipt, aNumber,
                priorityDate, responsibleAttorney);
    }

}
