package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.evidence.ChecklistCatalogue;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * Evidence completeness as the repository keeps it on the case, whoever changes what: tagged
 * documents created, deleted and moved between cases; a tag the document's type cannot satisfy
 * refused with nothing stored; an attorney's waiver counting; the final-merits note refused to a
 * paralegal; a firm's checklist file in the Data Dictionary taking effect without a restart, and
 * a bad one refused with the defaults kept. Reads the case through the node service as Share and
 * CMIS would (no index: passes with the noindex search subsystem).
 */
@RunWith(AlfrescoTestRunner.class)
public class EvidenceChecklistIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private NodeRef firmFile;

    @Before
    public void createFirm() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
    }

    @After
    public void removeFirm() {
        if (firmFile != null) {
            firm.asAdmin(() -> {
                nodes().deleteNode(firmFile);
                return null;
            });
        }
        firm.remove();
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    private NodeRef evidence(NodeRef caseFolder, QName type, String name, String... items) {
        return firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ImmModel.PROP_CHECKLIST_ITEMS, new ArrayList<>(List.of(items)));
            return firm.child(caseFolder, type, name + "-" + firm.suffix + ".pdf", props);
        });
    }

    private Serializable caseProperty(NodeRef caseFolder, QName property) {
        return firm.asAdmin(() -> nodes().getProperty(caseFolder, property));
    }

    @Test
    public void theCaseCountsItsTaggedEvidenceThroughCreateDeleteAndMove() {
        evidence(firm.caseFolder, ImmModel.TYPE_EVIDENCE, "prize", "eb1a.criterion.prizes");
        NodeRef judging = evidence(firm.caseFolder, ImmModel.TYPE_SUPPORT_LETTER, "judging", "eb1a.criterion.judging");
        assertEquals(2, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
        assertEquals(Boolean.FALSE, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_READY));
        assertEquals("eb1a", caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CHECKLIST));
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_MISSING_ITEMS);
        assertEquals("eb1a.continuingWork", missing.get(0));
        String summary = (String) caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_SUMMARY);
        assertTrue(summary, summary.contains("EB-1A criteria: 2 of the 3 required have evidence"));

        evidence(firm.caseFolder, ImmModel.TYPE_EVIDENCE, "salary", "eb1a.criterion.highSalary");
        evidence(firm.caseFolder, ImmModel.TYPE_SUPPORT_LETTER, "plans", "eb1a.continuingWork");
        evidence(firm.caseFolder, ImmModel.TYPE_PETITION_DRAFT, "petition", "eb1a.petitionLetter");
        assertEquals(Boolean.TRUE, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_READY));
        assertEquals(0, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_MISSING));

        firm.as(firm.paralegal, () -> {
            nodes().deleteNode(judging);
            return null;
        });
        assertEquals("deleted: one criterion fewer", 2, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
        assertEquals(Boolean.FALSE, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_READY));

        NodeRef other = firm.as(firm.paralegal, () -> firm.child(firm.clientFolder, ImmModel.TYPE_CASE, "Other " + firm.suffix,
                Map.of(ImmModel.PROP_CASE_TYPE, "EB1A", ImmModel.PROP_CASE_STATUS, "INTAKE")));
        NodeRef prize = nodes().getChildByName(firm.caseFolder, ContentModel.ASSOC_CONTAINS, "prize-" + firm.suffix + ".pdf");
        firm.as(firm.paralegal, () -> getServiceRegistry().getFileFolderService().move(prize, other, null));
        assertEquals("moved out", 1, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
        assertEquals("moved in", 1, caseProperty(other, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
    }

    @Test
    public void aTagTheDocumentTypeCannotSatisfyIsRefusedAndNothingIsStored() {
        try {
            evidence(firm.caseFolder, ImmModel.TYPE_COVER_LETTER, "cover", "eb1a.criterion.highSalary");
            fail("a cover letter was accepted as evidence of a high salary");
        } catch (IntegrityException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains(
                    "A document of type imm:coverLetter cannot be evidence for \"(ix) High salary or remuneration\""));
            assertEquals(422, org.lpodesk.api.UserRefusal.in(refused).map(r -> r.refusalKind().httpStatus()).orElse(0).intValue());
        }
        assertNull(firm.asAdmin(() -> nodes().getChildByName(firm.caseFolder, ContentModel.ASSOC_CONTAINS,
                "cover-" + firm.suffix + ".pdf")));
        try {
            evidence(firm.caseFolder, ImmModel.TYPE_EVIDENCE, "wrong", "eb1b.offer");
            fail("an EB-1B item was accepted on an EB-1A case");
        } catch (IntegrityException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("There is no item \"eb1b.offer\" in the EB-1A checklist"));
        }
    }

    @Test
    public void aTaggedDocumentCopiedOutOfItsCaseKeepsItsTagsAndCountsOnlyInTheCase() {
        // what sharing with a vendor does: a copy in an assignment folder outside any case
        NodeRef prize = evidence(firm.caseFolder, ImmModel.TYPE_EVIDENCE, "prize", "eb1a.criterion.prizes");
        NodeRef outside = firm.asAdmin(() -> firm.child(nodes().getPrimaryParent(firm.clientFolder).getParentRef(),
                ContentModel.TYPE_FOLDER, "Assignment " + firm.suffix, Map.of()));
        NodeRef copy = firm.asAdmin(() -> getServiceRegistry().getFileFolderService().copy(prize, outside, null).getNodeRef());
        assertEquals(List.of("eb1a.criterion.prizes"), firm.asAdmin(() -> nodes().getProperty(copy, ImmModel.PROP_CHECKLIST_ITEMS)));
        assertEquals("the copy does not count twice", 1, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
    }

    @Test
    public void aWaiverCountsAndTheFinalMeritsNoteIsTheAttorneys() {
        evidence(firm.caseFolder, ImmModel.TYPE_EVIDENCE, "award", "eb1a.award");
        evidence(firm.caseFolder, ImmModel.TYPE_PETITION_DRAFT, "petition", "eb1a.petitionLetter");
        assertEquals(Boolean.FALSE, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_READY));
        firm.asAdmin(() -> {
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ContentModel.PROP_NAME, "waiver-continuingWork");
            props.put(ImmModel.PROP_WAIVED_ITEM, "eb1a.continuingWork");
            props.put(ImmModel.PROP_WAIVER_REASON, "Signed statement of plans is in the petition letter");
            props.put(ImmModel.PROP_WAIVED_BY, firm.attorney);
            props.put(ImmModel.PROP_WAIVED_ON, new Date());
            return nodes().createNode(firm.caseFolder, ImmModel.ASSOC_EVIDENCE_WAIVERS,
                    QName.createQName(ImmModel.URI, "continuingWork"), ImmModel.TYPE_EVIDENCE_WAIVER, props);
        });
        assertEquals("waived: ready", Boolean.TRUE, caseProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_READY));

        try {
            firm.as(firm.paralegal, () -> {
                nodes().setProperty(firm.caseFolder, ImmModel.PROP_FINAL_MERITS_NOTE, "Approvable");
                return null;
            });
            fail("a paralegal wrote the final-merits note");
        } catch (IntegrityException refused) {
            // Alfresco prefixes its exception id ("11040310 Only an attorney ...")
            assertTrue(refused.getMessage(), refused.getMessage().contains("Only an attorney of the firm may write the final-merits note"));
            // what Share's form processor answers: 403 with this sentence, not a server error
            assertEquals(403, org.lpodesk.api.UserRefusal.in(refused).map(r -> r.refusalKind().httpStatus()).orElse(0).intValue());
        }
        firm.as(firm.attorney, () -> {
            nodes().setProperty(firm.caseFolder, ImmModel.PROP_FINAL_MERITS_NOTE, "Sustained acclaim shown by the award.");
            return null;
        });
        assertEquals("Sustained acclaim shown by the award.", caseProperty(firm.caseFolder, ImmModel.PROP_FINAL_MERITS_NOTE));
    }

    @Test
    public void aFirmsChecklistFileTakesEffectAndABadOneIsRefusedWithTheDefaultsKept() {
        ChecklistCatalogue catalogue = getApplicationContext().getBean("lpodesk.checklistCatalogue", ChecklistCatalogue.class);
        firmFile = firm.asAdmin(() -> {
            NodeRef dictionary = getServiceRegistry().getNodeLocatorService().getNode("companyhome", null, null);
            dictionary = nodes().getChildByName(dictionary, ContentModel.ASSOC_CONTAINS, "Data Dictionary");
            NodeRef folder = nodes().getChildByName(dictionary, ContentModel.ASSOC_CONTAINS, "LPO Desk");
            if (folder == null) {
                folder = firm.child(dictionary, ContentModel.TYPE_FOLDER, "LPO Desk", Map.of());
            }
            NodeRef file = firm.child(folder, ContentModel.TYPE_CONTENT, "evidence-checklists.xml", Map.of());
            write(file, "<checklists><checklist id=\"eb1a\" mode=\"extend\"><item id=\"eb1a.expertOpinion\" "
                    + "label=\"Independent expert opinion letters\" satisfiedBy=\"imm:supportLetter\" required=\"true\"/>"
                    + "</checklist></checklists>");
            return file;
        });
        assertTrue(firm.asAdmin(() -> catalogue.current().forCaseType("EB1A").item("eb1a.expertOpinion").isPresent()));
        evidence(firm.caseFolder, ImmModel.TYPE_SUPPORT_LETTER, "expert", "eb1a.expertOpinion");

        firm.asAdmin(() -> {
            write(firmFile, "<checklists><checklist id=\"eb1a\" mode=\"extend\"><item id=\"eb1a.video\" label=\"Video\" "
                    + "satisfiedBy=\"imm:video\"/></checklist></checklists>");
            return null;
        });
        String refusal = firm.asAdmin(() -> catalogue.refusal().orElse(""));
        assertTrue(refusal, refusal.contains("names the document type \"imm:video\", which does not exist"));
        assertTrue("the last good file stays in force",
                firm.asAdmin(() -> catalogue.current().forCaseType("EB1A").item("eb1a.expertOpinion").isPresent()));
        assertFalse(firm.asAdmin(() -> catalogue.current().forCaseType("EB1A").item("eb1a.video").isPresent()));
    }

    private void write(NodeRef file, String xml) {
        ContentWriter writer = getServiceRegistry().getContentService().getWriter(file, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/xml");
        writer.setEncoding("UTF-8");
        writer.putContent(xml);
    }
}
