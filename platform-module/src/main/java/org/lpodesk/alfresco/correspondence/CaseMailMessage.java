package org.lpodesk.alfresco.correspondence;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.alfresco.email.server.impl.subetha.SubethaEmailMessage;
import org.alfresco.service.cmr.email.EmailMessage;
import org.alfresco.service.cmr.email.EmailMessageException;
import org.alfresco.service.cmr.email.EmailMessagePart;
import org.lpodesk.correspondence.InboundMail;

/**
 * A received message as Alfresco's email service passes it to a handler: for a case, the raw
 * bytes and what core read from them (headers Alfresco's own message drops: Message-ID,
 * In-Reply-To, References); for any other target, Alfresco's own reading of the same bytes, made
 * only when a handler of Alfresco's asks for a body or attachments.
 */
public final class CaseMailMessage implements EmailMessage {

    private static final long serialVersionUID = 1L;

    private final byte[] raw;
    private final transient InboundMail mail;
    private transient SubethaEmailMessage alfrescos;

    public CaseMailMessage(byte[] raw, InboundMail mail) {
        this.raw = raw;
        this.mail = mail;
    }

    public byte[] raw() {
        return raw;
    }

    public InboundMail mail() {
        return mail;
    }

    @Override
    public String getFrom() {
        return mail.from();
    }

    @Override
    public String getTo() {
        return mail.to().isEmpty() ? null : mail.to().get(0);
    }

    @Override
    public List<String> getCC() {
        return mail.cc();
    }

    @Override
    public Date getSentDate() {
        return Date.from(mail.sentAt());
    }

    @Override
    public String getSubject() {
        return mail.subject();
    }

    @Override
    public EmailMessagePart getBody() {
        return alfrescos().getBody();
    }

    @Override
    public EmailMessagePart[] getAttachments() {
        return alfrescos().getAttachments();
    }

    private SubethaEmailMessage alfrescos() {
        if (alfrescos == null) {
            try {
                alfrescos = new SubethaEmailMessage(new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(raw)));
            } catch (jakarta.mail.MessagingException e) {
                throw new EmailMessageException("email.server.err.failed_to_create_mime_message", e.getMessage());
            }
        }
        return alfrescos;
    }
}
