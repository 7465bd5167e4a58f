package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.api.ConflictException;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.correspondence.CorrespondenceNames;
import org.lpodesk.correspondence.CorrespondenceTexts;
import org.lpodesk.correspondence.CorrespondenceThreads;
import org.lpodesk.correspondence.FiledMessage;
import org.lpodesk.correspondence.HtmlText;
import org.lpodesk.correspondence.InboundMail;
import org.lpodesk.correspondence.MailAliases;
import org.lpodesk.correspondence.MailDirection;
import org.lpodesk.correspondence.MailReader;
import org.lpodesk.correspondence.MailThreads;
import org.lpodesk.correspondence.ReplyState;

/**
 * A case's correspondence for the people who work it: its conversations (core's
 * {@link CorrespondenceThreads}, with each message's readable text, never its HTML), the held
 * messages of its quarantine, a reply drafted to a received message (headers, recipient and the
 * quoted message filled in, for the paralegal to write and the attorney to approve), and a held
 * message released into Correspondence. Reads and writes as the calling user, so that the
 * repository's permissions decide who sees what; the firm's staff only act.
 */
public final class CorrespondenceDesk {

    private final NodeService nodeService;
    private final ContentService contentService;
    private final DictionaryService dictionaryService;
    private final FirmStaff staff;
    private final CaseTree cases;
    private final MailAliases aliases;
    private final ZoneId firmZone;
    private final Locale locale;
    private final Clock clock;

    public CorrespondenceDesk(NodeService nodeService, ContentService contentService,
                              DictionaryService dictionaryService, FirmStaff staff, CaseTree cases,
                              MailAliases aliases, ZoneId firmZone, Locale locale, Clock clock) {
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.dictionaryService = dictionaryService;
        this.staff = staff;
        this.cases = cases;
        this.aliases = aliases;
        this.firmZone = firmZone;
        this.locale = locale;
        this.clock = clock;
    }

    /** The case's address, conversations and (for those who may read it) quarantine, as the web script answers. */
    public Map<String, Object> overview(NodeRef caseNode) {
        String number = (String) nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("caseId", caseNode.toString());
        result.put("caseNumber", number);
        result.put("address", number == null ? null : aliases.address(number));
        List<FiledMessage> filed = new ArrayList<>();
        Map<String, Map<String, Object>> extras = new HashMap<>();
        NodeRef correspondence = child(caseNode, MailFolders.correspondence());
        if (correspondence != null) {
            for (ChildAssociationRef c : nodeService.getChildAssocs(correspondence,
                    Set.of(ImmModel.TYPE_CLIENT_CORRESPONDENCE))) {
                NodeRef node = c.getChildRef();
                filed.add(message(node));
                extras.put(node.toString(), extra(node));
            }
        }
        List<Map<String, Object>> threads = new ArrayList<>();
        for (CorrespondenceThreads.Thread thread : CorrespondenceThreads.of(filed)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("thread", thread.id());
            t.put("subject", thread.subject());
            t.put("latest", thread.latest().toString());
            List<Map<String, Object>> messages = new ArrayList<>();
            for (FiledMessage m : thread.messages()) {
                Map<String, Object> row = row(m);
                row.putAll(extras.get(m.id()));
                messages.add(row);
            }
            t.put("messages", messages);
            threads.add(t);
        }
        result.put("threads", threads);
        NodeRef quarantine = child(caseNode, MailFolders.quarantine());
        List<Map<String, Object>> held = new ArrayList<>();
        if (quarantine != null) {
            for (ChildAssociationRef c : nodeService.getChildAssocs(quarantine, Set.of(ImmModel.TYPE_CLIENT_CORRESPONDENCE))) {
                NodeRef node = c.getChildRef();
                Map<String, Object> row = row(message(node));
                row.putAll(extra(node));
                row.put("reason", nodeService.getProperty(node, ImmModel.PROP_QUARANTINE_REASON));
                held.add(row);
            }
        }
        result.put("quarantine", held);
        boolean mayAct = staff.is(AuthenticationUtil.getFullyAuthenticatedUser());
        result.put("mayAct", mayAct);
        // what a reply may attach: the case's own documents (not its messages), for the send dialog
        List<Map<String, Object>> documents = new ArrayList<>();
        if (mayAct) {
            for (NodeRef document : cases.descendants(caseNode, ContentModel.TYPE_CONTENT)) {
                if (dictionaryService.isSubClass(nodeService.getType(document), ImmModel.TYPE_CLIENT_CORRESPONDENCE)
                        || (quarantine != null && quarantine.equals(nodeService.getPrimaryParent(document).getParentRef()))) {
                    continue;
                }
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", document.toString());
                d.put("name", nodeService.getProperty(document, ContentModel.PROP_NAME));
                d.put("folder", nodeService.getProperty(nodeService.getPrimaryParent(document).getParentRef(),
                        ContentModel.PROP_NAME));
                documents.add(d);
            }
            documents.sort((a, b) -> (a.get("folder") + "/" + a.get("name")).compareTo(b.get("folder") + "/" + b.get("name")));
        }
        result.put("documents", documents);
        return result;
    }

