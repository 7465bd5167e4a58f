package org.lpodesk.outsourcing.workflow;

import java.util.List;
import java.util.Set;

/**
 * Port: the vendor side of an outsourced task. The Alfresco adapter creates the assignment
 * folder in the vendor's site with inherited permissions switched off, copies case documents
 * into it, sets and removes permissions, and audits every share and revoke. Delegates stay
 * idempotent on top of it: they look before they copy, so a retried job never shares twice.
 */
public interface SharingPort {

    /** The assignment folder of this process, created on first call and found on later ones. */
    String assignmentFolder(AssignmentFolderRequest request);

    /** Ids of the case documents already copied into the folder. */
    Set<String> copiedDocuments(String folderId);

    /**
     * Copies one case document into the folder, recording on the original and the copy the task
     * kind it travels for.
     *
     * @return the copy's id
     */
    String copy(String documentId, String folderId, String taskKind);

    /** Gives a user or group a role on the folder (a second grant of the same role changes nothing). */
    void grant(String folderId, String authority, AccessRole role);

    /**
     * Removes every vendor permission on the folder and everything in it and archives the folder
     * where only the firm reads it (its id stays valid); a folder already revoked is left alone.
     */
    void revokeAll(String folderId);

    /** Every document in the folder: the shared copies and the vendor's drafts, by name. */
    List<String> documentsIn(String folderId);

    /** The documents the vendor created or changed in the folder: the work product. */
    List<Draft> drafts(String folderId);

    /** What an assignment folder is created for. */
    record AssignmentFolderRequest(String processInstanceId, String vendorSite, String vendorId, String taskKind,
                                   String caseId) {
    }

    /**
     * A draft in the assignment folder.
     *
     * @param copiedFrom the case document this draft is a changed copy of, or null for a new document
     */
    record Draft(String documentId, String copiedFrom) {
    }

    /** Roles on an assignment folder, Alfresco's site roles by other names. */
    enum AccessRole {
        /** Read, edit and add documents (the associate, the vendor's reviewers). */
        COLLABORATOR,
        /** Read only (the vendor's managers). */
        CONSUMER
    }
}
