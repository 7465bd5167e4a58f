package org.lpodesk.cmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.inmemory.ConfigConstants;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.DocumentVersion;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.VersionedDocument;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.types.CmisTypeCatalog;
import org.lpodesk.cmis.types.TypeDefinitionsXml;

/**
 * Apache Chemistry's InMemory CMIS server, loaded with the types generated from the imm model,
 * behind the browser binding servlet in Jetty on 127.0.0.1 (random port), at Alfresco's path,
 * with LPO Desk's deadline behaviours stood in by core's classes ({@link LpoDeskModuleStandIn}).
 */
public final class InMemoryCmisEndpoint implements CmisTestEndpoint {

    public static final String REPOSITORY_ID = "-default-";
    public static final String BINDING_PATH = "/alfresco/api/-default-/public/cmis/versions/1.1/browser";

    private static final String APPROVAL_ASPECT = "P:imm:attorneyApproval";

    private final Server server;
    private final InMemoryServiceFactoryImpl factory;
    private final Path workDir;
    private final CmisConnection connection;

    public InMemoryCmisEndpoint(CmisTypeCatalog catalog) {
        try {
            workDir = Files.createTempDirectory("lpodesk-cmis-");
            Path types = workDir.resolve("types.xml");
            new TypeDefinitionsXml().write(catalog, types);
            factory = new LpoDeskServiceFactory(REPOSITORY_ID);
            Map<String, String> params = new HashMap<>();
            params.put(ConfigConstants.REPOSITORY_ID, REPOSITORY_ID);
            params.put(ConfigConstants.TYPE_XML, types.toString());
            params.put(ConfigConstants.TEMP_DIR, workDir.toString());
            factory.init(params);

            server = new Server(new InetSocketAddress("127.0.0.1", 0));
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath("/alfresco");
            context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
            ServletHolder browser = new ServletHolder(new CmisBrowserBindingServlet());
            browser.setInitParameter("cmisVersion", "1.1");
            browser.setInitParameter("callContextHandler",
                    "org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler");
            context.addServlet(browser, "/api/-default-/public/cmis/versions/1.1/browser/*");
            // LPO Desk's web script for a person's USCIS status record, stood in (the kit's status record)
            context.addServlet(new ServletHolder(new UscisStatusStandIn(
                    () -> org.lpodesk.cmis.client.ImmigrationCmisClient.connect(connection()),
                    () -> factory.getStoreManger().getObjectStore(REPOSITORY_ID), java.time.Clock.systemUTC())),
                    "/s/lpodesk/cases/uscis-status");
            // LPO Desk's report and scorecard web scripts, stood in with core's reports (the kit's report vendor)
            context.addServlet(new ServletHolder(new ReportStandIn()), "/s/lpodesk/reports/*");
            // LPO Desk's correspondence web script, stood in with core's grouping (the kit's mail list and show)
            context.addServlet(new ServletHolder(new CorrespondenceStandIn()), "/s/lpodesk/cases/*");
            server.setHandler(context);
            server.start();
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            connection = new CmisConnection("http://127.0.0.1:" + port + BINDING_PATH, "admin",
                    "admin".toCharArray(), REPOSITORY_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-memory CMIS server", e);
        }
    }

    @Override
    public CmisConnection connection() {
        return connection;
    }

    @Override
    public String root() {
        return "/";
    }

    @Override
    public ServerKind kind() {
        return ServerKind.OPENCMIS_INMEMORY;
    }

    @Override
    public void recordRecruitmentStep(String caseId, String kind, java.time.LocalDate start, java.time.LocalDate end,
                                      String where) {
        // the repository keeps steps under their case; here they are items filed in the case folder (the
        // module stand-in writes the case number on each, as the module does)
        org.apache.chemistry.opencmis.client.api.Session session = org.lpodesk.cmis.client.ImmigrationCmisClient.connect(connection()).session();
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "I:imm:recruitmentStep");
        props.put(PropertyIds.NAME, kind.toLowerCase() + "-" + start + "-" + java.util.UUID.randomUUID());
        props.put("imm:stepKind", kind);
        props.put("imm:stepStart", calendar(start));
        props.put("imm:stepEnd", calendar(end));
        props.put("imm:stepWhere", where);
        session.createItem(props, session.createObjectId(caseId));
    }

    private static java.util.GregorianCalendar calendar(java.time.LocalDate day) {
        java.util.GregorianCalendar c = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(org.lpodesk.dates.CalendarDates.instantOf(day).toEpochMilli());
        return c;
    }

    @Override
    public String recordReview(String objectId, String outcome) {
        String approver = "attorney1";
        ObjectStore store = factory.getStoreManger().getObjectStore(REPOSITORY_ID);
        StoredObject found = store.getObjectById(objectId);
        // the server reports the series' aspects and the version's properties: set both
        StoredObject so = found instanceof VersionedDocument versioned ? versioned.getLatestVersion(false) : found;
        List<String> secondary = new ArrayList<>(so.getSecondaryTypeIds());
        if (!secondary.contains(APPROVAL_ASPECT)) {
            secondary.add(APPROVAL_ASPECT);
        }
        Map<String, PropertyData<?>> system = new HashMap<>();
        system.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary));
        so.updateSystemBasePropertiesWhenModified(new HashMap<>(system), approver);
        if (so instanceof DocumentVersion version) {
            version.getParentDocument().updateSystemBasePropertiesWhenModified(new HashMap<>(system), approver);
        }
        Map<String, PropertyData<?>> props = new HashMap<>(so.getProperties());
        props.putAll(system);
        props.put("imm:approver", new PropertyStringImpl("imm:approver", approver));
        props.put("imm:approvalOutcome", new PropertyStringImpl("imm:approvalOutcome", outcome));
        props.put("imm:approvedOn", new PropertyDateTimeImpl("imm:approvedOn", new GregorianCalendar()));
        String label = so instanceof DocumentVersion v ? v.getVersionLabel() : "1.0";
        props.put("imm:approvedVersionLabel", new PropertyStringImpl("imm:approvedVersionLabel", label));
        so.setCustomProperties(props);
        return approver;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            factory.destroy();
        }
    }
}
