package org.lpodesk.alfresco.correspondence;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alfresco.email.server.EmailServer;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.email.EmailDelivery;
import org.alfresco.service.cmr.email.EmailMessageException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.correspondence.InboundMail;
import org.lpodesk.correspondence.MailAliases;
import org.lpodesk.correspondence.MailReader;
import org.springframework.extensions.surf.util.I18NUtil;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Alfresco's inbound SMTP server (the {@code email} subsystem, configured by the same
 * {@code email.server.*} settings) with what a law firm's case mail needs and Alfresco's
 * SubethaEmailServer does not do: a recipient nobody receives at is refused at RCPT TO (550), a
 * message over {@code lpodesk.mail.maxMessageSize} with 552, a message that could not be filed
 * because of a passing failure with 451 so that the sending server tries again rather than
 * bouncing it, and a case's message reaches the case handler with its raw bytes and every header.
 * Messages to any other alias still go to Alfresco's own handlers, through the email service,
 * exactly as before.
 *
 * <p>Mail to a case is filed as the system user whoever sent it: Alfresco would act as the person
 * whose e-mail address matches the sender, which would make an LPO associate writing to a case
 * address the author of a document in the client's file (and need EMAIL_CONTRIBUTORS rights for
 * clients, who have no account). The case handler files only into that case's own folders.
 */
public final class CaseMailServer extends EmailServer {

    private static final Log LOG = LogFactory.getLog(CaseMailServer.class);

    private final MailTargets targets;
    private final MailAliases aliases;
    private final int maxMessageBytes;
    private final Locale locale;
    private final Clock clock;
    private SMTPServer server;

    public CaseMailServer(MailTargets targets, MailAliases aliases, int maxMessageBytes, Locale firmLocale, Clock clock) {
        this.targets = targets;
        this.aliases = aliases;
        this.maxMessageBytes = maxMessageBytes;
        this.locale = firmLocale;
        this.clock = clock;
    }

    @Override
    public void startup() {
        SMTPServer.Builder builder = SMTPServer.port(getPort()).hostName(getDomain()).maxConnections(getMaxConnections())
                .hideTLS(isHideTLS()).enableTLS(isEnableTLS()).requireTLS(isRequireTLS())
                // announced in EHLO, so a sender that declares SIZE is refused before sending the body
                .maxMessageSize(maxMessageBytes)
                .messageHandlerFactory(Handler::new);
        if (isAuthenticate()) {
            builder.authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
                    (user, password, context) -> {
                        if (!authenticateUserNamePassword(user, password.toCharArray())) {
                            throw new LoginFailedException("unable to log on");
                        }
                    }));
        }
        server = builder.build();
        server.start();
        LOG.info("LPO Desk inbound SMTP server started on port " + getPort() + " for " + getDomain()
                + " (case mail up to " + maxMessageBytes + " bytes)");
    }

    @Override
    public void shutdown() {
        if (server != null) {
            server.stop();
        }
    }

    private String text(String key, Object... args) {
        return I18NUtil.getMessage(key, locale, args);
    }

    private final class Handler implements MessageHandler {

        private final MessageContext context;
        private final List<EmailDelivery> deliveries = new ArrayList<>();
        private String from;

        Handler(MessageContext context) {
            this.context = context;
        }

        @Override
        public void from(String address) throws RejectException {
            try {
                from = new InternetAddress(address).getAddress();
            } catch (AddressException e) {
                from = address;
            }
            try {
                filterSender(from);
            } catch (EmailMessageException e) {
                throw new RejectException(554, e.getMessage());
            }
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            Optional<MailTargets.Target> target = targets.resolve(recipient);
            if (target.isEmpty()) {
                String caseNumber = aliases.caseNumber(recipient).orElse(null);
                throw new RejectException(550, "5.1.1 " + (caseNumber != null
                        ? text("lpodesk.mail.smtp.unknownCase", recipient, caseNumber)
                        : text("lpodesk.mail.smtp.unknownRecipient", recipient)));
            }
            String identity = target.get().isCase() ? AuthenticationUtil.getSystemUserName()
                    : context.getAuthenticationHandler().map(h -> (String) h.getIdentity()).orElse(null);
            deliveries.add(new EmailDelivery(recipient, from, identity));
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] raw = readLimited(data);
            InboundMail mail = new MailReader(locale).read(raw, from, clock.instant());
            for (EmailDelivery delivery : deliveries) {
                try {
                    getEmailService().importMessage(delivery, new CaseMailMessage(raw, mail));
                } catch (EmailMessageException e) {
                    throw new RejectException(554, e.getMessage());
                } catch (RuntimeException e) {
                    // the message is not filed and not refused for good: the sender's server keeps it and retries
                    LOG.error("Could not file mail from " + from + " to " + delivery.getRecipient(), e);
                    throw new RejectException(451, "4.3.0 " + text("lpodesk.mail.smtp.tryAgain"));
                }
            }
            return null;
        }

        private byte[] readLimited(InputStream data) throws IOException, RejectException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = data.read(buffer); n != -1; n = data.read(buffer)) {
                total += n;
                if (total <= maxMessageBytes) {
                    out.write(buffer, 0, n);
                }
            }
            if (total > maxMessageBytes) {
                throw new RejectException(552, "5.3.4 " + text("lpodesk.mail.smtp.tooLarge", maxMessageBytes / 1_048_576));
            }
            return out.toByteArray();
        }

        @Override
        public void done() {
            deliveries.clear();
        }
    }
}
