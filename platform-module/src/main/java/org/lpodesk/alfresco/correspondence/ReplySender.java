package org.lpodesk.alfresco.correspondence;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.management.subsystems.PropertyBackedBean;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.review.ApprovalAspect;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.correspondence.CorrespondenceTexts;
import org.lpodesk.correspondence.MailAliases;
import org.lpodesk.correspondence.MailDirection;
import org.lpodesk.correspondence.MailThreads;
import org.lpodesk.correspondence.ReplyDraft;
import org.lpodesk.correspondence.ReplyGate;
import org.lpodesk.correspondence.ReplyState;
import org.lpodesk.correspondence.SendRequest;
import org.lpodesk.correspondence.SendSchedule;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a reply of the firm's to its client through Alfresco's outbound mail ({@code mailService},
 * the OutboundSMTP subsystem), once and only as the version a firm attorney approved: the request
 * is checked by core's {@link ReplyGate} and queued in one transaction (so two clicks queue it
 * once and an edit from then on is refused by {@link SentReplyGuard}); the message is built from
 * the queued version and handed to the mail server outside any transaction; the outcome is
 * recorded in a third: {@code imm:sent} (which {@code ApprovalBehaviour} allows only with a valid
 * approval, and audits) with the Message-ID the client's answer will name, or the error and the
 * next attempt ({@link SendSchedule}) — never "sent" for a message the server did not take. From
 * the firm's address ({@code lpodesk.mail.from}, else {@code mail.from.default}), answers to the
 * case's own address, threaded to the message it answers.
 */
public final class ReplySender {

    private static final Log LOG = LogFactory.getLog(ReplySender.class);
    private static final int MAX_ERROR = 1000;

    private final TransactionService transactionService;
    private final NodeService nodeService;
    private final ContentService contentService;
    private final DictionaryService dictionaryService;
    private final FirmStaff staff;
    private final CaseTree cases;
    private final JavaMailSender mail;
    private final PropertyBackedBean outboundSmtp;
    private final String firmFrom;
    private final MailAliases aliases;
    private final ReplyGate gate;
    private final ReplyOutbox outbox;
    private final SendSchedule schedule;
    private final Locale locale;
    private final Clock clock;

    public ReplySender(TransactionService transactionService, NodeService nodeService, ContentService contentService,
                       DictionaryService dictionaryService, FirmStaff staff, CaseTree cases,
                       JavaMailSender mail, PropertyBackedBean outboundSmtp, String firmFrom, MailAliases aliases,
                       ReplyGate gate, ReplyOutbox outbox, SendSchedule schedule, Locale locale, Clock clock) {
        this.transactionService = transactionService;
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.dictionaryService = dictionaryService;
        this.staff = staff;
        this.cases = cases;
        this.mail = mail;
        this.outboundSmtp = outboundSmtp;
        this.firmFrom = firmFrom;
        this.aliases = aliases;
        this.gate = gate;
        this.outbox = outbox;
        this.schedule = schedule;
        this.locale = locale;
        this.clock = clock;
    }

    /** Where a reply stands after a send request or an attempt. */
    public record Outcome(ReplyState state, String messageId, Instant sentAt, String error, Instant nextAttemptAt) {
    }

