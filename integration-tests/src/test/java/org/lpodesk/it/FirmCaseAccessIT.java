package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * LPO users never get a permission inside a firm site (DESIGN.md, "Roles and places"): an LPO
 * associate, who can read their vendor's site, cannot read the firm's case folder, its client
 * folder or its document library, while the firm's attorney and paralegal can.
 */
@RunWith(AlfrescoTestRunner.class)
public class FirmCaseAccessIT extends AbstractAlfrescoIT {

    private FirmFixture firm;

    @Before
    public void createFirmAndVendor() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
    }

    @After
    public void removeFirmAndVendor() {
        firm.remove();
    }

    @Test
    public void newCaseFolderGetsItsNumberAndStandardSubFolders() {
        firm.asAdmin(() -> {
            assertNotNull("case number", getServiceRegistry().getNodeService()
                    .getProperty(firm.caseFolder, ImmModel.PROP_CASE_NUMBER));
            assertNotNull("opened on", getServiceRegistry().getNodeService()
                    .getProperty(firm.caseFolder, ImmModel.PROP_OPENED_ON));
            assertTrue("standard sub-folders",
                    !getServiceRegistry().getNodeService().getChildAssocs(firm.caseFolder).isEmpty());
            return null;
        });
    }

    @Test
    public void lpoAssociateCannotReadAnythingOfTheFirmSite() {
        assertEquals("the associate reads their vendor's site", AccessStatus.ALLOWED, read(firm.associate, firm.vendorLibrary));
        for (NodeRef node : new NodeRef[] {firm.caseFolder, firm.clientFolder, firm.firmLibrary}) {
            assertEquals("LPO associate reading " + node, AccessStatus.DENIED, read(firm.associate, node));
        }
    }

    @Test
    public void firmAttorneyAndParalegalReadTheCase() {
        assertEquals(AccessStatus.ALLOWED, read(firm.attorney, firm.caseFolder));
        assertEquals(AccessStatus.ALLOWED, read(firm.paralegal, firm.caseFolder));
        assertEquals("firm users are no members of the vendor site", AccessStatus.DENIED,
                read(firm.paralegal, firm.vendorLibrary));
    }

    private AccessStatus read(String user, NodeRef node) {
        return firm.as(user, () -> getServiceRegistry().getPermissionService().hasPermission(node, PermissionService.READ));
    }
}
