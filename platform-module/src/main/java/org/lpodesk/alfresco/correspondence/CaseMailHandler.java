package org.lpodesk.alfresco.correspondence;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.email.server.handler.EmailMessageHandler;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.email.EmailMessage;
import org.alfresco.service.cmr.email.EmailMessageException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.correspondence.CorrespondenceNames;
import org.lpodesk.correspondence.InboundMail;
import org.lpodesk.correspondence.MailAttachment;
import org.lpodesk.correspondence.MailDirection;
import org.lpodesk.correspondence.MailThreads;
import org.lpodesk.correspondence.SenderPolicy;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.workflow.WorkflowModel;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Files a message received at a case's address into the case (Alfresco's email service calls it
 * for the {@code imm:case} type): the raw message as an {@code imm:clientCorrespondence} document
 * in the case's Correspondence folder with its headers, its thread and any reading warnings, its
 * attachments as documents beside it (linked by {@code cm:attachments}); a message from anyone
 * who is not the client or the firm's staff goes to the case's quarantine folder instead, which
 * only firm staff read. A message whose Message-ID the case holds already is not stored again.
 */
public final class CaseMailHandler implements EmailMessageHandler {

    private static final Log LOG = LogFactory.getLog(CaseMailHandler.class);
    private static final String RFC822 = "message/rfc822";

    private final NodeService nodeService;
    private final ContentService contentService;
    private final PermissionService permissionService;
    private final MailAddressBook addressBook;
    private final CorrespondenceNames names;
    private final SenderPolicy senders;
    private final Clock clock;

    public CaseMailHandler(NodeService nodeService, ContentService contentService, PermissionService permissionService,
                           MailAddressBook addressBook, CorrespondenceNames names, SenderPolicy senders, Clock clock) {
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.permissionService = permissionService;
        this.addressBook = addressBook;
        this.names = names;
        this.senders = senders;
        this.clock = clock;
    }