    /**
     * Queues the reply (checks first, changes nothing when refused) and makes the first attempt.
     * Runs as the calling user: one who cannot write the reply cannot send it.
     */
    public Outcome send(NodeRef reply, SendRequest request) {
        String user = staff.require();
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            queue(reply, request, user);
            return null;
        }, false, true);
        return attempt(reply, false);
    }

    /** The retry job's entry: every reply whose next attempt is due. */
    public int retryDue() {
        List<NodeRef> due = AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                .doInTransaction(() -> outbox.due(clock.instant()), true, true));
        for (NodeRef reply : due) {
            attempt(reply, true);
        }
        return due.size();
    }

    private void queue(NodeRef reply, SendRequest request, String user) {
        String name = (String) nodeService.getProperty(reply, ContentModel.PROP_NAME);
        if (!dictionaryService.isSubClass(nodeService.getType(reply), ImmModel.TYPE_CLIENT_CORRESPONDENCE)) {
            throw new InvalidRequestException(text("reply.notReply", name));
        }
        if (MailDirection.INBOUND.name().equals(nodeService.getProperty(reply, ImmModel.PROP_MAIL_DIRECTION))) {
            throw new InvalidRequestException(text("reply.inbound", name));
        }
        NodeRef caseNode = cases.enclosingCase(reply)
                .orElseThrow(() -> new InvalidRequestException(text("reply.noCase", name)));
        Map<QName, Serializable> props = nodeService.getProperties(reply);
        NodeRef answered = request.inReplyTo().map(NodeRef::new)
                .or(() -> Optional.ofNullable((NodeRef) props.get(ImmModel.PROP_ANSWERED_MESSAGE))).orElse(null);
        if (answered != null && (!nodeService.exists(answered)
                || !cases.enclosingCase(answered).map(caseNode::equals).orElse(false))) {
            throw new InvalidRequestException(text("send.answeredOutsideCase", answered));
        }
        Map<QName, Serializable> parent = answered == null ? Map.of() : nodeService.getProperties(answered);
        List<String> to = !request.to().isEmpty() ? request.to() : MailFolders.texts(props.get(ImmModel.PROP_REPLY_RECIPIENTS));
        if (to.isEmpty() && parent.get(ImmModel.PROP_MAIL_FROM) != null) {
            to = List.of(parent.get(ImmModel.PROP_MAIL_FROM).toString());
        }
        List<String> cc = !request.cc().isEmpty() ? request.cc() : MailFolders.texts(props.get(ImmModel.PROP_REPLY_COPIES));
        List<NodeRef> attachments = new ArrayList<>();
        for (String id : request.attachments()) {
            NodeRef attachment = new NodeRef(id);
            if (!nodeService.exists(attachment) || !cases.enclosingCase(attachment).map(caseNode::equals).orElse(false)) {
                throw new InvalidRequestException(text("send.attachmentOutsideCase", id));
            }
            attachments.add(attachment);
        }
        ReplyState state = stateOf(props);
        String version = (String) props.get(ContentModel.PROP_VERSION_LABEL);
        gate.check(new ReplyDraft(reply.toString(), name, version == null ? "1.0" : version,
                ApprovalAspect.fromProperties(props), state,
                Optional.ofNullable((Date) props.get(ImmModel.PROP_SENT_ON)).map(Date::toInstant), to), false);

        MailThreads.ReplyHeaders headers = MailThreads.reply((String) parent.get(ImmModel.PROP_MAIL_MESSAGE_ID),
                MailFolders.texts(parent.get(ImmModel.PROP_MAIL_REFERENCES)),
                parent.isEmpty() ? (String) props.get(ContentModel.PROP_TITLE) : (String) parent.get(ImmModel.PROP_MAIL_SUBJECT));
        Map<QName, Serializable> mailProps = new HashMap<>();
        mailProps.put(ImmModel.PROP_MAIL_DIRECTION, MailDirection.OUTBOUND.name());
        mailProps.put(ImmModel.PROP_MAIL_SUBJECT, request.subject().orElse(answered == null && props.get(ImmModel.PROP_MAIL_SUBJECT) != null
                ? (String) props.get(ImmModel.PROP_MAIL_SUBJECT) : headers.subject()));
        mailProps.put(ImmModel.PROP_MAIL_IN_REPLY_TO, headers.inReplyTo());
        mailProps.put(ImmModel.PROP_MAIL_REFERENCES, new ArrayList<>(headers.references()));
        mailProps.put(ImmModel.PROP_MAIL_THREAD, parent.get(ImmModel.PROP_MAIL_THREAD));
        mailProps.put(ImmModel.PROP_MAIL_TO, new ArrayList<>(to));
        mailProps.put(ImmModel.PROP_MAIL_CC, new ArrayList<>(cc));
        mailProps.put(ImmModel.PROP_ANSWERED_MESSAGE, answered);
        nodeService.addAspect(reply, ImmModel.ASPECT_MAIL_MESSAGE, mailProps);
        Map<QName, Serializable> replyProps = new HashMap<>();
        replyProps.put(ImmModel.PROP_REPLY_STATE, ReplyState.QUEUED.name());
        replyProps.put(ImmModel.PROP_REPLY_RECIPIENTS, new ArrayList<>(to));
        replyProps.put(ImmModel.PROP_REPLY_COPIES, new ArrayList<>(cc));
        replyProps.put(ImmModel.PROP_QUEUED_BY, user);
        replyProps.put(ImmModel.PROP_SEND_ATTEMPTS, 0);
        replyProps.put(ImmModel.PROP_LAST_SEND_ERROR, null);
        nodeService.addAspect(reply, ImmModel.ASPECT_REPLY, replyProps);
        if (!request.attachments().isEmpty()) {
            if (!nodeService.hasAspect(reply, ContentModel.ASPECT_ATTACHABLE)) {
                nodeService.addAspect(reply, ContentModel.ASPECT_ATTACHABLE, null);
            }
            for (AssociationRef old : nodeService.getTargetAssocs(reply, ContentModel.ASSOC_ATTACHMENTS)) {
                nodeService.removeAssociation(reply, old.getTargetRef(), ContentModel.ASSOC_ATTACHMENTS);
            }
            for (NodeRef attachment : attachments) {
                nodeService.createAssociation(reply, attachment, ContentModel.ASSOC_ATTACHMENTS);
            }
        }
        outbox.put(reply, clock.instant());
    }

    /** One attempt: build from the queued version, hand to the mail server, record what happened. */
    private Outcome attempt(NodeRef reply, boolean retry) {
        Built built;
        try {
            built = AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> build(reply, retry), true, true));
        } catch (RuntimeException refused) {
            // the reply changed under the queue (deleted, its approval voided): it is not sent
            return AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> failed(reply, refused, true), false, true));
        }
        if (built == null) {
            return null;
        }
        try {
            mail.send(built.message());
        } catch (RuntimeException failure) {
            LOG.warn("Sending reply " + reply + " failed: " + failure.getMessage());
            return AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> failed(reply, failure, false), false, true));
        }
        return AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                .doInTransaction(() -> sent(reply, built), false, true));
    }

    private record Built(MimeMessage message, String messageId, String version, List<String> to, String queuedBy,
                         String from) {
    }

    private Built build(NodeRef reply, boolean retry) throws MessagingException, java.io.IOException {
        if (!nodeService.exists(reply)) {
            outbox.remove(reply);
            return null;
        }
        Map<QName, Serializable> props = nodeService.getProperties(reply);
        ReplyState state = stateOf(props);
        String name = (String) props.get(ContentModel.PROP_NAME);
        String version = (String) props.get(ContentModel.PROP_VERSION_LABEL);
        List<String> to = MailFolders.texts(props.get(ImmModel.PROP_REPLY_RECIPIENTS));
        // the gate again: an approval voided or removed since the request is not sent
        gate.check(new ReplyDraft(reply.toString(), name, version == null ? "1.0" : version,
                ApprovalAspect.fromProperties(props), state, Optional.empty(), to), true);
        NodeRef caseNode = cases.enclosingCase(reply).orElseThrow(() -> new InvalidRequestException(text("reply.noCase", name)));
        String caseAddress = aliases.address((String) nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        String messageId = "<lpodesk." + reply.getId() + "." + (version == null ? "1.0" : version) + "@"
                + aliases.domain() + ">";
        MimeMessage message = mail.createMimeMessage();
        String from = firmFrom == null || firmFrom.isBlank() ? outboundSmtp.getProperty("mail.from.default") : firmFrom;
        message.setFrom(new InternetAddress(from));
        message.setReplyTo(new InternetAddress[] {new InternetAddress(caseAddress)});
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        }
        for (String copy : MailFolders.texts(props.get(ImmModel.PROP_REPLY_COPIES))) {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(copy, true));
        }
        message.setSubject((String) props.get(ImmModel.PROP_MAIL_SUBJECT), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (props.get(ImmModel.PROP_MAIL_IN_REPLY_TO) != null) {
            message.setHeader("In-Reply-To", (String) props.get(ImmModel.PROP_MAIL_IN_REPLY_TO));
        }
        List<String> references = MailFolders.texts(props.get(ImmModel.PROP_MAIL_REFERENCES));
        if (!references.isEmpty()) {
            message.setHeader("References", String.join(" ", references));
        }
        ContentReader body = contentService.getReader(reply, ContentModel.PROP_CONTENT);
        String bodyText = body == null ? "" : body.getContentString();
        String bodyType = body != null && "text/html".equals(body.getMimetype()) ? "html" : "plain";
        List<AssociationRef> attached = nodeService.getTargetAssocs(reply, ContentModel.ASSOC_ATTACHMENTS);
        if (attached.isEmpty()) {
            message.setText(bodyText, "UTF-8", bodyType);
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(bodyText, "UTF-8", bodyType);
            parts.addBodyPart(text);
            for (AssociationRef association : attached) {
                NodeRef file = association.getTargetRef();
                ContentReader reader = contentService.getReader(file, ContentModel.PROP_CONTENT);
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(reader.getContentInputStream(),
                        reader.getMimetype())));
                // a file that came by mail goes back under the name its sender gave it
                Serializable title = nodeService.hasAspect(file, ImmModel.ASPECT_MAIL_ATTACHMENT)
                        ? nodeService.getProperty(file, ContentModel.PROP_TITLE) : null;
                part.setFileName(title != null && !title.toString().isBlank() ? title.toString()
                        : (String) nodeService.getProperty(file, ContentModel.PROP_NAME));
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        // after saveChanges, which would give it a Message-ID of its own
        message.setHeader("Message-ID", messageId);
        return new Built(message, messageId, version, to, (String) props.get(ImmModel.PROP_QUEUED_BY), from);
    }

    private Outcome sent(NodeRef reply, Built built) {
        Instant now = clock.instant();
        Map<QName, Serializable> sent = new HashMap<>();
        sent.put(ImmModel.PROP_SENT_ON, Date.from(now));
        sent.put(ImmModel.PROP_SENT_TO, String.join(", ", built.to()));
        sent.put(ImmModel.PROP_SENT_BY, built.queuedBy());
        sent.put(ImmModel.PROP_SENT_MESSAGE_ID, built.messageId());
        sent.put(ImmModel.PROP_SENT_VERSION, built.version());
        nodeService.setProperty(reply, ImmModel.PROP_REPLY_STATE, ReplyState.SENT.name());
        nodeService.setProperty(reply, ImmModel.PROP_MAIL_MESSAGE_ID, built.messageId());
        nodeService.setProperty(reply, ImmModel.PROP_MAIL_FROM, built.from());
        if (nodeService.getProperty(reply, ImmModel.PROP_MAIL_THREAD) == null) {
            nodeService.setProperty(reply, ImmModel.PROP_MAIL_THREAD, built.messageId());
        }
        nodeService.setProperty(reply, ImmModel.PROP_NEXT_ATTEMPT_AT, null);
        // ApprovalBehaviour checks the approval once more and audits the sending
        nodeService.addAspect(reply, ImmModel.ASPECT_SENT, sent);
        outbox.remove(reply);
        return new Outcome(ReplyState.SENT, built.messageId(), now, null, null);
    }

    private Outcome failed(NodeRef reply, RuntimeException failure, boolean refused) {
        if (!nodeService.exists(reply)) {
            outbox.remove(reply);
            return new Outcome(ReplyState.FAILED, null, null, failure.getMessage(), null);
        }
        Instant now = clock.instant();
        Integer before = (Integer) nodeService.getProperty(reply, ImmModel.PROP_SEND_ATTEMPTS);
        int attempts = (before == null ? 0 : before) + 1;
        String error = message(failure);
        Optional<Instant> next = refused ? Optional.empty() : schedule.next(attempts, now);
        ReplyState state = next.isPresent() ? ReplyState.RETRYING : ReplyState.FAILED;
        nodeService.setProperty(reply, ImmModel.PROP_SEND_ATTEMPTS, attempts);
        nodeService.setProperty(reply, ImmModel.PROP_LAST_SEND_ERROR,
                text("reply.failed", nodeService.getProperty(reply, ContentModel.PROP_NAME), attempts, error));
        nodeService.setProperty(reply, ImmModel.PROP_REPLY_STATE, state.name());
        nodeService.setProperty(reply, ImmModel.PROP_NEXT_ATTEMPT_AT, next.map(Date::from).orElse(null));
        if (next.isPresent()) {
            outbox.put(reply, next.get());
        } else {
            outbox.remove(reply);
        }
        return new Outcome(state, null, null, error, next.orElse(null));
    }

    private static String message(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : " / ").append(t.getMessage());
            }
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }

    private static ReplyState stateOf(Map<QName, Serializable> props) {
        Serializable state = props.get(ImmModel.PROP_REPLY_STATE);
        return state == null ? ReplyState.DRAFT : ReplyState.valueOf(state.toString());
    }

    private String text(String key, Object... args) {
        return CorrespondenceTexts.format(locale, key, args);
    }
}
