package org.lpodesk.it;

import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.After;
import org.junit.Before;

/**
 * What the ITs that run EB-1 petitions through the outsourcing workflow start from: a firm site
 * with its people and a case, a vendor engaged for petitions at a flat fee, the client's consent
 * on the case; all removed afterwards.
 */
abstract class PetitionOutsourcingBase extends AbstractAlfrescoIT {

    FirmFixture firm;
    WorkflowSteps steps;

    @Before
    public void onboardVendorAndOpenCase() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        steps = new WorkflowSteps(firm, getServiceRegistry().getWorkflowService());
        firm.create();
        firm.engageForPetitionsWithConsent();
    }

    @After
    public void removeFirmAndVendor() {
        firm.remove();
    }

    void write(NodeRef node, String text) {
        ContentWriter writer = getServiceRegistry().getContentService().getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent(text);
    }
}
