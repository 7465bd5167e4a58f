package org.lpodesk.cmis.client;

import java.time.LocalDate;

/**
 * A recorded notice and the response deadline it starts, computed by core's notice rules
 * (null for notices that start no period, such as a receipt).
 *
 * @param deadlineRule the rule and its explanation, as shown to users
 */
public record NoticeRecord(DocumentRef document, LocalDate responseDeadline, String deadlineRule,
        boolean caseDeadlineChanged) {
}
