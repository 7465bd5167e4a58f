package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.deadline.DeadlineQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;
import org.lpodesk.dates.CalendarDates;

/**
 * The case deadline as the repository keeps it, whoever changes what: the earliest open notice,
 * moving later when a notice is answered (marked, or by a filed response), and following a notice
 * deleted, restored, moved or re-kinded. Dates are calendar dates whatever zone wrote them, and the
 * deadline list comes from the database (these tests pass with the noindex search subsystem).
 */
@RunWith(AlfrescoTestRunner.class)
public class CaseDeadlineIT extends AbstractAlfrescoIT {

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
    public void theCaseDeadlineIsTheEarliestOpenNoticeAndMovesWhenOneIsAnswered() {
        // RFE dated 2026-10-01, mailed: +87 = Sunday 2026-12-27 -> Monday 2026-12-28
        NodeRef rfe = notice(firm.caseFolder, "rfe", "RFE", LocalDate.of(2026, 10, 1), "MAIL");
        assertEquals(LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));
        // NOID dated 2026-11-02, mailed: +33 = Saturday 2026-12-05 -> Monday 2026-12-07
        NodeRef noid = notice(firm.caseFolder, "noid", "NOID", LocalDate.of(2026, 11, 2), "MAIL");
        assertEquals(LocalDate.of(2026, 12, 7), caseDeadline(firm.caseFolder));
        String rule = (String) firm.asAdmin(() -> nodes().getProperty(firm.caseFolder, ImmModel.PROP_CASE_DEADLINE_RULE));
        assertTrue(rule, rule.startsWith("Notice of Intent to Deny dated 2026-11-02 (the earliest of 2 open obligations,"
                + " none answered): Due 2026-12-07: 30 days after the Notice of Intent to Deny dated 2026-11-02, plus"
                + " 3 days for service by mail; Saturday 2026-12-05 rolls to Monday 2026-12-07 under 8 CFR 1.2."));

