package org.lpodesk.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.management.subsystems.PropertyBackedBean;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.correspondence.MailAliases;

/**
 * Mail to a case's address over real SMTP into the repository's own inbound server (Alfresco's
 * email subsystem with LPO Desk's server and case handler in it, listening on 127.0.0.1): the
 * client's message filed in Correspondence with its headers and its attachment beside it, a reply
 * threaded to it, a second delivery stored once, an unknown sender and a vendor's associate held
 * in a quarantine that the associate cannot read, an unknown case address refused at RCPT TO, an
 * oversized message refused with 552, and a message that is not MIME at all stored as received.
 */
@RunWith(AlfrescoTestRunner.class)
public class CaseMailIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private String clientAddress;
    private String caseAddress;
    private int port;

    @Before
    public void openCaseWithClientAddress() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        clientAddress = "maria." + firm.suffix + "@client.example";
        caseAddress = firm.asAdmin(() -> {
            nodes().setProperty(firm.clientFolder, ImmModel.PROP_CLIENT_EMAIL, clientAddress);
            String number = (String) nodes().getProperty(firm.caseFolder, ImmModel.PROP_CASE_NUMBER);
            return getApplicationContext().getBean("lpodesk.mailAliases", MailAliases.class).address(number);
        });
        PropertyBackedBean inbound = getApplicationContext().getBean("InboundSMTP", PropertyBackedBean.class);
        assertEquals("the live repository runs its inbound server", "true", inbound.getProperty("email.server.enabled"));
        port = Integer.parseInt(inbound.getProperty("email.server.port"));
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    @Test
    public void aClientsMailIsFiledWithItsHeadersAndItsAttachmentBesideIt() throws Exception {
        byte[] pdf = "%PDF-1.7 passport scan".getBytes(StandardCharsets.US_ASCII);
        MimeMessage sent = clientMail("<first." + firm.suffix + "@client.example>", "Pasaporte", "Here is my passport.",
                null, pdf);
        Transport.send(sent);

        NodeRef filed = single(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        firm.asAdmin(() -> {
            assertEquals("<first." + firm.suffix + "@client.example>", nodes().getProperty(filed, ImmModel.PROP_MAIL_MESSAGE_ID));
            assertEquals("INBOUND", nodes().getProperty(filed, ImmModel.PROP_MAIL_DIRECTION));
            assertEquals(clientAddress, nodes().getProperty(filed, ImmModel.PROP_MAIL_FROM));
            assertEquals("Maria Gonzalez <" + clientAddress + ">", nodes().getProperty(filed, ImmModel.PROP_CORRESPONDENT));
            assertEquals(List.of(caseAddress), nodes().getProperty(filed, ImmModel.PROP_MAIL_TO));
            assertEquals("Pasaporte", nodes().getProperty(filed, ImmModel.PROP_MAIL_SUBJECT));
            assertEquals(nodes().getProperty(filed, ImmModel.PROP_MAIL_MESSAGE_ID), nodes().getProperty(filed, ImmModel.PROP_MAIL_THREAD));
            assertFalse(nodes().hasAspect(filed, ImmModel.ASPECT_MAIL_QUARANTINE));
            ContentReader reader = getServiceRegistry().getContentService().getReader(filed, ContentModel.PROP_CONTENT);
            assertEquals("message/rfc822", reader.getMimetype());
            assertTrue("the raw message is the content", reader.getContentString().contains("Here is my passport."));
            List<AssociationRef> attachments = nodes().getTargetAssocs(filed, ContentModel.ASSOC_ATTACHMENTS);
            assertEquals(1, attachments.size());
            NodeRef attachment = attachments.get(0).getTargetRef();
            assertEquals(ImmModel.TYPE_DOCUMENT, nodes().getType(attachment));
            assertEquals(correspondence(), nodes().getPrimaryParent(attachment).getParentRef());
            assertTrue(((String) nodes().getProperty(attachment, ContentModel.PROP_NAME)).endsWith("passport.pdf"));
            assertEquals("the sender's file name", "passport.pdf", nodes().getProperty(attachment, ContentModel.PROP_TITLE));
            assertEquals(Boolean.FALSE, nodes().getProperty(attachment, ImmModel.PROP_EXECUTABLE_ATTACHMENT));
            ContentReader file = getServiceRegistry().getContentService().getReader(attachment, ContentModel.PROP_CONTENT);
            assertEquals("application/pdf", file.getMimetype());
            assertArrayEquals(pdf, file.getContentInputStream().readAllBytes());
            return null;
        });
    }

    @Test
    public void aReplyJoinsTheThreadAndASecondDeliveryIsStoredOnce() throws Exception {
        String first = "<t1." + firm.suffix + "@client.example>";
        Transport.send(clientMail(first, "Diplomas", "Which diplomas?", null, null));
        MimeMessage reply = clientMail("<t2." + firm.suffix + "@client.example>", "Re: Diplomas", "All of them.", first,
                null);
        Transport.send(reply);
        Transport.send(reply);

        List<NodeRef> filed = all(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        assertEquals("two messages, the second delivered twice", 2, filed.size());
        firm.asAdmin(() -> {
            for (NodeRef message : filed) {
                assertEquals(first, nodes().getProperty(message, ImmModel.PROP_MAIL_THREAD));
            }
            return null;
        });
    }

    @Test
    public void anUnknownSenderIsHeldInAQuarantineOnlyFirmStaffRead() throws Exception {
        Transport.send(mail("stranger@spam.example", "<q1." + firm.suffix + "@spam.example>", "Urgent", "Click here", null,
                null));

        assertTrue("nothing filed for the client", all(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE).isEmpty());
        NodeRef quarantine = quarantine();
        NodeRef held = single(quarantine, ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        firm.asAdmin(() -> {
            assertTrue(nodes().hasAspect(held, ImmModel.ASPECT_MAIL_QUARANTINE));
            assertEquals("stranger@spam.example is not an address recorded for this case's client or for the firm's staff.",
                    nodes().getProperty(held, ImmModel.PROP_QUARANTINE_REASON));
            return null;
        });
        PermissionService permissions = getServiceRegistry().getPermissionService();
        assertEquals(AccessStatus.DENIED, firm.as(firm.associate, () -> permissions.hasPermission(held, PermissionService.READ)));
        assertEquals(AccessStatus.ALLOWED, firm.as(firm.paralegal, () -> permissions.hasPermission(held, PermissionService.READ)));
        assertEquals(AccessStatus.ALLOWED, firm.as(firm.attorney, () -> permissions.hasPermission(held, PermissionService.READ)));
    }

    @Test
    public void anLpoAssociateWritingToTheCaseIsHeldAndIsNotItsAuthor() throws Exception {
        String associateAddress = firm.associate + "@example.com";
        Transport.send(mail(associateAddress, "<v1." + firm.suffix + "@lpo.example>", "Draft ready", "See attached", null,
                null));

        NodeRef held = single(quarantine(), ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        firm.asAdmin(() -> {
            assertTrue(((String) nodes().getProperty(held, ImmModel.PROP_QUARANTINE_REASON))
                    .contains("belongs to a user of an LPO vendor"));
            assertNotEquals(firm.associate, nodes().getProperty(held, ContentModel.PROP_CREATOR));
            return null;
        });
    }

    @Test
    public void anAddressOfNoCaseIsRefusedAtRcptTo() throws Exception {
        try (SmtpSession smtp = new SmtpSession(port)) {
            assertTrue(smtp.command("MAIL FROM:<" + clientAddress + ">").startsWith("250"));
            String refused = smtp.command("RCPT TO:<imm-2026-99999@" + caseAddress.substring(caseAddress.indexOf('@') + 1) + ">");
            assertTrue(refused, refused.startsWith("550"));
            assertTrue(refused, refused.contains("case IMM-2026-99999"));
            String unknown = smtp.command("RCPT TO:<invoices-" + firm.suffix + "@firm.example>");
            assertTrue(unknown, unknown.startsWith("550"));
            assertTrue(smtp.command("RCPT TO:<" + caseAddress + ">").startsWith("250"));
        }
    }

    @Test
    public void aMessageOverTheLimitIsRefusedWith552AndNothingIsFiled() throws Exception {
        try (SmtpSession smtp = new SmtpSession(port)) {
            String declared = smtp.command("MAIL FROM:<" + clientAddress + "> SIZE=30000000");
            assertTrue(declared, declared.startsWith("552"));
        }
        byte[] big = new byte[26 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        StringBuilder body = new StringBuilder("From: " + clientAddress + "\r\nTo: " + caseAddress
                + "\r\nSubject: big\r\nMessage-ID: <big." + firm.suffix + "@client.example>\r\n\r\n");
        for (int i = 0; i < big.length; i += 998) {
            body.append(new String(big, i, Math.min(998, big.length - i), StandardCharsets.US_ASCII)).append("\r\n");
        }
        try (SmtpSession smtp = new SmtpSession(port)) {
            assertTrue(smtp.command("MAIL FROM:<" + clientAddress + ">").startsWith("250"));
            assertTrue(smtp.command("RCPT TO:<" + caseAddress + ">").startsWith("250"));
            String refused = smtp.data(body.toString().getBytes(StandardCharsets.US_ASCII));
            assertTrue(refused, refused.startsWith("552"));
        }
        assertTrue(all(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE).isEmpty());
    }

    @Test
    public void aMessageThatIsNotMimeIsStoredAsReceivedWithAWarning() throws Exception {
        byte[] broken = ("From: " + clientAddress + "\r\nTo: " + caseAddress + "\r\nSubject: broken\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nstill here\r\n"
                + "--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"x.pdf\"\r\n\r\n!!! not base64 ###\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (SmtpSession smtp = new SmtpSession(port)) {
            assertTrue(smtp.command("MAIL FROM:<" + clientAddress + ">").startsWith("250"));
            assertTrue(smtp.command("RCPT TO:<" + caseAddress + ">").startsWith("250"));
            String accepted = smtp.data(broken);
            assertTrue(accepted, accepted.startsWith("250"));
        }
        NodeRef filed = single(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        firm.asAdmin(() -> {
            @SuppressWarnings("unchecked")
            List<String> warnings = (List<String>) nodes().getProperty(filed, ImmModel.PROP_MAIL_WARNINGS);
            assertTrue(String.valueOf(warnings), warnings.stream().anyMatch(w -> w.contains("no Message-ID")));
            assertTrue(String.valueOf(warnings), warnings.stream().anyMatch(w -> w.contains("could not be read")));
            String stored = getServiceRegistry().getContentService().getReader(filed, ContentModel.PROP_CONTENT)
                    .getContentString();
            assertTrue(stored, stored.contains("!!! not base64 ###"));
            return null;
        });
    }

    @Test
    public void aHeldMessageReleasedJoinsTheConversationsAndIsAnsweredWithADraft() throws Exception {
        Transport.send(mail("cousin." + firm.suffix + "@family.example", "<c1." + firm.suffix + "@family.example>",
                "Birth certificate", "Attached is the certificate.", null, null));
        org.lpodesk.alfresco.correspondence.CorrespondenceDesk desk = getApplicationContext().getBean(
                "lpodesk.correspondenceDesk", org.lpodesk.alfresco.correspondence.CorrespondenceDesk.class);
        NodeRef held = single(quarantine(), ImmModel.TYPE_CLIENT_CORRESPONDENCE);
        try {
            firm.as(firm.associate, () -> desk.release(held));
            fail("an associate released a held message");
        } catch (RuntimeException expected) {
            // the associate may not even read it
        }
        try {
            firm.as(firm.paralegal, () -> desk.draftReply(held));
            fail("a held message was answered");
        } catch (org.lpodesk.api.ConflictException expected) {
            assertTrue(expected.getMessage().contains("release it to Correspondence"));
        }
        firm.as(firm.paralegal, () -> desk.release(held));
        NodeRef reply = firm.as(firm.paralegal, () -> desk.draftReply(held));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> overview = firm.as(firm.paralegal, () -> desk.overview(firm.caseFolder));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> threads = (List<java.util.Map<String, Object>>) overview.get("threads");
        assertEquals(1, threads.size());
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> messages = (List<java.util.Map<String, Object>>) threads.get(0).get("messages");
        assertEquals(List.of("INBOUND", "OUTBOUND"), messages.stream().map(m -> m.get("direction")).toList());
        assertTrue(String.valueOf(messages.get(0).get("warnings")).contains("Released from quarantine by " + firm.paralegal));
        assertEquals("DRAFT", messages.get(1).get("state"));
        assertTrue(String.valueOf(messages.get(1).get("text")).contains("> Attached is the certificate."));
        assertTrue(((List<?>) overview.get("quarantine")).isEmpty());
        firm.asAdmin(() -> {
            assertEquals(correspondence(), nodes().getPrimaryParent(held).getParentRef());
            assertEquals("Re: Birth certificate", nodes().getProperty(reply, ImmModel.PROP_MAIL_SUBJECT));
            assertEquals("<c1." + firm.suffix + "@family.example>", nodes().getProperty(reply, ImmModel.PROP_MAIL_IN_REPLY_TO));
            assertEquals(List.of("cousin." + firm.suffix + "@family.example"),
                    nodes().getProperty(reply, ImmModel.PROP_REPLY_RECIPIENTS));
            return null;
        });
    }

    private MimeMessage clientMail(String id, String subject, String text, String inReplyTo, byte[] pdf)
            throws Exception {
        return mail(clientAddress, id, subject, text, inReplyTo, pdf);
    }

    private MimeMessage mail(String from, String id, String subject, String text, String inReplyTo, byte[] pdf)
            throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom(new InternetAddress(from, from.startsWith("maria.") ? "Maria Gonzalez" : null, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(caseAddress));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        if (pdf == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            file.setFileName("passport.pdf");
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(body, file));
        }
        message.saveChanges();
        return message;
    }

    private NodeRef correspondence() {
        return firm.asAdmin(() -> nodes().getChildByName(firm.caseFolder, ContentModel.ASSOC_CONTAINS,
                CaseFolderTemplate.CORRESPONDENCE.folderName(Locale.getDefault())));
    }

    private NodeRef quarantine() {
        NodeRef folder = firm.asAdmin(() -> {
            for (ChildAssociationRef child : nodes().getChildAssocs(firm.caseFolder)) {
                Serializable name = nodes().getProperty(child.getChildRef(), ContentModel.PROP_NAME);
                if ("Mail quarantine".equals(name)) {
                    return child.getChildRef();
                }
            }
            return null;
        });
        assertNotNull("the case has a quarantine folder", folder);
        return folder;
    }

    private List<NodeRef> all(NodeRef folder, org.alfresco.service.namespace.QName type) {
        return firm.asAdmin(() -> nodes().getChildAssocs(folder, java.util.Set.of(type)).stream()
                .map(ChildAssociationRef::getChildRef).toList());
    }

    private NodeRef single(NodeRef folder, org.alfresco.service.namespace.QName type) {
        List<NodeRef> found = all(folder, type);
        if (found.size() != 1) {
            fail("expected one " + type.getLocalName() + " in the folder, found " + found.size());
        }
        return found.get(0);
    }
}
