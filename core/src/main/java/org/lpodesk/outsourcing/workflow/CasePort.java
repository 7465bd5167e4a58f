package org.lpodesk.outsourcing.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lpodesk.sharing.CaseConsent;

/** Port: the facts of a firm case the outsourcing start check needs. */
public interface CasePort {

    /** Whether a case with this id exists (an {@code imm:case} folder in Alfresco). */
    boolean exists(String caseId);

    /** The client's recorded informed consent to outsourcing on the case, if any. */
    Optional<CaseConsent> consent(String caseId);

    /** The case's next filing or response deadline (the earliest open one), if it has one. */
    Optional<LocalDate> deadline(String caseId);

    /**
     * What a vendor may know of the case (number, type, beneficiary), if the case exists. Read
     * without the current user's permissions: a vendor's task shows it, the case folder stays closed.
     */
    Optional<CaseFacts> facts(String caseId);

    /**
     * The case facts a vendor's task shows; any may be null on an incomplete case.
     *
     * @param receiptNumbers the case's USCIS receipt numbers, for a case status check task
     */
    record CaseFacts(String caseNumber, String caseType, String beneficiaryName, List<String> receiptNumbers) {
        public CaseFacts {
            receiptNumbers = receiptNumbers == null ? List.of() : List.copyOf(receiptNumbers);
        }
    }
}
