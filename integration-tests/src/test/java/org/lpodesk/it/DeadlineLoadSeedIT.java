package org.lpodesk.it;

import static org.junit.Assume.assumeTrue;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.CalendarDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the deadline load of README's "Dates and deadlines" benchmark through the Java API, with
 * LPO Desk's behaviours on (every notice gets its deadline, every case its roll-up): {@code
 * lpodesk.load.cases} cases (default 10,000) with {@code lpodesk.load.notices} notices each
 * (default 5) in a folder of Company Home, of which {@code lpodesk.load.readable} (default 1,000)
 * sit where the attorney {@code lpodesk.load.attorney} (created with {@code
 * lpodesk.load.password}) may read them and the rest where he may not. Runs only when {@code
 * lpodesk.load.cases} is set; the latencies are then measured over HTTP by the kit's
 * {@code DeadlineQueryBenchmark}. Nothing is removed: the data is the benchmark's.
 */
@RunWith(AlfrescoTestRunner.class)
public class DeadlineLoadSeedIT extends AbstractAlfrescoIT {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineLoadSeedIT.class);
    private static final String[] KINDS = {"RECEIPT", "RFE", "NOID", "BIOMETRICS", "RFE"};
    private static final int CASES_PER_TRANSACTION = 25;

    @Test
    public void seedsCasesAndNotices() {
        String requested = System.getProperty("lpodesk.load.cases");
        assumeTrue("set -Dlpodesk.load.cases to seed the deadline benchmark", requested != null);
        int cases = Integer.parseInt(requested);
        int notices = Integer.getInteger("lpodesk.load.notices", 5);
        int readable = Integer.getInteger("lpodesk.load.readable", 1000);
        String attorney = System.getProperty("lpodesk.load.attorney", "load.attorney");
        String password = System.getProperty("lpodesk.load.password");
        assumeTrue("set -Dlpodesk.load.password for the benchmark's attorney", password != null);

        ServiceRegistry services = getServiceRegistry();
        NodeService nodes = services.getNodeService();
        Properties global = getApplicationContext().getBean("global-properties", Properties.class);
        LocalDate today = LocalDate.now(ZoneId.of(global.getProperty("lpodesk.firm.zone")));
        long started = System.nanoTime();

        NodeRef[] parents = AuthenticationUtil.runAsSystem(() -> services.getTransactionService()
                .getRetryingTransactionHelper().doInTransaction(() -> {
                    if (!services.getPersonService().personExists(attorney)) {
                        Map<QName, Serializable> person = new HashMap<>();
                        person.put(ContentModel.PROP_USERNAME, attorney);
                        person.put(ContentModel.PROP_FIRSTNAME, "Load");
                        person.put(ContentModel.PROP_LASTNAME, "Attorney");
                        person.put(ContentModel.PROP_EMAIL, attorney + "@example.com");
                        services.getPersonService().createPerson(person);
                        services.getAuthenticationService().createAuthentication(attorney, password.toCharArray());
                        services.getAuthorityService().addAuthority("GROUP_IMM_ATTORNEYS", attorney);
                    }
                    NodeRef home = services.getNodeLocatorService().getNode("companyhome", null, null);
                    NodeRef load = folder(nodes, home, "lpodesk-load-" + System.currentTimeMillis());
                    NodeRef open = folder(nodes, load, "readable");
                    NodeRef closed = folder(nodes, load, "restricted");
                    services.getPermissionService().setInheritParentPermissions(open, false);
                    services.getPermissionService().setInheritParentPermissions(closed, false);
                    services.getPermissionService().setPermission(open, attorney, PermissionService.CONSUMER, true);
                    return new NodeRef[] {open, closed};
                }, false, true));

        for (int first = 0; first < cases; first += CASES_PER_TRANSACTION) {
            int from = first;
            AuthenticationUtil.runAsSystem(() -> services.getTransactionService().getRetryingTransactionHelper()
                    .doInTransaction(() -> {
                        for (int i = from; i < Math.min(cases, from + CASES_PER_TRANSACTION); i++) {
                            seedCase(nodes, i < readable ? parents[0] : parents[1], i, notices, today);
                        }
                        return null;
                    }, false, true));
            if ((first / CASES_PER_TRANSACTION) % 40 == 0) {
                LOG.info("seeded {} of {} cases in {} s", first, cases, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        LOG.info("LPO Desk deadline load: {} cases, {} notices ({} readable by {}) seeded in {} s", cases,
                (long) cases * notices, readable, attorney, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void seedCase(NodeService nodes, NodeRef parent, int i, int notices, LocalDate today) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_CASE_TYPE, i % 3 == 0 ? "EB1A" : i % 3 == 1 ? "I485" : "H1B_EXTENSION");
        props.put(ImmModel.PROP_CASE_STATUS, i % 10 == 9 ? "CLOSED" : "INTAKE");
        props.put(ImmModel.PROP_BENEFICIARY_NAME, "Load beneficiary " + i);
        NodeRef kase = create(nodes, parent, ImmModel.TYPE_CASE, "Load case " + i, props);
        for (int n = 0; n < notices; n++) {
            Map<QName, Serializable> notice = new HashMap<>();
            notice.put(ImmModel.PROP_NOTICE_KIND, KINDS[n % KINDS.length]);
            // spread over the last two years; what is older than four months was answered, as in a working firm,
            // so each case's deadline is its open notice of the last months, overdue, due soon or later
            long age = (i * 7L + n * 97L) % 730;
            notice.put(ImmModel.PROP_NOTICE_DATE, CalendarDates.toDate(today.minusDays(age)));
            notice.put(ImmModel.PROP_SERVICE_METHOD, n % 2 == 0 ? "MAIL" : "ELECTRONIC");
            notice.put(ImmModel.PROP_NOTICE_ANSWERED, age > 120);
            create(nodes, kase, ImmModel.TYPE_USCIS_NOTICE, "notice-" + n + ".pdf", notice);
        }
    }

    private static NodeRef folder(NodeService nodes, NodeRef parent, String name) {
        return create(nodes, parent, ContentModel.TYPE_FOLDER, name, new HashMap<>());
    }

    private static NodeRef create(NodeService nodes, NodeRef parent, QName type, String name,
                                  Map<QName, Serializable> props) {
        props.put(ContentModel.PROP_NAME, name);
        return nodes.createNode(parent, ContentModel.ASSOC_CONTAINS, QName.createQName(
                NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)), type, props).getChildRef();
    }
}
