package org.lpodesk.alfresco.correspondence;

import org.alfresco.repo.management.subsystems.PropertyBackedBean;

/**
 * The domain the firm's inbound SMTP server receives for ({@code email.server.domain}), read from
 * the email subsystem itself: the module's context does not see a subsystem's settings, and a
 * second setting of our own could disagree with the server's.
 */
public final class MailDomain {

    private MailDomain() {
    }

    public static String of(PropertyBackedBean inboundSmtp) {
        return inboundSmtp.getProperty("email.server.domain");
    }
}
