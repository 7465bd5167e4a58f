package org.lpodesk.alfresco.correspondence;

import org.alfresco.email.server.EmailServiceImpl;
import org.alfresco.email.server.handler.EmailMessageHandler;

/**
 * Adds the case handler to the email service's handlers by type, from inside the email subsystem
 * (alfresco/extension/subsystems/email/InboundSMTP/inboundSMTP/lpodesk-inboundSMTP-context.xml),
 * where that service lives: the module's own context cannot reach a subsystem's beans. Alfresco's
 * handlers for folders, documents and forums stay as they are.
 */
public final class CaseMailHandlerRegistration {

    static final String CASE_TYPE = "imm:case";

    private final EmailServiceImpl emailService;
    private final EmailMessageHandler caseHandler;

    public CaseMailHandlerRegistration(EmailServiceImpl emailService, EmailMessageHandler caseHandler) {
        this.emailService = emailService;
        this.caseHandler = caseHandler;
    }

    public void register() {
        emailService.getEmailMessageHandlerMap().put(CASE_TYPE, caseHandler);
    }
}
