package org.lpodesk.cmis.client;

import java.time.LocalDate;

/**
 * A recorded notice as the repository stored it: the response deadline LPO Desk's module computed
 * for it (null for notices that start no period, such as a receipt) and the case deadline after it.
 *
 * @param deadlineRule        the response deadline's explanation and source, as stored
 * @param caseDeadline        the case's deadline after the notice (its earliest open obligation), or null
 * @param caseDeadlineRule    what the case deadline is and why, as stored
 * @param caseDeadlineChanged true when the notice moved the case deadline
 */
public record NoticeRecord(DocumentRef document, LocalDate responseDeadline, String deadlineRule,
        LocalDate caseDeadline, String caseDeadlineRule, boolean caseDeadlineChanged) {
}
