package org.lpodesk.cmis.client;

import java.time.LocalDate;

/**
 * A USCIS notice to record in a case ({@code D:imm:uscisNotice}).
 *
 * @param kind           a value of the notice-kind list (core's {@code NoticeKind} names)
 * @param serviceMethod  {@code MAIL} or {@code ELECTRONIC} (core's {@code ServiceMethod}); null for the model's default
 * @param statedDueDate  the response date printed on the notice, or null
 * @param content        the scanned notice, or null for a record without a scan
 */
public record NewNotice(String kind, LocalDate noticeDate, String serviceMethod, String receiptNumber,
        LocalDate statedDueDate, String fileName, String mimeType, byte[] content) {
}