    /** A reply draft to a received message, in the case's Correspondence; its node reference. */
    public NodeRef draftReply(NodeRef received) {
        staff.require();
        Map<QName, Serializable> props = nodeService.getProperties(received);
        String name = (String) props.get(ContentModel.PROP_NAME);
        if (!MailDirection.INBOUND.name().equals(props.get(ImmModel.PROP_MAIL_DIRECTION))) {
            throw new InvalidRequestException(text("reply.notReply", name));
        }
        if (nodeService.hasAspect(received, ImmModel.ASPECT_MAIL_QUARANTINE)) {
            throw new ConflictException(text("reply.quarantined", name));
        }
        NodeRef caseNode = cases.enclosingCase(received).orElseThrow(() -> new InvalidRequestException(
                text("reply.noCase", name)));
        NodeRef correspondence = nodeService.getPrimaryParent(received).getParentRef();
        MailThreads.ReplyHeaders headers = MailThreads.reply((String) props.get(ImmModel.PROP_MAIL_MESSAGE_ID),
                MailFolders.texts(props.get(ImmModel.PROP_MAIL_REFERENCES)), (String) props.get(ImmModel.PROP_MAIL_SUBJECT));
        Instant now = clock.instant();
        String replyName = freeName(correspondence, CorrespondenceNames.replyName(headers.subject(), now, firmZone));
        Map<QName, Serializable> reply = new HashMap<>();
        reply.put(ContentModel.PROP_NAME, replyName);
        reply.put(ContentModel.PROP_TITLE, headers.subject());
        reply.put(ContentModel.PROP_AUTO_VERSION, true);
        reply.put(ImmModel.PROP_CORRESPONDENT, props.get(ImmModel.PROP_MAIL_FROM));
        reply.put(ImmModel.PROP_MAIL_DIRECTION, MailDirection.OUTBOUND.name());
        reply.put(ImmModel.PROP_MAIL_SUBJECT, headers.subject());
        reply.put(ImmModel.PROP_MAIL_IN_REPLY_TO, headers.inReplyTo());
        reply.put(ImmModel.PROP_MAIL_REFERENCES, new ArrayList<>(headers.references()));
        reply.put(ImmModel.PROP_MAIL_THREAD, props.get(ImmModel.PROP_MAIL_THREAD));
        reply.put(ImmModel.PROP_MAIL_TO, new ArrayList<>(List.of(String.valueOf(props.get(ImmModel.PROP_MAIL_FROM)))));
        reply.put(ImmModel.PROP_ANSWERED_MESSAGE, received);
        reply.put(ImmModel.PROP_REPLY_STATE, ReplyState.DRAFT.name());
        reply.put(ImmModel.PROP_REPLY_RECIPIENTS, new ArrayList<>(List.of(String.valueOf(props.get(ImmModel.PROP_MAIL_FROM)))));
        NodeRef node = nodeService.createNode(correspondence, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(replyName)),
                ImmModel.TYPE_CLIENT_CORRESPONDENCE, reply).getChildRef();
        nodeService.addAspect(node, ImmModel.ASPECT_MAIL_MESSAGE, Map.of(ImmModel.PROP_MAIL_DIRECTION,
                MailDirection.OUTBOUND.name()));
        nodeService.addAspect(node, ImmModel.ASPECT_REPLY, Map.of(ImmModel.PROP_REPLY_STATE, ReplyState.DRAFT.name()));
        ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent("\n\n" + quote(received, props));
        return node;
    }

    /** Moves a held message and its attachments into Correspondence, noting who released it and why it was held. */
    public NodeRef release(NodeRef held) {
        String user = staff.require();
        String name = (String) nodeService.getProperty(held, ContentModel.PROP_NAME);
        if (!nodeService.hasAspect(held, ImmModel.ASPECT_MAIL_QUARANTINE)) {
            throw new ConflictException(text("release.notHeld", name));
        }
        NodeRef caseNode = cases.enclosingCase(held).orElseThrow(() -> new InvalidRequestException(
                text("reply.noCase", name)));
        NodeRef correspondence = child(caseNode, MailFolders.correspondence());
        String reason = (String) nodeService.getProperty(held, ImmModel.PROP_QUARANTINE_REASON);
        List<String> warnings = MailFolders.texts(nodeService.getProperty(held, ImmModel.PROP_MAIL_WARNINGS));
        warnings.add(text("release.note", user, DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(firmZone)),
                reason));
        nodeService.removeAspect(held, ImmModel.ASPECT_MAIL_QUARANTINE);
        nodeService.setProperty(held, ImmModel.PROP_MAIL_WARNINGS, new ArrayList<>(warnings));
        for (AssociationRef attachment : nodeService.getTargetAssocs(held, ContentModel.ASSOC_ATTACHMENTS)) {
            nodeService.moveNode(attachment.getTargetRef(), correspondence, ContentModel.ASSOC_CONTAINS,
                    nodeService.getPrimaryParent(attachment.getTargetRef()).getQName());
        }
        nodeService.moveNode(held, correspondence, ContentModel.ASSOC_CONTAINS, nodeService.getPrimaryParent(held).getQName());
        return held;
    }

    private String quote(NodeRef received, Map<QName, Serializable> props) {
        Date on = (Date) props.get(ImmModel.PROP_CORRESPONDENCE_SENT_ON);
        String when = on == null ? "" : DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", locale)
                .format(on.toInstant().atZone(firmZone));
        StringBuilder quoted = new StringBuilder(text("reply.quoted", when, props.get(ImmModel.PROP_CORRESPONDENT)))
                .append('\n');
        for (String line : bodyText(received).split("\\R", -1)) {
            quoted.append("> ").append(line).append('\n');
        }
        return quoted.toString();
    }

    private FiledMessage message(NodeRef node) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        MailDirection direction = MailDirection.OUTBOUND.name().equals(p.get(ImmModel.PROP_MAIL_DIRECTION))
                || p.get(ImmModel.PROP_MAIL_DIRECTION) == null ? MailDirection.OUTBOUND : MailDirection.INBOUND;
        Date at = (Date) (p.get(ImmModel.PROP_SENT_ON) != null ? p.get(ImmModel.PROP_SENT_ON)
                : direction == MailDirection.INBOUND && p.get(ImmModel.PROP_CORRESPONDENCE_SENT_ON) != null
                        ? p.get(ImmModel.PROP_CORRESPONDENCE_SENT_ON) : p.get(ContentModel.PROP_MODIFIED));
        Serializable state = p.get(ImmModel.PROP_REPLY_STATE);
        return new FiledMessage(node.toString(), (String) p.get(ImmModel.PROP_MAIL_THREAD), direction,
                (String) p.get(ImmModel.PROP_MAIL_FROM),
                MailFolders.texts(direction == MailDirection.INBOUND ? p.get(ImmModel.PROP_MAIL_TO) : p.get(ImmModel.PROP_REPLY_RECIPIENTS)),
                at == null ? Instant.EPOCH : at.toInstant(),
                (String) (p.get(ImmModel.PROP_MAIL_SUBJECT) != null ? p.get(ImmModel.PROP_MAIL_SUBJECT) : p.get(ContentModel.PROP_NAME)),
                state == null ? (direction == MailDirection.OUTBOUND ? ReplyState.DRAFT.name() : null) : state.toString(),
                CorrespondenceThreads.excerpt(bodyText(node)), MailFolders.texts(p.get(ImmModel.PROP_MAIL_WARNINGS)));
    }

    private Map<String, Object> row(FiledMessage m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("direction", m.direction().name());
        row.put("from", m.from());
        row.put("to", m.to());
        row.put("at", m.at().toString());
        row.put("subject", m.subject());
        row.put("state", m.state());
        row.put("text", m.excerpt());
        row.put("warnings", m.warnings());
        return row;
    }

    private Map<String, Object> extra(NodeRef node) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("name", nodeService.getProperty(node, ContentModel.PROP_NAME));
        extra.put("approved", nodeService.hasAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL)
                && "APPROVED".equals(nodeService.getProperty(node, ImmModel.PROP_APPROVAL_OUTCOME)));
        extra.put("sentOn", nodeService.getProperty(node, ImmModel.PROP_SENT_ON) instanceof Date d
                ? d.toInstant().toString() : null);
        extra.put("lastSendError", nodeService.getProperty(node, ImmModel.PROP_LAST_SEND_ERROR));
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (AssociationRef a : nodeService.getTargetAssocs(node, ContentModel.ASSOC_ATTACHMENTS)) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("id", a.getTargetRef().toString());
            file.put("name", nodeService.getProperty(a.getTargetRef(), ContentModel.PROP_NAME));
            file.put("executable", Boolean.TRUE.equals(nodeService.getProperty(a.getTargetRef(),
                    ImmModel.PROP_EXECUTABLE_ATTACHMENT)));
            attachments.add(file);
        }
        extra.put("attachments", attachments);
        return extra;
    }

    /** The message's readable text: a received message read from its raw bytes, a reply from its content. */
    private String bodyText(NodeRef node) {
        ContentReader reader = contentService.getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists()) {
            return "";
        }
        String mimetype = reader.getMimetype();
        if ("message/rfc822".equals(mimetype)) {
            byte[] raw;
            try (var in = reader.getContentInputStream()) {
                raw = in.readAllBytes();
            } catch (java.io.IOException e) {
                return "";
            }
            InboundMail mail = new MailReader(locale).read(raw, null, Instant.EPOCH);
            return mail.textBody();
        }
        String text = reader.getContentString();
        return "text/html".equals(mimetype) ? HtmlText.of(text) : text;
    }

    private NodeRef child(NodeRef parent, String name) {
        return nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name);
    }

    private String freeName(NodeRef folder, String name) {
        String candidate = name;
        for (int i = 2; nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, candidate) != null; i++) {
            int dot = name.lastIndexOf('.');
            candidate = name.substring(0, dot) + " (" + i + ")" + name.substring(dot);
        }
        return candidate;
    }

    private String text(String key, Object... args) {
        return CorrespondenceTexts.format(locale, key, args);
    }

}
