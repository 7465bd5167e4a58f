package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.dates.CalendarDates;

/**
 * Case numbers and USCIS notices as the repository keeps them: every case folder gets its own
 * number even when two are created at the same moment, a notice gets its response deadline from
 * its kind, date and service method, and a receipt number identifies one case only.
 */
@RunWith(AlfrescoTestRunner.class)
public class NoticeAndCaseNumberIT extends AbstractAlfrescoIT {

    private static final String RECEIPT_PREFIX = "IOE";

    private FirmFixture firm;
    private ZoneId firmZone;

    @Before
    public void createFirm() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        Properties global = getApplicationContext().getBean("global-properties", Properties.class);
        firmZone = ZoneId.of(global.getProperty("lpodesk.firm.zone"));
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    @Test
    public void twoCasesCreatedAtTheSameMomentGetDifferentNumbers() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<NodeRef>> created = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "H-1B " + firm.suffix + " " + i;
                AtomicBoolean firstAttempt = new AtomicBoolean(true);
                created.add(pool.submit(() -> firm.as(firm.paralegal, () -> {
                    // both transactions are open before either creates its case; a retry after a
                    // write conflict runs alone
                    if (firstAttempt.getAndSet(false)) {
                        together.await(30, TimeUnit.SECONDS);
                    }
                    return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, name, caseProperties("H1B_EXTENSION"));
                })));
            }
            String first = caseNumber(created.get(0).get(120, TimeUnit.SECONDS));
            String second = caseNumber(created.get(1).get(120, TimeUnit.SECONDS));
            assertNotEquals("two concurrent cases share case number " + first, first, second);
            for (String number : List.of(first, second)) {
                CaseNumber parsed = CaseNumber.parse(number);
                assertEquals(number, parsed.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void noidDeadlineFollowsNoticeDateAndServiceMethod() {
        NodeRef electronic = firm.as(firm.paralegal, () -> firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE,
                "noid-electronic-" + firm.suffix + ".pdf", notice("NOID", LocalDate.of(2026, 3, 2), "ELECTRONIC")));
        // 30 days after Monday 2 March 2026
        assertEquals(LocalDate.of(2026, 4, 1), deadline(electronic));

        NodeRef mailed = firm.as(firm.paralegal, () -> firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE,
                "noid-mailed-" + firm.suffix + ".pdf", notice("NOID", LocalDate.of(2026, 3, 4), "MAIL")));
        // 30 days plus 3 for mailing after Wednesday 4 March 2026
        assertEquals(LocalDate.of(2026, 4, 6), deadline(mailed));

        firm.as(firm.paralegal, () -> {
            nodes().setProperty(electronic, ImmModel.PROP_NOTICE_DATE, date(LocalDate.of(2026, 3, 3)));
            return null;
        });
        assertEquals("a corrected notice date moves the deadline", LocalDate.of(2026, 4, 2), deadline(electronic));
        // written as the firm's midnight, stored as the calendar date's midnight UTC
        assertEquals(java.time.Instant.parse("2026-03-03T00:00:00Z"), ((Date) firm.asAdmin(() -> nodes()
                .getProperty(electronic, ImmModel.PROP_NOTICE_DATE))).toInstant());
    }

    @Test
    public void aReceiptNumberBelongsToOneCaseOnly() {
        String receipt = RECEIPT_PREFIX + String.format("%010d", Math.abs(firm.suffix.hashCode()) % 1_000_000_000L);
        NodeRef first = firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = caseProperties("EB1A");
            props.put(ImmModel.PROP_RECEIPT_NUMBER, receipt);
            return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "EB-1A first " + firm.suffix, props);
        });
        String secondName = "EB-1A second " + firm.suffix;
        try {
            firm.as(firm.paralegal, () -> {
                Map<QName, Serializable> props = caseProperties("EB1A");
                props.put(ImmModel.PROP_RECEIPT_NUMBER, receipt);
                return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, secondName, props);
            });
            fail("a second case was given receipt number " + receipt);
        } catch (RuntimeException refused) {
            assertTrue("the refusal names the receipt number: " + refused, messages(refused).contains(receipt));
        }
        assertNull(firm.asAdmin(() -> nodes().getChildByName(firm.clientFolder, ContentModel.ASSOC_CONTAINS, secondName)));
        assertEquals(receipt, firm.asAdmin(() -> nodes().getProperty(first, ImmModel.PROP_RECEIPT_NUMBER)));

        try {
            firm.as(firm.paralegal, () -> {
                Map<QName, Serializable> props = notice("RFE", LocalDate.of(2026, 5, 4), "ELECTRONIC");
                props.put(ImmModel.PROP_NOTICE_RECEIPT_NUMBER, receipt);
                return firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE, "rfe-" + firm.suffix + ".pdf", props);
            });
            fail("a notice in another case was filed under receipt number " + receipt);
        } catch (RuntimeException refused) {
            assertTrue("the refusal names the receipt number: " + refused, messages(refused).contains(receipt));
        }
        assertFalse(firm.asAdmin(() -> nodes().getChildAssocs(firm.caseFolder).stream()
                .anyMatch(a -> ImmModel.TYPE_USCIS_NOTICE.equals(nodes().getType(a.getChildRef()))
                        && receipt.equals(nodes().getProperty(a.getChildRef(), ImmModel.PROP_NOTICE_RECEIPT_NUMBER)))));
    }

    @Test
    public void aDeletedCaseFreesItsNumbersAndGetsThemBackOnlyIfStillFreeWhenRestored() {
        String receipt = RECEIPT_PREFIX + String.format("%010d", Math.abs((firm.suffix + "restore").hashCode())
                % 1_000_000_000L);
        NodeRef deleted = firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = caseProperties("I485");
            props.put(ImmModel.PROP_RECEIPT_NUMBER, receipt);
            return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "I-485 deleted " + firm.suffix, props);
        });
        String number = caseNumber(deleted);
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, deleted.getId());
        firm.asAdmin(() -> {
            nodes().deleteNode(deleted);
            return null;
        });

        // in the trashcan it holds nothing: an import may give both numbers to a new case
        NodeRef successor = firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = caseProperties("I485");
            props.put(ImmModel.PROP_CASE_NUMBER, number);
            props.put(ImmModel.PROP_RECEIPT_NUMBER, receipt);
            return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "I-485 successor " + firm.suffix, props);
        });
        assertEquals(number, caseNumber(successor));
        // so restoring the deleted case would duplicate them: refused, it stays in the trashcan
        try {
            firm.asAdmin(() -> nodes().restoreNode(archived, null, null, null));
            fail("case " + number + " was restored while case " + successor + " holds its numbers");
        } catch (RuntimeException refused) {
            assertTrue("the refusal names the number: " + messages(refused),
                    messages(refused).contains(number) || messages(refused).contains(receipt));
        }
        assertTrue(firm.asAdmin(() -> nodes().exists(archived)));

        // once the successor is gone the restore gives the numbers back to the restored case
        firm.asAdmin(() -> {
            nodes().deleteNode(successor);
            return nodes().restoreNode(archived, null, null, null);
        });
        try {
            firm.as(firm.paralegal, () -> {
                Map<QName, Serializable> props = caseProperties("I485");
                props.put(ImmModel.PROP_RECEIPT_NUMBER, receipt);
                return firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "I-485 third " + firm.suffix, props);
            });
            fail("receipt number " + receipt + " was given away while restored case " + number + " holds it");
        } catch (RuntimeException refused) {
            assertTrue("the refusal names the restored case: " + messages(refused),
                    messages(refused).contains("already belongs to case " + number));
        }
    }

    private Map<QName, Serializable> caseProperties(String caseType) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_CASE_TYPE, caseType);
        props.put(ImmModel.PROP_CASE_STATUS, "INTAKE");
        props.put(ImmModel.PROP_BENEFICIARY_NAME, "Beneficiary " + firm.suffix);
        props.put(ImmModel.PROP_RESPONSIBLE_ATTORNEY, firm.attorney);
        return props;
    }

    private Map<QName, Serializable> notice(String kind, LocalDate noticeDate, String serviceMethod) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_NOTICE_KIND, kind);
        props.put(ImmModel.PROP_NOTICE_DATE, date(noticeDate));
        props.put(ImmModel.PROP_SERVICE_METHOD, serviceMethod);
        return props;
    }

    private String caseNumber(NodeRef caseNode) {
        Serializable number = firm.asAdmin(() -> nodes().getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        assertNotNull("case " + caseNode + " has no case number", number);
        return number.toString();
    }

    private LocalDate deadline(NodeRef notice) {
        Serializable value = firm.asAdmin(() -> nodes().getProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE));
        assertNotNull("notice " + notice + " has no response deadline", value);
        return CalendarDates.dayOf((Date) value);
    }

    /** Midnight in the firm's zone, as a Share user's browser in the firm's office would send it. */
    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(firmZone).toInstant());
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static void assertNull(Object value) {
        org.junit.Assert.assertNull("nothing of the refused case was kept", value);
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
