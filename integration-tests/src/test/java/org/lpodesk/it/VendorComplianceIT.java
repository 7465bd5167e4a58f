package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.lpodesk.review.workflow.WorkflowModel.ACCEPT;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFTING_ASSOCIATE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_INTAKE_OUTCOME;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.sharing.CaseDocuments;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.VendorVetting;
import org.lpodesk.outsourcing.workflow.CaseDeadlineDueDateCheck;
import org.lpodesk.outsourcing.workflow.CasePort;
import org.lpodesk.outsourcing.workflow.EngagementPort;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;
import org.lpodesk.outsourcing.workflow.RequestCheck;
import org.lpodesk.outsourcing.workflow.SharingCompliance;
import org.lpodesk.sharing.BulkCountPort;
import org.lpodesk.sharing.BulkThresholds;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.SharingPolicy;

/**
 * The DOJ bulk-data rule's sharing refusals (28 CFR 202) in the repository, on real users: a vendor
 * without its attestations receives nothing, an expired one is named and its renewal lets the
 * share through, a vendor attesting covered-person status receives no restricted data, every
 * refusal is audited although its transaction rolls back, and the persons whose identity
 * documents were shared are counted once each in the repository's database, against a limit
 * that refuses one person more.
 */
@RunWith(AlfrescoTestRunner.class)
public class VendorComplianceIT extends AbstractAlfrescoIT {

    private static final Map<String, ?> RFE_ENGAGEMENT = Map.of("currency", "USD", "businessDayEnd", "18:00",
            "terms", List.of(Map.of("kind", "RFE_RESPONSE", "turnaroundBusinessDays", 5, "billing", "FLAT_FEE",
                    "fee", "400.00", "clientCharge", "FEE")));

    /** Identity documents are restricted PII from creation: a share names why. */
    private static final String IDENTITY = "the RFE asks for proof of identity";

    private FirmFixture firm;
    private NodeRef letter;
    private long startedAt;

    @Before
    public void openCaseWithConsent() {
        startedAt = System.currentTimeMillis();
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        firm.engageWithoutAttestations(RFE_ENGAGEMENT);
        letter = document(firm.caseFolder, ImmModel.TYPE_DOCUMENT, "support-letter-" + firm.suffix + ".txt", null);
        firm.consent(firm.caseFolder, "DOCUMENTS_AND_RESTRICTED_PII");
    }

    @After
    public void removeFirmAndVendor() {
        firm.remove();
    }

    @Test
    public void aVendorWithoutAttestationsReceivesNothingAndTheRefusalIsAudited() {
        String refusal = refused(List.of(letter));
        assertTrue(refusal, refusal.contains("ownership attestation") && refusal.contains("staff-residence attestation")
                && refusal.contains("security attestation"));
        assertEquals("nothing reached the vendor's site", 0, vendorSiteChildren());
        assertTrue("the refusal is audited although its transaction rolled back",
                auditedDetails("sharingRefused").stream().anyMatch(d -> d.contains("ATTESTATION_MISSING")));
    }

    @Test
    public void anExpiredAttestationIsNamedAndItsRenewalLetsTheShareThrough() {
        LocalDate today = LocalDate.now();
        firm.attest(Attestation.clean(AttestationKind.OWNERSHIP, today.minusMonths(1), "IT officer", "own-1"));
        firm.attest(Attestation.clean(AttestationKind.STAFF_RESIDENCE, today.minusMonths(1), "IT officer", "res-1"));
        firm.attest(Attestation.clean(AttestationKind.SECURITY, today.minusMonths(14), "IT officer", "sec-1"));
        String refusal = refused(List.of(letter));
        assertTrue(refusal, refusal.contains("security attestation") && refusal.contains("must be renewed"));

        firm.attest(Attestation.clean(AttestationKind.SECURITY, today.minusDays(1), "IT officer", "sec-2"));
        assertNotNull(request(List.of(letter), null));
    }

