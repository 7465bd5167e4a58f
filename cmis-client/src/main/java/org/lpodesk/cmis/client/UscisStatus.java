package org.lpodesk.cmis.client;

import java.time.Instant;
import java.util.List;

/**
 * A case's USCIS status log as the repository keeps it (the kit reads it; entries are recorded by
 * the repository, a person's through {@link RepositoryScripts#recordUscisStatus}): the case's last
 * good status, the case status it suggests, and every check oldest first.
 */
public record UscisStatus(String caseId, String caseNumber, String lastStatus, Instant lastStatusAt, String suggestedStatus,
                          List<Check> checks) {

    public UscisStatus {
        checks = List.copyOf(checks);
    }

    /**
     * One check as recorded.
     *
     * @param source  MANUAL, API or NOTICE
     * @param failure why a failed check failed; null for a good one
     * @param changed whether it changed the receipt number's status
     */
    public record Check(String receiptNumber, Instant checkedAt, String checkedBy, String source, String formType,
                        String statusText, String statusDescription, Instant uscisModified, String failure, boolean changed) {
    }
}
