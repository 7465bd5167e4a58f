package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.perm.PermReminderRun;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;

/**
 * A PERM case in the repository: the record and its steps judged at commit, the timeline stored
 * on the case and the PERM clocks in the case deadline, and the scheduled reminder run that mails
 * once per event (a local SMTP server, GreenMail, stands for the firm's mail server).
 */
@RunWith(AlfrescoTestRunner.class)
public class PermIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private NodeRef perm;

    @Before
    public void createPermCase() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        perm = firm.asAdmin(() -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "PERM " + System.nanoTime(), Map.of(
                ImmModel.PROP_CASE_TYPE, "PERM",
                ImmModel.PROP_CASE_STATUS, "DOCUMENT_COLLECTION",
                ImmModel.PROP_BENEFICIARY_NAME, "Lucia Garcia",
                ImmModel.PROP_RESPONSIBLE_ATTORNEY, firm.attorney)));
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    @Test
    public void theTimelineIsKeptOnTheCaseAndItsClocksMoveTheCaseDeadline() {
        assertTrue("a PERM case carries the PERM record", firm.asAdmin(() -> nodes().hasAspect(perm, ImmModel.ASPECT_PERM_CASE)));
        setFacts(Map.of(ImmModel.PROP_PWD_DETERMINED_ON, day("2026-01-15"), ImmModel.PROP_PWD_VALID_UNTIL, day("2026-06-30")));
        // nothing begun yet: the wage determination's validity is the case deadline
        assertEquals(LocalDate.of(2026, 6, 30), date(perm, ImmModel.PROP_CASE_DEADLINE));

        step("SWA_JOB_ORDER", "2026-02-02", "2026-03-03");
        step("SUNDAY_AD", "2026-02-08", "2026-02-08");
        step("SUNDAY_AD", "2026-02-15", "2026-02-15");
        step("NOTICE_OF_FILING", "2026-02-02", "2026-02-13");
        step("JOB_FAIR", "2026-02-20", "2026-02-20");
        step("EMPLOYER_WEBSITE", "2026-02-02", "2026-03-02");
        step("LOCAL_NEWSPAPER", "2026-02-10", "2026-02-10");
        assertEquals(LocalDate.of(2026, 4, 2), date(perm, ImmModel.PROP_PERM_EARLIEST_FILING));
        assertEquals(LocalDate.of(2026, 8, 1), date(perm, ImmModel.PROP_PERM_LATEST_FILING));
        assertEquals(0, ((Number) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_PERM_VIOLATION_COUNT))).intValue());
        // recruitment began within the validity: the window's close binds the case now
        assertEquals(LocalDate.of(2026, 8, 1), date(perm, ImmModel.PROP_CASE_DEADLINE));
        String caseNumber = (String) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_CASE_NUMBER));
        firm.asAdmin(() -> {
            for (var child : nodes().getChildAssocs(perm, ImmModel.ASSOC_RECRUITMENT_STEPS, RegexQNamePattern.MATCH_ALL)) {
                assertEquals(caseNumber, nodes().getProperty(child.getChildRef(), ImmModel.PROP_STEP_CASE_NUMBER));
            }
            return null;
        });

        // filed a day early: stored as it happened, flagged with its rules, nothing open any more
        setFacts(Map.of(ImmModel.PROP_ETA9089_FILED_ON, day("2026-04-01"), ImmModel.PROP_FLAG_CASE_NUMBER, "G-100-26091-123456"));
        assertEquals(2, ((Number) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_PERM_VIOLATION_COUNT))).intValue());
        @SuppressWarnings("unchecked")
        Collection<String> findings = (Collection<String>) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_PERM_VIOLATIONS));
        assertTrue(findings.toString(), findings.stream().anyMatch(f -> f.startsWith(
                "The SWA job order ended on 2026-03-03, fewer than 30 days before the filing on 2026-04-01.")));
        assertNull(date(perm, ImmModel.PROP_CASE_DEADLINE));

        // certified: the I-140 deadline (180 days, no weekend extension) becomes the case deadline
        setFacts(Map.of(ImmModel.PROP_LABOR_CERTIFIED_ON, day("2026-09-01")));
        assertEquals(LocalDate.of(2027, 2, 28), date(perm, ImmModel.PROP_CASE_DEADLINE));
    }

    @Test
    public void impossibleFactsAreRefusedAndNothingIsStored() {
        refused("a Sunday advertisement on a Monday", "2026-02-09 is a Monday", () -> step("SUNDAY_AD", "2026-02-09", "2026-02-09"));
        refused("a step ending before it starts", "before it starts", () -> step("JOB_FAIR", "2026-03-10", "2026-03-09"));
        assertEquals(0, firm.asAdmin(() -> nodes().getChildAssocs(perm, ImmModel.ASSOC_RECRUITMENT_STEPS, RegexQNamePattern.MATCH_ALL).size()).intValue());
        setFacts(Map.of(ImmModel.PROP_ETA9089_FILED_ON, day("2026-04-15")));
        refused("a certification before the filing", "dated before the ETA-9089 was filed",
                () -> setFacts(Map.of(ImmModel.PROP_LABOR_CERTIFIED_ON, day("2026-04-01"))));
        assertNull(firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_LABOR_CERTIFIED_ON)));
    }

    @Test
    public void theScheduledRunMailsEachReminderOnceWhenRunTwice() throws Exception {
        Properties global = getApplicationContext().getBean("global-properties", Properties.class);
        String host = global.getProperty("mail.host", "");
        Assume.assumeTrue("the repository mails through mail.host=" + host + "; this test needs a local SMTP port",
                Set.of("localhost", "127.0.0.1").contains(host));
        int port = Integer.parseInt(global.getProperty("mail.port", "25"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // a wage determination running out in 10 days and no recruitment yet: the 14-day reminder is due
            FirmCalendar calendar = new FirmCalendar(global.getProperty("lpodesk.firm.zone"));
            LocalDate today = calendar.today(Clock.systemUTC());
            setFacts(Map.of(ImmModel.PROP_PWD_DETERMINED_ON, CalendarDates.toDate(today.minusDays(120)),
                    ImmModel.PROP_PWD_VALID_UNTIL, CalendarDates.toDate(today.plusDays(10))));
            PermReminderRun run = getApplicationContext().getBean("lpodesk.permReminderRun", PermReminderRun.class);
            PermReminderRun.Report first = firm.asAdmin(run::run);
            PermReminderRun.Report second = firm.asAdmin(run::run);
            assertTrue("first run sent " + first, first.sent() >= 1);
            assertEquals("the second run finds nothing new to send", 0, second.sent());
            smtp.waitForIncomingEmail(5_000, 1);
            String caseNumber = (String) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_CASE_NUMBER));
            List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(PermIT::subject)
                    .filter(s -> s.startsWith(caseNumber + ":")).distinct().collect(Collectors.toList());
            assertEquals(subjects.toString(), List.of(caseNumber
                    + ": File the ETA-9089 or begin recruitment (prevailing wage validity ends) in 10 day(s)"), subjects);
            @SuppressWarnings("unchecked")
            Collection<String> keys = (Collection<String>) firm.asAdmin(() -> nodes().getProperty(perm, ImmModel.PROP_PERM_REMINDERS_SENT));
            assertEquals(List.of("PWD_EXPIRY:" + today.plusDays(10) + ":14"), List.copyOf(keys));
        } finally {
            smtp.stop();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void step(String kind, String start, String end) {
        firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ContentModel.PROP_NAME, kind.toLowerCase() + "-" + start + "-" + System.nanoTime());
            props.put(ImmModel.PROP_STEP_KIND, kind);
            props.put(ImmModel.PROP_STEP_START, day(start));
            props.put(ImmModel.PROP_STEP_END, day(end));
            nodes().createNode(perm, ImmModel.ASSOC_RECRUITMENT_STEPS,
                    QName.createQName(ImmModel.URI, "step" + System.nanoTime()), ImmModel.TYPE_RECRUITMENT_STEP, props);
            return null;
        });
    }

    private void setFacts(Map<QName, Serializable> facts) {
        firm.as(firm.paralegal, () -> {
            nodes().addProperties(perm, facts);
            return null;
        });
    }

    private void refused(String what, String messagePart, Runnable attempt) {
        try {
            attempt.run();
            fail(what + " was accepted");
        } catch (RuntimeException refused) {
            String message = String.valueOf(refused.getMessage()) + (refused.getCause() == null ? "" : " " + refused.getCause().getMessage());
            assertTrue(what + ": " + message, message.contains(messagePart));
        }
    }

    private LocalDate date(NodeRef node, QName property) {
        Serializable value = firm.asAdmin(() -> nodes().getProperty(node, property));
        return value == null ? null : CalendarDates.dayOf((Date) value);
    }

    private static Date day(String iso) {
        return CalendarDates.toDate(LocalDate.parse(iso));
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