    @Test
    public void aVendorAttestingCoveredPersonStatusReceivesNoRestrictedDataButOtherDocumentsStillGo() {
        LocalDate signed = LocalDate.now().minusDays(10);
        // a clean statement and, recorded after it, a covered-person one of the same day: the later one counts
        firm.attest(Attestation.clean(AttestationKind.OWNERSHIP, signed, "IT officer", "own-1"));
        firm.attest(new Attestation(AttestationKind.OWNERSHIP, signed, "IT officer", "own-2", null, true,
                "60% held by a company organised in a country of concern"));
        firm.attest(Attestation.clean(AttestationKind.STAFF_RESIDENCE, signed, "IT officer", "res-2"));
        firm.attest(Attestation.clean(AttestationKind.SECURITY, signed, "IT officer", "sec-3"));
        NodeRef passport = document(firm.caseFolder, ImmModel.TYPE_IDENTITY_DOCUMENT,
                "passport-" + firm.suffix + ".txt", "RESTRICTED_PII");
        String refusal = refused(List.of(letter, passport));
        assertTrue(refusal, refusal.contains("covered person") && refusal.contains("consent or not"));
        assertNotNull("a document without restricted data still goes", request(List.of(letter), null));
    }

    @Test
    public void personsSharedAreCountedOnceInTheRepositoryDatabaseAndOneMoreThanTheLimitIsRefused() {
        firm.attest();
        NodeRef passport = document(firm.caseFolder, ImmModel.TYPE_IDENTITY_DOCUMENT,
                "passport-" + firm.suffix + ".txt", null);
        NodeRef visa = document(firm.caseFolder, ImmModel.TYPE_IDENTITY_DOCUMENT, "visa-" + firm.suffix + ".txt", null);
        request(List.of(passport), null);
        request(List.of(visa), null);
        assertEquals("the beneficiary's two identity documents: one person", 1, counted());
        assertEquals("each accepted share's count is audited", 2, auditedDetails("bulkCount").size());
        assertTrue(auditedDetails("bulkCount").get(1), auditedDetails("bulkCount").get(1)
                .contains("category=PERSONAL_IDENTIFIERS; newPersons=0; personsInWindow=1"));

        // a second beneficiary of the same client, checked against a limit of one person in the same database
        NodeRef otherCase = firm.asAdmin(() -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE,
                "I-485 " + firm.suffix, Map.of(ImmModel.PROP_CASE_TYPE, "I485", ImmModel.PROP_CASE_STATUS, "DRAFTING",
                        ImmModel.PROP_BENEFICIARY_NAME, "Second beneficiary " + firm.suffix,
                        ImmModel.PROP_RESPONSIBLE_ATTORNEY, firm.attorney)));
        firm.consent(otherCase, "DOCUMENTS_AND_RESTRICTED_PII");
        NodeRef otherPassport = document(otherCase, ImmModel.TYPE_IDENTITY_DOCUMENT,
                "passport-2-" + firm.suffix + ".txt", null);
        RequestCheck strict = checkWithLimit(DataCategory.PERSONAL_IDENTIFIERS, 1);
        try {
            firm.as(firm.paralegal, () -> strict.check(new RequestCheck.Request(firm.vendor.id(), "RFE_RESPONSE",
                    otherCase.toString(), IDENTITY, List.of(caseDocuments().document(otherPassport)), null,
                    Instant.now(), firm.paralegal)));
            fail("a second person went past a limit of one");
        } catch (RuntimeException refused) {
            String message = refusalOf(refused);
            assertTrue(message, message.contains("28 CFR 202.205"));
        }
        assertEquals("the refused request counted nobody", 1, counted());
        // the same person again is no new person: allowed at the limit
        firm.as(firm.paralegal, () -> strict.check(new RequestCheck.Request(firm.vendor.id(), "RFE_RESPONSE",
                firm.caseFolder.toString(), IDENTITY, List.of(caseDocuments().document(passport)), null, Instant.now(),
                firm.paralegal)));
    }

    @Test
    public void anAssociateResidentInACountryOfConcernIsNotAssignedACaseWithRestrictedData() {
        firm.attest();
        firm.asAdmin(() -> {
            nodes().addAspect(firm.personNode(firm.associate), ImmModel.ASPECT_RESIDENCE,
                    Map.of(ImmModel.PROP_COUNTRY_OF_RESIDENCE, "CN"));
            return null;
        });
        NodeRef passport = document(firm.caseFolder, ImmModel.TYPE_IDENTITY_DOCUMENT,
                "passport-" + firm.suffix + ".txt", null);
        String workflowId = request(List.of(passport), null);
        WorkflowSteps steps = new WorkflowSteps(firm, getServiceRegistry().getWorkflowService());
        try {
            steps.complete(firm.manager, workflowId, "immwf:intakeTask",
                    Map.of(WorkflowSteps.immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                    Map.of(WorkflowSteps.immwf(VAR_DRAFTING_ASSOCIATE),
                            List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));
            fail("the drafting went to an associate resident in China");
        } catch (RuntimeException refused) {
            String message = String.valueOf(refused.getMessage());
            for (Throwable t = refused; t != null; t = t.getCause()) {
                message = message + " | " + t.getMessage();
            }
            assertTrue(message, message.contains("China") && message.contains("28 CFR 202.211"));
        }
        assertNotNull("the intake is still open for another associate",
                firm.asAdmin(() -> steps.openTask(workflowId, "immwf:intakeTask")));
        assertTrue("the refusal is audited although its transaction rolled back",
                auditedDetails("assignmentRefused").stream().anyMatch(d -> d.contains("country=CN")));
    }

    private RequestCheck checkWithLimit(DataCategory category, int limit) {
        SharingPolicy policy = new SharingPolicy(AttestationRules.defaults(),
                new BulkThresholds(Map.of(category, limit), 80, Period.ofMonths(12)));
        return new RequestCheck(bean("lpodesk.engagements", EngagementPort.class), bean("lpodesk.cases", CasePort.class),
                policy, VendorVetting.defaults(), bean("lpodesk.dueDateCheck", CaseDeadlineDueDateCheck.class),
                bean("lpodesk.sharingCompliance", SharingCompliance.class));
    }

    private int counted() {
        return firm.asAdmin(() -> bean("lpodesk.bulkCounts", BulkCountPort.class).count(firm.vendor.id(),
                DataCategory.PERSONAL_IDENTIFIERS, LocalDate.now().minusMonths(12)));
    }

    private CaseDocuments caseDocuments() {
        return bean("lpodesk.caseDocuments", CaseDocuments.class);
    }

    private <T> T bean(String name, Class<T> type) {
        return getApplicationContext().getBean(name, type);
    }

    private String refused(List<NodeRef> documents) {
        try {
            request(documents, IDENTITY);
            fail("outsourcing was started");
            return null;
        } catch (RuntimeException refused) {
            return refusalOf(refused);
        }
    }

    private static String refusalOf(RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OutsourcingRequestRefusedException r) {
                return r.getMessage();
            }
        }
        throw thrown;
    }

    private String request(List<NodeRef> documents, String piiReason) {
        return new WorkflowSteps(firm, getServiceRegistry().getWorkflowService()).request("RFE_RESPONSE",
                firm.caseFolder, piiReason == null ? IDENTITY : piiReason, documents);
    }

    private NodeRef document(NodeRef caseFolder, QName type, String name, String confidentiality) {
        return firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(caseFolder, type, name, Map.of());
            ContentWriter writer = getServiceRegistry().getContentService().getWriter(node, ContentModel.PROP_CONTENT,
                    true);
            writer.setMimetype("text/plain");
            writer.putContent(name);
            if (confidentiality != null) {
                nodes().addAspect(node, ImmModel.ASPECT_CONFIDENTIALITY,
                        Map.of(ImmModel.PROP_CONFIDENTIALITY_LEVEL, confidentiality));
            }
            return node;
        });
    }

    private int vendorSiteChildren() {
        return firm.asAdmin(() -> nodes().getChildAssocs(firm.vendorLibrary).size());
    }

    /** The details of this test's vendor's audit entries of one event, oldest first. */
    private List<String> auditedDetails(String event) {
        List<String> details = new ArrayList<>();
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.setFromTime(startedAt);
        query.setForward(true);
        firm.asAdmin(() -> {
            bean("AuditService", AuditService.class).auditQuery(new AuditService.AuditQueryCallback() {
                @Override
                public boolean valuesRequired() {
                    return true;
                }

                @Override
                public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                                Map<String, Serializable> values) {
                    if (firm.vendor.id().equals(values.get("/lpodesk/" + event + "/vendor"))) {
                        details.add(String.valueOf(values.get("/lpodesk/" + event + "/detail")));
                    }
                    return true;
                }

                @Override
                public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                    return true;
                }
            }, query, 1000);
            return null;
        });
        return details;
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
