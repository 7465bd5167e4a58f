package org.lpodesk.evidence.checklist;

import java.util.List;

/**
 * The content model's document types a checklist item may name as satisfying it, by their model
 * names. Defined here once; a platform test checks the list against the content model's types that
 * derive from {@code imm:document}, so a checklist never names a type the repository does not have.
 */
public final class EvidenceDocumentTypes {

    public static final List<String> ALL = List.of("imm:document", "imm:petitionDraft", "imm:coverLetter",
            "imm:jobDescription", "imm:supportLetter", "imm:evidence", "imm:uscisNotice", "imm:rfeResponse",
            "imm:researchMemo", "imm:clientCorrespondence", "imm:identityDocument");

    private EvidenceDocumentTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
