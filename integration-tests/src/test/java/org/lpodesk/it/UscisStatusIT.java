package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.transaction.TransactionService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.alfresco.notice.ReceiptNumberRegistry;
import org.lpodesk.alfresco.uscis.ScheduledStatusRun;
import org.lpodesk.alfresco.uscis.StatusRecorder;
import org.lpodesk.alfresco.uscis.StatusRecords;
import org.lpodesk.alfresco.uscis.UscisApiClient;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.uscis.ManualStatus;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusRun;
import org.lpodesk.uscis.StatusSource;

/**
 * The USCIS status log in the repository: checks recorded from a person, a filed notice and the
 * scheduled API job (against a local server answering as USCIS's Case Status API does), never
 * edited; a change to "Request for Evidence Was Sent" opens the paralegals' task to obtain the
 * notice and suggests the case status; the job asks each receipt number once a day, run twice.
 */
@RunWith(AlfrescoTestRunner.class)
public class UscisStatusIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private NodeRef filed;
    private String receipt;

    @Before
    public void createFiledCase() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        receipt = String.format("IOE%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        filed = firm.asAdmin(() -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "I-485 " + receipt, Map.of(
                ImmModel.PROP_CASE_TYPE, "I485",
                ImmModel.PROP_CASE_STATUS, "FILED",
                ImmModel.PROP_BENEFICIARY_NAME, "Lucia Garcia",
                ImmModel.PROP_RECEIPT_NUMBER, receipt,
                ImmModel.PROP_RESPONSIBLE_ATTORNEY, firm.attorney)));
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    private StatusRecorder recorder() {
        return getApplicationContext().getBean("lpodesk.statusRecorder", StatusRecorder.class);
    }

    private StatusRecords records() {
        return getApplicationContext().getBean("lpodesk.statusRecords", StatusRecords.class);
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    private StatusRecorder.Recorded manual(String text) {
        return firm.as(firm.paralegal, () -> recorder().record(ManualStatus.check(receipt, text, "", "I-485",
                Optional.empty(), Instant.now(), firm.paralegal), Optional.empty()));
    }

    private List<WorkflowTask> noticeTasks() {
        return firm.as(firm.paralegal, () -> getServiceRegistry().getWorkflowService().getPooledTasks(firm.paralegal).stream()
                .filter(t -> receipt.equals(t.getProperties().get(ImmwfModel.PROP_STATUS_RECEIPT_NUMBER))).toList());
    }

    @Test
    public void aManualCheckIsLoggedNeverEditedAndAnRfeOpensTheParalegalsTaskToObtainTheNotice() {
        StatusRecorder.Recorded received = manual("Case Was Received");
        assertTrue("the first status is a change from nothing", received.changed());
        assertEquals(filed, received.caseNode());
        assertEquals("Case Was Received", firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_USCIS_LAST_STATUS)));
        assertFalse("the same status again is no change", manual("Case Was Received").changed());
        assertTrue("no task for a receipt notice", noticeTasks().isEmpty());

        StatusRecorder.Recorded rfe = manual("Request for Evidence Was Sent");
        assertTrue(rfe.changed());
        List<WorkflowTask> tasks = noticeTasks();
        assertEquals("one pooled task for the paralegals", 1, tasks.size());
        WorkflowTask task = tasks.get(0);
        assertEquals("Request for Evidence Was Sent", task.getProperties().get(ImmwfModel.PROP_STATUS_TEXT));
        assertEquals(firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_CASE_NUMBER)),
                task.getProperties().get(ImmwfModel.PROP_CASE_NUMBER));
        assertTrue("due on a day, not open-ended", task.getProperties().get(WorkflowModel.PROP_DUE_DATE) instanceof Date);
        assertEquals("FILED may move to RFE_NOID_RECEIVED: suggested for the paralegal to confirm", "RFE_NOID_RECEIVED",
                firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_USCIS_SUGGESTED_STATUS)));
        assertEquals("the case status itself stays until a paralegal moves it", "FILED",
                firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_CASE_STATUS)));

        List<StatusRecords.Entry> log = firm.asAdmin(() -> records().entries(filed));
        assertEquals(3, log.size());
        assertEquals(List.of(true, false, true), log.stream().map(StatusRecords.Entry::changed).toList());
        assertEquals(StatusSource.MANUAL, log.get(0).check().source());
        assertEquals(firm.paralegal, log.get(0).check().checkedBy());
        try {
            firm.asAdmin(() -> {
                nodes().setProperty(log.get(0).node(), ImmModel.PROP_USCIS_STATUS_TEXT, "Case Was Approved");
                return null;
            });
            fail("a recorded check was edited");
        } catch (RuntimeException refused) {
            assertTrue(String.valueOf(refused.getMessage()), String.valueOf(refused.getMessage()).contains("never edited"));
        }
        assertEquals("Case Was Received", firm.asAdmin(() -> nodes().getProperty(log.get(0).node(), ImmModel.PROP_USCIS_STATUS_TEXT)));
    }

    @Test
    public void aReceiptNumberNoCaseHoldsIsRefusedAndNothingIsStored() {
        String stray = String.format("EAC%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        try {
            firm.as(firm.paralegal, () -> recorder().record(ManualStatus.check(stray, "Case Was Received", "", "",
                    Optional.empty(), Instant.now(), firm.paralegal), Optional.empty()));
            fail("a status of a receipt number no case holds was recorded");
        } catch (IllegalArgumentException refused) {
            assertEquals("No case holds the receipt number " + stray
                    + "; record it on its case first (case or notice form).", refused.getMessage());
        }
        assertTrue(firm.asAdmin(() -> records().entries(filed)).isEmpty());
    }

    @Test
    public void aNoticeFiledInTheCaseIsAnEntryUnderUscissTitleAndOpensNoTaskToObtainItself() {
        FirmCalendar calendar = new FirmCalendar(global("lpodesk.firm.zone"));
        LocalDate day = calendar.today(Clock.systemUTC()).minusDays(3);
        firm.asAdmin(() -> {
            Map<org.alfresco.service.namespace.QName, java.io.Serializable> props = new HashMap<>();
            props.put(ImmModel.PROP_NOTICE_KIND, "RFE");
            props.put(ImmModel.PROP_NOTICE_DATE, CalendarDates.toDate(day));
            props.put(ImmModel.PROP_NOTICE_RECEIPT_NUMBER, receipt);
            return firm.child(filed, ImmModel.TYPE_USCIS_NOTICE, "rfe-" + receipt + ".pdf", props);
        });
        List<StatusRecords.Entry> log = firm.asAdmin(() -> records().entries(filed));
        assertEquals(1, log.size());
        StatusCheck fromNotice = log.get(0).check();
        assertEquals(StatusSource.NOTICE, fromNotice.source());
        assertEquals("Request for Evidence Was Sent", fromNotice.statusText());
        assertEquals(day, calendar.dayOf(fromNotice.uscisModified().orElseThrow()));
        assertTrue("the notice is already in the case: no task to obtain it", noticeTasks().isEmpty());
        assertEquals("RFE_NOID_RECEIVED", firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_USCIS_SUGGESTED_STATUS)));
    }

    @Test
    public void aNoticeWithoutItsOwnReceiptNumberIsLoggedUnderItsCasesReceiptNumber() {
        FirmCalendar calendar = new FirmCalendar(global("lpodesk.firm.zone"));
        firm.asAdmin(() -> firm.child(filed, ImmModel.TYPE_USCIS_NOTICE, "receipt-" + receipt + ".pdf", Map.of(
                ImmModel.PROP_NOTICE_KIND, "RECEIPT",
                ImmModel.PROP_NOTICE_DATE, CalendarDates.toDate(calendar.today(Clock.systemUTC()).minusDays(30)))));
        List<StatusRecords.Entry> log = firm.asAdmin(() -> records().entries(filed));
        assertEquals(1, log.size());
        assertEquals(receipt, log.get(0).check().receiptNumber().value());
        assertEquals("Case Was Received", log.get(0).check().statusText());
        assertNull("a receipt suggests no move", firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_USCIS_SUGGESTED_STATUS)));
    }

    @Test
    public void theScheduledRunAsksEachReceiptNumberOnceADayEvenWhenRunTwice() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer uscis = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        uscis.createContext("/oauth/accesstoken", exchange -> answer(exchange, 200,
                "{\"access_token\":\"it-token\",\"expires_in\":1799}"));
        uscis.createContext("/case-status/", exchange -> {
            asked.incrementAndGet();
            String number = exchange.getRequestURI().getPath().substring("/case-status/".length());
            answer(exchange, 200, "{\"case_status\":{\"receiptNumber\":\"" + number + "\",\"formType\":\"I-485\","
                    + "\"submittedDate\":\"2026-09-05T08:00:00.000Z\",\"modifiedDate\":\"2026-12-01T14:30:00.000Z\","
                    + "\"current_case_status_text_en\":\"Case Was Approved\","
                    + "\"current_case_status_desc_en\":\"We approved your Form I-485.\",\"hist_case_status\":[]}}");
        });
        uscis.start();
        try {
            String base = "http://127.0.0.1:" + uscis.getAddress().getPort();
            UscisApiClient client = new UscisApiClient(base + "/oauth/accesstoken", base, "it-client", "it-secret",
                    Clock.systemUTC());
            ScheduledStatusRun run = new ScheduledStatusRun(
                    getApplicationContext().getBean("lpodesk.receiptNumberRegistry", ReceiptNumberRegistry.class),
                    getApplicationContext().getBean("nodeService", NodeService.class),
                    new DatabaseQuery(getApplicationContext().getBean("searchService", SearchService.class)),
                    getApplicationContext().getBean("transactionService", TransactionService.class),
                    getApplicationContext().getBean("attributeService", AttributeService.class),
                    recorder(), client, 10_000, 10, 50, new FirmCalendar(global("lpodesk.firm.zone")), Clock.systemUTC());
            StatusRun.Report first = firm.asAdmin(() -> run.run(filed::equals).orElseThrow());
            StatusRun.Report second = firm.asAdmin(() -> run.run(filed::equals).orElseThrow());
            assertEquals("first run: the case's receipt number " + first, 1, first.checked());
            assertEquals("second run the same day: already asked " + second, 0, second.planned());
            assertEquals("USCIS was asked once", 1, asked.get());
            List<StatusRecords.Entry> log = firm.asAdmin(() -> records().entries(filed));
            assertEquals(1, log.size());
            assertEquals(StatusSource.API, log.get(0).check().source());
            assertEquals("system", log.get(0).check().checkedBy());
            assertEquals("We approved your Form I-485.", log.get(0).check().statusDescription());
            assertEquals("APPROVED", firm.asAdmin(() -> nodes().getProperty(filed, ImmModel.PROP_USCIS_SUGGESTED_STATUS)));
            assertNull("an approval opens no notice task", noticeTasks().stream().findFirst().orElse(null));
        } finally {
            uscis.stop(0);
        }
    }

    private String global(String key) {
        return getApplicationContext().getBean("global-properties", java.util.Properties.class).getProperty(key);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
