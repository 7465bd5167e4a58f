package org.lpodesk.review.workflow;

import java.util.List;
import org.lpodesk.sharing.DocumentRef;

/**
 * Port: the documents in a workflow package. Delegates hand over the value of the
 * {@code bpm_package} variable as they find it (an {@code ActivitiScriptNode} in Alfresco) and
 * never see Alfresco types; the adapter lists the package's {@code bpm:packageContains} children.
 */
public interface WorkflowPackagePort {

    /**
     * The documents in the package, in a stable order, with their {@code imm:confidentiality}
     * level (a document without one counts as {@code CONFIDENTIAL}); empty for no package.
     */
    List<DocumentRef> documents(Object workflowPackage);

    /**
     * Makes the package hold exactly these documents (in Share: the task's "Documents"), so that
     * a task lists what it is about; documents the reader cannot open are not shown to them.
     */
    void show(Object workflowPackage, List<String> documentIds);
}
