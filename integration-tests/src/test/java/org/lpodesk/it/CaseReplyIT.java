package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.lpodesk.review.workflow.WorkflowModel.ACCEPT;
import static org.lpodesk.review.workflow.WorkflowModel.APPROVE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFTING_ASSOCIATE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_FIRM_REVIEW_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_INTAKE_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_LPO_REVIEW_OUTCOME;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.management.subsystems.PropertyBackedBean;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.correspondence.ReplyOutbox;
import org.lpodesk.alfresco.correspondence.ReplySender;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.api.ConflictException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.correspondence.MailAliases;
import org.lpodesk.correspondence.ReplyState;
import org.lpodesk.correspondence.SendRequest;
import org.lpodesk.review.ApprovalRefusedException;

/**
 * Replies to the client leave the repository only as the version a firm attorney approved, once,
 * through Alfresco's outbound mail (captured here by GreenMail on the repository's mail.port):
 * threaded to the client's message, from the firm with the case's address to answer to, recorded
 * on the document; refused without approval, after an edit voided it, a second time, and for an
 * LPO associate; a mail server that is down leaves the reply RETRYING, never sent, until the
 * retry finds it up. A reply drafted by a vendor in a "client e-mail" outsourcing task reaches the
 * case's Correspondence approved by the firm review, and is sent from there.
 */