        // a user marks the NOID answered: the case deadline moves later, to the RFE
        firm.as(firm.paralegal, () -> {
            nodes().setProperty(noid, ImmModel.PROP_NOTICE_ANSWERED, true);
            return null;
        });
        assertEquals(LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));

        // a response linked to the RFE answers it only once it is filed
        NodeRef response = firm.as(firm.paralegal, () -> {
            NodeRef r = firm.child(firm.caseFolder, ImmModel.TYPE_RFE_RESPONSE, "response-" + firm.suffix + ".pdf",
                    Map.of());
            nodes().createAssociation(r, rfe, ImmModel.ASSOC_RESPONDS_TO);
            return r;
        });
        assertEquals("a draft response answers nothing", LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));
        fileResponse(response);
        assertNull("nothing open: no case deadline", caseDeadline(firm.caseFolder));

        // the filed response deleted: the RFE is open again
        firm.as(firm.paralegal, () -> {
            nodes().deleteNode(response);
            return null;
        });
        assertEquals(LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));
    }

    @Test
    public void aDeletedRestoredMovedOrReKindedNoticeTakesTheCaseDeadlineWithIt() {
        notice(firm.caseFolder, "rfe", "RFE", LocalDate.of(2026, 10, 1), "MAIL");
        NodeRef noid = notice(firm.caseFolder, "noid", "NOID", LocalDate.of(2026, 11, 2), "MAIL");
        assertEquals(LocalDate.of(2026, 12, 7), caseDeadline(firm.caseFolder));

        firm.as(firm.paralegal, () -> {
            nodes().deleteNode(noid);
            return null;
        });
        assertEquals("deleted: the next open notice", LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, noid.getId());
        firm.asAdmin(() -> nodes().restoreNode(archived, null, null, null));
        assertEquals("restored: it leads again", LocalDate.of(2026, 12, 7), caseDeadline(firm.caseFolder));

        NodeRef otherCase = firm.as(firm.paralegal, () -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE,
                "Other " + firm.suffix, caseProperties()));
        assertNull(caseDeadline(otherCase));
        firm.as(firm.paralegal, () -> getServiceRegistry().getFileFolderService().move(noid, otherCase, null));
        assertEquals("moved out", LocalDate.of(2026, 12, 28), caseDeadline(firm.caseFolder));
        assertEquals("moved in", LocalDate.of(2026, 12, 7), caseDeadline(otherCase));

        // an RFE re-kinded as a receipt notice starts no period: its deadline and the roll-up follow
        firm.as(firm.paralegal, () -> {
            nodes().setProperty(noid, ImmModel.PROP_NOTICE_KIND, "RECEIPT");
            return null;
        });
        assertNull(firm.asAdmin(() -> nodes().getProperty(noid, ImmModel.PROP_RESPONSE_DEADLINE)));
        assertNull(caseDeadline(otherCase));
    }

    @Test
    public void aDateIsTheDayItsWriterMeantWhateverTheirZone() {
        // Share's form processor parses "2026-11-02" in this JVM's zone; REST and CMIS clients send their own midnight
        java.util.Set<ZoneId> writers = new java.util.LinkedHashSet<>(List.of(ZoneId.systemDefault(), ZoneId.of("UTC"),
                ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), firmZone));
        for (ZoneId zone : writers) {
            NodeRef n = firm.as(firm.paralegal, () -> {
                Map<QName, Serializable> props = noticeProperties("NOID", LocalDate.of(2026, 11, 2), "MAIL");
                props.put(ImmModel.PROP_NOTICE_DATE, Date.from(LocalDate.of(2026, 11, 2).atStartOfDay(zone).toInstant()));
                return firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE, "noid-" + zone.getId().replace('/', '-')
                        + "-" + firm.suffix + ".pdf", props);
            });
            assertEquals(zone.getId(), Instant.parse("2026-11-02T00:00:00Z"),
                    ((Date) firm.asAdmin(() -> nodes().getProperty(n, ImmModel.PROP_NOTICE_DATE))).toInstant());
            assertEquals(zone.getId(), Instant.parse("2026-12-07T00:00:00Z"),
                    ((Date) firm.asAdmin(() -> nodes().getProperty(n, ImmModel.PROP_RESPONSE_DEADLINE))).toInstant());
        }
        // a script's "now" is no zone's midnight: the firm's date at that moment
        Instant now = Instant.parse("2026-11-03T02:07:13.500Z");
        NodeRef scripted = firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = noticeProperties("NOID", LocalDate.of(2026, 11, 2), "MAIL");
            props.put(ImmModel.PROP_NOTICE_DATE, Date.from(now));
            return firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE, "noid-now-" + firm.suffix + ".pdf", props);
        });
        assertEquals(Instant.parse(now.atZone(firmZone).toLocalDate() + "T00:00:00Z"),
                ((Date) firm.asAdmin(() -> nodes().getProperty(scripted, ImmModel.PROP_NOTICE_DATE))).toInstant());
    }

    @Test
    public void impossibleDatesAreRefusedAndNothingIsStored() {
        LocalDate tomorrow = LocalDate.now(firmZone).plusDays(1);
        expectRefusal("a notice dated after today", "is after today",
                () -> notice(firm.caseFolder, "future", "RFE", tomorrow, "MAIL"));
        expectRefusal("a stated due date before the notice", "before the notice date", () -> firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = noticeProperties("RFE", LocalDate.of(2026, 11, 2), "MAIL");
            props.put(ImmModel.PROP_STATED_DUE_DATE, CalendarDates.toDate(LocalDate.of(2026, 11, 1)));
            return firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE, "stated-" + firm.suffix + ".pdf", props);
        }));
        assertFalse("no notice of a refused transaction is kept", firm.asAdmin(() -> nodes()
                .getChildAssocs(firm.caseFolder).stream()
                .anyMatch(a -> ImmModel.TYPE_USCIS_NOTICE.equals(nodes().getType(a.getChildRef())))));
        assertNull(caseDeadline(firm.caseFolder));
    }

    @Test
    public void theDeadlineListIsADatabaseQueryBoundedOrderedAndPaged() {
        LocalDate today = LocalDate.now(firmZone);
        List<NodeRef> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            NodeRef kase = firm.as(firm.paralegal, () -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE,
                    "Listed " + n + " " + firm.suffix, caseProperties()));
            // NOIDs served electronically a week apart: deadlines about 3 weeks out and later
            notice(kase, "noid-" + n, "NOID", today.minusDays(10 - 3L * n), "ELECTRONIC");
            cases.add(kase);
        }
        NodeRef closed = firm.as(firm.paralegal, () -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE,
                "Closed " + firm.suffix, caseProperties()));
        notice(closed, "noid-closed", "NOID", today.minusDays(10), "ELECTRONIC");
        firm.asAdmin(() -> {
            nodes().setProperty(closed, ImmModel.PROP_CASE_STATUS, "WITHDRAWN");
            nodes().setProperty(closed, ImmModel.PROP_CASE_STATUS, "CLOSED");
            return null;
        });

        UpcomingDeadlines upcoming = new UpcomingDeadlines(30, 365, 30, 200);
        UpcomingDeadlines.Window all = upcoming.window(RequestArguments.of(Map.of("days", "60", "max", "200")), today);
        List<NodeRef> listed = firm.as(firm.attorney, () -> query(all));
        assertTrue("every open case is listed as soon as committed", listed.containsAll(cases));
        assertFalse("a closed case is not", listed.contains(closed));
        List<LocalDate> dates = firm.asAdmin(() -> listed.stream().map(this::caseDeadline).toList());
        assertEquals("ordered by date in the query", dates.stream().sorted().toList(), dates);

        // a page of one says more follow: the query returns the page plus one row
        List<NodeRef> page = firm.as(firm.attorney, () -> query(upcoming.window(RequestArguments.of(Map.of(
                "days", "60", "max", "1")), today)));
        assertEquals(2, page.size());
        List<NodeRef> narrow = firm.as(firm.attorney, () -> query(upcoming.window(RequestArguments.of(Map.of(
                "days", "1", "overdueDays", "0")), today)));
        assertFalse("outside the window", narrow.contains(cases.get(2)));
    }

    /** The web script's own query, as the attorney: public search service, database only. */
    private List<NodeRef> query(UpcomingDeadlines.Window window) {
        return new DeadlineQuery(getServiceRegistry().getSearchService()).casesIn(window);
    }

    private void fileResponse(NodeRef response) {
        firm.as(firm.attorney, () -> {
            // only an approved version is filed: the attorney review workflow's record, written directly here
            NodeService internal = getApplicationContext().getBean("nodeService", NodeService.class);
            getServiceRegistry().getVersionService().ensureVersioningEnabled(response, null);
            Map<QName, Serializable> approval = new HashMap<>();
            approval.put(ImmModel.PROP_APPROVER, firm.attorney);
            approval.put(ImmModel.PROP_APPROVED_ON, new Date());
            approval.put(ImmModel.PROP_APPROVAL_OUTCOME, "APPROVED");
            approval.put(ImmModel.PROP_APPROVED_VERSION_LABEL, internal.getProperty(response, ContentModel.PROP_VERSION_LABEL));
            internal.addAspect(response, ImmModel.ASPECT_ATTORNEY_APPROVAL, approval);
            Map<QName, Serializable> filing = new HashMap<>();
            filing.put(ImmModel.PROP_FILED_ON, CalendarDates.toDate(LocalDate.now(firmZone)));
            filing.put(ImmModel.PROP_FILED_BY, firm.attorney);
            getApplicationContext().getBean("nodeService", NodeService.class).addAspect(response, ImmModel.ASPECT_FILING,
                    filing);
            return null;
        });
    }

    private NodeRef notice(NodeRef folder, String name, String kind, LocalDate date, String service) {
        return firm.as(firm.paralegal, () -> firm.child(folder, ImmModel.TYPE_USCIS_NOTICE,
                name + "-" + firm.suffix + ".pdf", noticeProperties(kind, date, service)));
    }

    private Map<QName, Serializable> noticeProperties(String kind, LocalDate date, String service) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_NOTICE_KIND, kind);
        props.put(ImmModel.PROP_NOTICE_DATE, CalendarDates.toDate(date));
        props.put(ImmModel.PROP_SERVICE_METHOD, service);
        return props;
    }

    private Map<QName, Serializable> caseProperties() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_CASE_TYPE, "I485");
        props.put(ImmModel.PROP_CASE_STATUS, "INTAKE");
        props.put(ImmModel.PROP_BENEFICIARY_NAME, "Beneficiary " + firm.suffix);
        props.put(ImmModel.PROP_RESPONSIBLE_ATTORNEY, firm.attorney);
        return props;
    }

    private LocalDate caseDeadline(NodeRef caseNode) {
        Serializable value = firm.asAdmin(() -> nodes().getProperty(caseNode, ImmModel.PROP_CASE_DEADLINE));
        return value == null ? null : CalendarDates.dayOf((Date) value);
    }

    private void expectRefusal(String what, String messagePart, Runnable attempt) {
        try {
            attempt.run();
            fail(what + " was accepted");
        } catch (RuntimeException refused) {
            StringBuilder all = new StringBuilder();
            for (Throwable c = refused; c != null; c = c.getCause()) {
                all.append(c.getMessage()).append('\n');
            }
            assertTrue(what + ": " + all, all.toString().contains(messagePart));
        }
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