    @Override
    public void processMessage(NodeRef caseNode, EmailMessage message) {
        if (!(message instanceof CaseMailMessage received)) {
            // a case is reached only through CaseMailServer, which hands over the raw message
            throw new EmailMessageException("lpodesk.mail.err.notCaseServer");
        }
        InboundMail mail = received.mail();
        byte[] raw = received.raw();
        String name = names.message(mail, raw);
        NodeRef correspondence = correspondenceFolder(caseNode);
        NodeRef quarantine = nodeService.getChildByName(caseNode, ContentModel.ASSOC_CONTAINS, quarantineName());
        if (alreadyFiled(mail, name, correspondence, quarantine)) {
            LOG.info("Mail " + Optional.ofNullable(mail.messageId()).orElse(name) + " is already filed in case "
                    + nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER) + "; not stored again");
            return;
        }
        SenderPolicy.Verdict verdict = senders.judge(mail.from(), addressBook.of(caseNode, mail.from()));
        NodeRef folder = correspondence;
        if (verdict.quarantined()) {
            folder = quarantine != null ? quarantine : createQuarantine(caseNode);
        }
        String thread = MailThreads.threadOf(mail, "<" + CorrespondenceNames.key(mail, raw) + "@lpodesk.invalid>",
                id -> threadOf(id, correspondence));
        NodeRef filed = create(folder, name, ImmModel.TYPE_CLIENT_CORRESPONDENCE, properties(mail, thread),
                raw, RFC822);
        if (verdict.quarantined()) {
            nodeService.addAspect(filed, ImmModel.ASPECT_MAIL_QUARANTINE, Map.of(
                    ImmModel.PROP_QUARANTINE_REASON, verdict.reason(),
                    ImmModel.PROP_QUARANTINED_ON, Date.from(clock.instant())));
        }
        fileAttachments(filed, folder, name, mail.attachments());
    }

    private Map<QName, Serializable> properties(InboundMail mail, String thread) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_TITLE, mail.subject());
        props.put(ImmModel.PROP_CORRESPONDENT, mail.fromName() == null || mail.fromName().isBlank() ? mail.from()
                : mail.fromName() + " <" + mail.from() + ">");
        props.put(ImmModel.PROP_CORRESPONDENCE_SENT_ON, Date.from(mail.sentAt()));
        props.put(ImmModel.PROP_MAIL_DIRECTION, MailDirection.INBOUND.name());
        props.put(ImmModel.PROP_MAIL_MESSAGE_ID, mail.messageId());
        props.put(ImmModel.PROP_MAIL_IN_REPLY_TO, mail.inReplyTo());
        props.put(ImmModel.PROP_MAIL_REFERENCES, new ArrayList<>(mail.references()));
        props.put(ImmModel.PROP_MAIL_THREAD, thread);
        props.put(ImmModel.PROP_MAIL_FROM, mail.from());
        props.put(ImmModel.PROP_MAIL_TO, new ArrayList<>(mail.to()));
        props.put(ImmModel.PROP_MAIL_CC, new ArrayList<>(mail.cc()));
        props.put(ImmModel.PROP_MAIL_SUBJECT, mail.subject());
        props.put(ImmModel.PROP_MAIL_WARNINGS, new ArrayList<>(mail.warnings()));
        props.put(ImmModel.PROP_MAIL_EXECUTABLE_ATTACHMENTS, mail.anyExecutableAttachment());
        return props;
    }

    private void fileAttachments(NodeRef message, NodeRef folder, String messageName, List<MailAttachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        nodeService.addAspect(message, ContentModel.ASPECT_ATTACHABLE, null);
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment attachment = attachments.get(i);
            String name = names.attachment(messageName, attachment, i + 1);
            // the sender's own file name as its title: the stored name carries the message's, to stay unique
            NodeRef filed = create(folder, name, ImmModel.TYPE_DOCUMENT, Map.of(ContentModel.PROP_TITLE,
                    attachment.fileName()), attachment.content(), attachment.mimeType());
            nodeService.addAspect(filed, ImmModel.ASPECT_MAIL_ATTACHMENT,
                    Map.of(ImmModel.PROP_EXECUTABLE_ATTACHMENT, attachment.executable()));
            nodeService.createAssociation(message, filed, ContentModel.ASSOC_ATTACHMENTS);
        }
    }

    private NodeRef create(NodeRef folder, String name, QName type, Map<QName, Serializable> properties, byte[] content,
            String mimeType) {
        Map<QName, Serializable> props = new HashMap<>(properties);
        props.put(ContentModel.PROP_NAME, name);
        NodeRef node = nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)), type, props)
                .getChildRef();
        ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype(mimeType);
        writer.putContent(new ByteArrayInputStream(content));
        return node;
    }

    private boolean alreadyFiled(InboundMail mail, String name, NodeRef... folders) {
        for (NodeRef folder : folders) {
            if (folder == null) {
                continue;
            }
            if (mail.messageId() != null
                    && !nodeService.getChildAssocsByPropertyValue(folder, ImmModel.PROP_MAIL_MESSAGE_ID,
                            mail.messageId()).isEmpty()) {
                return true;
            }
            if (nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, name) != null) {
                return true;
            }
        }
        return false;
    }

    /** The thread of a message the case's correspondence holds (received, or a reply the firm sent). */
    private Optional<String> threadOf(String messageId, NodeRef correspondence) {
        for (ChildAssociationRef child : nodeService.getChildAssocsByPropertyValue(correspondence,
                ImmModel.PROP_MAIL_MESSAGE_ID, messageId)) {
            Serializable thread = nodeService.getProperty(child.getChildRef(), ImmModel.PROP_MAIL_THREAD);
            if (thread != null) {
                return Optional.of(thread.toString());
            }
        }
        return Optional.empty();
    }

    private NodeRef correspondenceFolder(NodeRef caseNode) {
        String name = MailFolders.correspondence();
        NodeRef folder = nodeService.getChildByName(caseNode, ContentModel.ASSOC_CONTAINS, name);
        return folder != null ? folder : createFolder(caseNode, name);
    }

    private String quarantineName() {
        return MailFolders.quarantine();
    }

    /**
     * The case's quarantine, made on its first held message: the firm's attorneys, paralegals and
     * administrators only, whatever the case folder grants (a vendor never reads a held message).
     */
    private NodeRef createQuarantine(NodeRef caseNode) {
        NodeRef folder = createFolder(caseNode, quarantineName());
        nodeService.setProperty(folder, ContentModel.PROP_DESCRIPTION,
                I18NUtil.getMessage("lpodesk.mail.quarantineFolder.description", Locale.getDefault()));
        permissionService.setInheritParentPermissions(folder, false);
        permissionService.setPermission(folder, ApprovalPolicy.FIRM_ATTORNEY_GROUP, PermissionService.COORDINATOR, true);
        permissionService.setPermission(folder, WorkflowModel.PARALEGALS_GROUP, PermissionService.COORDINATOR, true);
        permissionService.setPermission(folder, MailAddressBook.FIRM_ADMINS_GROUP, PermissionService.COORDINATOR, true);
        return folder;
    }

    private NodeRef createFolder(NodeRef parent, String name) {
        return nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)),
                ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name)).getChildRef();
    }
}