@RunWith(AlfrescoTestRunner.class)
public class CaseReplyIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private WorkflowSteps steps;
    private GreenMail smtp;
    private int port;
    private String clientAddress;
    private String caseAddress;
    private NodeRef received;
    private String receivedId;

    @Before
    public void caseWithAClientMessage() throws Exception {
        Properties global = getApplicationContext().getBean("global-properties", Properties.class);
        String host = global.getProperty("mail.host", "");
        Assume.assumeTrue("the repository mails through mail.host=" + host + "; these tests need a local SMTP port",
                Set.of("localhost", "127.0.0.1").contains(host));
        port = Integer.parseInt(global.getProperty("mail.port", "25"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        steps = new WorkflowSteps(firm, getServiceRegistry().getWorkflowService());
        firm.create();
        clientAddress = "maria." + firm.suffix + "@client.example";
        caseAddress = firm.asAdmin(() -> {
            nodes().setProperty(firm.clientFolder, ImmModel.PROP_CLIENT_EMAIL, clientAddress);
            return getApplicationContext().getBean("lpodesk.mailAliases", MailAliases.class)
                    .address((String) nodes().getProperty(firm.caseFolder, ImmModel.PROP_CASE_NUMBER));
        });
        receivedId = "<ask." + firm.suffix + "@client.example>";
        int inbound = Integer.parseInt(getApplicationContext().getBean("InboundSMTP", PropertyBackedBean.class)
                .getProperty("email.server.port"));
        try (SmtpSession session = new SmtpSession(inbound)) {
            session.command("MAIL FROM:<" + clientAddress + ">");
            session.command("RCPT TO:<" + caseAddress + ">");
            String reply = session.data(("Message-ID: " + receivedId + "\r\nFrom: Maria <" + clientAddress + ">\r\nTo: "
                    + caseAddress + "\r\nSubject: Visa documents\r\nDate: " + new Date() + "\r\n\r\nWhat do you need?\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(reply, reply.startsWith("250"));
        }
        received = firm.asAdmin(() -> nodes().getChildAssocsByPropertyValue(correspondence(),
                ImmModel.PROP_MAIL_MESSAGE_ID, receivedId).get(0).getChildRef());
    }

    @After
    public void removeFirm() {
        if (smtp != null) {
            smtp.stop();
        }
        if (firm != null) {
            firm.remove();
        }
    }

    @Test
    public void anApprovedReplyIsSentOnceThreadedAndRecorded() throws Exception {
        NodeRef reply = draft("We need your passport and diplomas.");
        approve(reply);

        ReplySender.Outcome outcome = send(firm.paralegal, reply, request());
        assertEquals(ReplyState.SENT, outcome.state());

        MimeMessage out = sentMessage(outcome.messageId());
        assertEquals(clientAddress, out.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals(caseAddress, out.getReplyTo()[0].toString());
        assertEquals(receivedId, out.getHeader("In-Reply-To", null));
        assertEquals("Re: Visa documents", out.getSubject());
        assertEquals(outcome.messageId(), out.getMessageID());
        assertTrue(String.valueOf(out.getContent()).contains("We need your passport and diplomas."));
        firm.asAdmin(() -> {
            assertEquals("SENT", nodes().getProperty(reply, ImmModel.PROP_REPLY_STATE));
            assertTrue(nodes().hasAspect(reply, ImmModel.ASPECT_SENT));
            assertEquals(clientAddress, nodes().getProperty(reply, ImmModel.PROP_SENT_TO));
            assertEquals(firm.paralegal, nodes().getProperty(reply, ImmModel.PROP_SENT_BY));
            assertEquals(outcome.messageId(), nodes().getProperty(reply, ImmModel.PROP_SENT_MESSAGE_ID));
            assertEquals(nodes().getProperty(reply, ContentModel.PROP_VERSION_LABEL),
                    nodes().getProperty(reply, ImmModel.PROP_SENT_VERSION));
            assertEquals("the reply joins the client's thread", nodes().getProperty(received, ImmModel.PROP_MAIL_THREAD),
                    nodes().getProperty(reply, ImmModel.PROP_MAIL_THREAD));
            return null;
        });

        try {
            send(firm.attorney, reply, request());
            fail("a sent reply went out again");
        } catch (ConflictException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("a sent reply is not sent again"));
        }
        try {
            firm.as(firm.paralegal, () -> {
                write(reply, "changed after sending");
                return null;
            });
            fail("a sent reply was edited");
        } catch (RuntimeException expected) {
            assertTrue(String.valueOf(expected), causedBy(expected, ConflictException.class));
        }
        assertEquals("still one reply", 1, replies());
    }

    @Test
    public void withoutApprovalOrAfterAnEditVoidedItNothingLeaves() throws Exception {
        NodeRef unapproved = draft("Draft one.");
        refusedForApproval(unapproved);
        NodeRef edited = draft("Draft two.");
        approve(edited);
        firm.as(firm.paralegal, () -> {
            write(edited, "Draft two, edited after the approval.");
            return null;
        });
        refusedForApproval(edited);
        assertEquals("no reply reached the mail server", 0, replies());
        firm.asAdmin(() -> {
            assertFalse("a refused send queued nothing", nodes().hasAspect(unapproved, ImmModel.ASPECT_REPLY));
            assertFalse(nodes().hasAspect(edited, ImmModel.ASPECT_SENT));
            return null;
        });
    }

    @Test
    public void anLpoAssociateCannotSend() throws Exception {
        NodeRef reply = draft("Approved text.");
        approve(reply);
        try {
            send(firm.associate, reply, request());
            fail("an associate sent a reply");
        } catch (NotAllowedException expected) {
            assertTrue(expected.getMessage().contains("Only the firm's attorneys, paralegals and administrators"));
        }
        assertEquals(0, replies());
    }

    @Test
    public void aMailServerThatIsDownLeavesTheReplyRetryingAndTheRetrySendsIt() throws Exception {
        NodeRef reply = draft("Sent after a failure.");
        approve(reply);
        smtp.stop();
        ReplySender.Outcome failed = send(firm.paralegal, reply, request());
        assertEquals(ReplyState.RETRYING, failed.state());
        assertNotNull(failed.nextAttemptAt());
        firm.asAdmin(() -> {
            assertFalse("never recorded as sent", nodes().hasAspect(reply, ImmModel.ASPECT_SENT));
            assertEquals(1, nodes().getProperty(reply, ImmModel.PROP_SEND_ATTEMPTS));
            assertTrue(String.valueOf(nodes().getProperty(reply, ImmModel.PROP_LAST_SEND_ERROR)).contains("attempt 1"));
            return null;
        });
        try {
            firm.as(firm.paralegal, () -> {
                write(reply, "changed while waiting");
                return null;
            });
            fail("a reply on its way out was edited");
        } catch (RuntimeException expected) {
            assertTrue(String.valueOf(expected), causedBy(expected, ConflictException.class));
        }

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // the retry job's run, with the reply's next attempt due now rather than in a minute
        firm.asAdmin(() -> {
            getApplicationContext().getBean("lpodesk.replyOutbox", ReplyOutbox.class).put(reply, Instant.now());
            return null;
        });
        ReplySender sender = getApplicationContext().getBean("lpodesk.replySender", ReplySender.class);
        assertTrue(firm.asAdmin(sender::retryDue) >= 1);
        sentMessage(firm.asAdmin(() -> (String) nodes().getProperty(reply, ImmModel.PROP_SENT_MESSAGE_ID)));
        firm.asAdmin(() -> {
            assertEquals("SENT", nodes().getProperty(reply, ImmModel.PROP_REPLY_STATE));
            assertTrue(nodes().hasAspect(reply, ImmModel.ASPECT_SENT));
            return null;
        });
    }

    @Test
    public void aReplyDraftedByTheVendorIsSentOnlyAfterTheFirmReviewApprovedIt() throws Exception {
        firm.engage(Map.of("currency", "USD", "businessDayEnd", "18:00",
                "terms", List.of(Map.of("kind", "CLIENT_EMAIL", "turnaroundBusinessDays", 2, "billing", "FLAT_FEE",
                        "fee", "40.00", "clientCharge", "FEE"))));
        firm.consent(firm.caseFolder, "DOCUMENTS");
        String workflowId = steps.request("CLIENT_EMAIL", received);
        steps.complete(firm.manager, workflowId, "immwf:intakeTask", Map.of(WorkflowSteps.immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                Map.of(WorkflowSteps.immwf(VAR_DRAFTING_ASSOCIATE), List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));
        steps.awaitTask(workflowId, "immwf:draftingTask");
        NodeRef folder = firm.asAdmin(() -> nodes().getChildByName(firm.vendorLibrary, ContentModel.ASSOC_CONTAINS,
                "task-" + workflowId.substring(workflowId.indexOf('$') + 1)));
        NodeRef vendorDraft = firm.as(firm.associate, () -> {
            NodeRef node = firm.child(folder, ContentModel.TYPE_CONTENT, "reply-" + firm.suffix + ".txt", Map.of());
            write(node, "Dear Maria, please send your passport.");
            return node;
        });
        try {
            send(firm.paralegal, vendorDraft, request());
            fail("the vendor's draft was sent before any review");
        } catch (RuntimeException expected) {
            // the firm cannot even read it, and it is no case's reply
            assertTrue(String.valueOf(expected), causedBy(expected, org.alfresco.repo.security.permissions.AccessDeniedException.class)
                    || String.valueOf(expected.getMessage()).contains("is not a reply"));
        }
        steps.complete(firm.associate, workflowId, "immwf:draftingTask", Map.of(WorkflowSteps.immwf(VAR_HOURS_LOGGED), 0.5d,
                WorkflowSteps.immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFT_AI_USED), false), Map.of());
        steps.complete(firm.reviewer, workflowId, "immwf:lpoReviewTask", Map.of(WorkflowSteps.immwf(VAR_LPO_REVIEW_OUTCOME), APPROVE), Map.of());
        assertEquals("nothing sent while the firm's attorney has not approved", 0, replies());
        steps.complete(firm.attorney, workflowId, "immwf:firmReviewTask", Map.of(WorkflowSteps.immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE), Map.of());
        steps.awaitEnd(workflowId);

        NodeRef delivered = firm.asAdmin(() -> {
            for (ChildAssociationRef child : nodes().getChildAssocs(correspondence(),
                    Set.of(ImmModel.TYPE_CLIENT_CORRESPONDENCE))) {
                if (nodes().hasAspect(child.getChildRef(), ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                    return child.getChildRef();
                }
            }
            return null;
        });
        assertNotNull("the approved reply is in the case's Correspondence", delivered);
        ReplySender.Outcome outcome = send(firm.paralegal, delivered, request());
        assertEquals(ReplyState.SENT, outcome.state());
        MimeMessage out = sentMessage(outcome.messageId());
        assertTrue(String.valueOf(out.getContent()).contains("please send your passport"));
        assertEquals(receivedId, out.getHeader("In-Reply-To", null));
        assertEquals(clientAddress, out.getRecipients(Message.RecipientType.TO)[0].toString());
    }

    /** The reply among what the mail server received (the workflow's notifications reach it too). */
    private MimeMessage sentMessage(String messageId) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (messageId.equals(message.getMessageID())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        fail("no message " + messageId + " reached the mail server");
        return null;
    }

    private long replies() throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getMessageID() != null && message.getMessageID().startsWith("<lpodesk.")) {
                count++;
            }
        }
        return count;
    }

    private SendRequest request() {
        return new SendRequest(List.of(), List.of(), Optional.empty(), Optional.of(received.toString()), List.of());
    }

    private ReplySender.Outcome send(String user, NodeRef reply, SendRequest request) {
        ReplySender sender = getApplicationContext().getBean("lpodesk.replySender", ReplySender.class);
        return firm.asUser(user, () -> sender.send(reply, request));
    }

    private void refusedForApproval(NodeRef reply) {
        try {
            send(firm.paralegal, reply, request());
            fail("sent without a valid approval");
        } catch (ApprovalRefusedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("cannot be sent"));
        }
    }

    private NodeRef draft(String text) {
        return firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ContentModel.PROP_AUTO_VERSION, true);
            NodeRef node = firm.child(correspondence(), ImmModel.TYPE_CLIENT_CORRESPONDENCE,
                    "reply-" + java.util.UUID.randomUUID() + ".txt", props);
            write(node, text);
            return node;
        });
    }

    private void approve(NodeRef reply) {
        firm.approve(reply);
    }

    private void write(NodeRef node, String text) {
        firm.write(node, text);
    }

    private NodeRef correspondence() {
        return nodes().getChildByName(firm.caseFolder, ContentModel.ASSOC_CONTAINS,
                CaseFolderTemplate.CORRESPONDENCE.folderName(Locale.getDefault()));
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    private static boolean causedBy(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
