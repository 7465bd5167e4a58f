package org.lpodesk.outsourcing.workflow;

import java.util.List;
import java.util.Map;

/**
 * Port: tells people what happened. The Alfresco adapter mails the recipients (users, or every
 * member of a {@code GROUP_} authority) with the subject and text of the notification kind from
 * the workflow message bundle ({@code immwf.notification.<KIND>.subject} / {@code .text}).
 */
public interface NotificationPort {

    void send(Notification notification);

    /**
     * @param recipients user names and group authorities
     * @param details    values the message shows (vendor, task kind, due date, reason ...)
     */
    record Notification(Kind kind, String processInstanceId, List<String> recipients, Map<String, String> details) {
        public Notification {
            recipients = List.copyOf(recipients);
            details = Map.copyOf(details);
        }
    }

    enum Kind {
        /** Before the due date, to the vendor's managers and the requester. */
        DUE_SOON,
        /** The due date passed with the vendor's work open, to the vendor's managers and the requester. */
        OVERDUE,
        /** The vendor declined, to the requester, with the reason. */
        DECLINED,
        /** Cancelled at any step: to the requester, the vendor's managers and the associate. */
        CANCELLED,
        /** Approved drafts are in the case, to the requester. */
        DELIVERED
    }
}
