package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.alfresco.repo.dictionary.constraint.ListOfValuesConstraint;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.dictionary.ConstraintDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.module.ModuleDetails;
import org.alfresco.service.cmr.module.ModuleInstallState;
import org.alfresco.service.namespace.QName;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.outsourcing.TaskKind;

/**
 * The running repository has the module installed, both models and both workflows deployed,
 * the model's lists equal to core's enums (the same check as the default build, on what the
 * repository actually loaded), and the firm's groups bootstrapped.
 */
@RunWith(AlfrescoTestRunner.class)
public class DeploymentIT extends AbstractAlfrescoIT {

    private static final String WORKFLOW_URI = "http://www.lpodesk.org/model/workflow/1.0";

    @Test
    public void moduleIsInstalled() {
        ModuleDetails module = getServiceRegistry().getModuleService().getModule("lpodesk-platform");
        assertNotNull("module lpodesk-platform is not known to the repository", module);
        assertEquals(ModuleInstallState.INSTALLED, module.getInstallState());
    }

    @Test
    public void modelsAreDeployed() {
        DictionaryService dictionary = getServiceRegistry().getDictionaryService();
        assertNotNull(dictionary.getModel(QName.createQName(ImmModel.URI, "immigrationModel")));
        assertNotNull(dictionary.getModel(QName.createQName(WORKFLOW_URI, "workflowModel")));
        for (QName type : List.of(ImmModel.TYPE_CLIENT, ImmModel.TYPE_CASE, ImmModel.TYPE_DOCUMENT,
                ImmModel.TYPE_USCIS_NOTICE)) {
            assertNotNull("type " + type + " is not deployed", dictionary.getType(type));
        }
        assertNotNull(dictionary.getAspect(ImmModel.ASPECT_ATTORNEY_APPROVAL));
    }

    @Test
    public void deployedListsEqualCoreEnums() {
        assertList("caseTypes", names(CaseType.values()));
        assertList("caseStatuses", names(CaseStatus.values()));
        assertList("noticeKinds", names(NoticeKind.values()));
        assertList("taskKinds", names(TaskKind.values()));
    }

    @Test
    public void workflowsAreDeployed() {
        for (String name : List.of("activiti$immOutsourcing", "activiti$immAttorneyReview")) {
            assertNotNull("workflow " + name + " is not deployed",
                    getServiceRegistry().getWorkflowService().getDefinitionByName(name));
        }
    }

    @Test
    public void firmGroupsExist() {
        for (FirmGroup group : FirmGroup.values()) {
            assertTrue(group.authority() + " does not exist",
                    getServiceRegistry().getAuthorityService().authorityExists(group.authority()));
        }
    }

    private void assertList(String constraint, List<String> expected) {
        ConstraintDefinition def = getServiceRegistry().getDictionaryService()
                .getConstraint(QName.createQName(ImmModel.URI, constraint));
        assertNotNull("constraint imm:" + constraint + " is not deployed", def);
        assertEquals("imm:" + constraint, expected, ((ListOfValuesConstraint) def.getConstraint()).getAllowedValues());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }
}
