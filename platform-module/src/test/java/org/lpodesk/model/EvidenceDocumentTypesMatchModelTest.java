package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.checklist.EvidenceDocumentTypes;

/**
 * Checklist items name the document types that satisfy them; core's list of those types is the
 * content model's documents, type for type, so no checklist can name a type the repository lacks
 * or miss one it has.
 */
class EvidenceDocumentTypesMatchModelTest {

    private static final ContentModel MODEL = ContentModel.immigration();

    @Test
    void coreKnowsExactlyTheModelsDocumentTypes() {
        List<String> documents = MODEL.types.keySet().stream().filter(this::isDocument).sorted().toList();

        assertThat(EvidenceDocumentTypes.ALL).containsExactlyInAnyOrderElementsOf(documents);
    }

    @Test
    void everyDefaultChecklistItemIsSatisfiedByAModelType() {
        assertThat(Checklists.defaults().all()).allSatisfy(checklist -> assertThat(checklist.items())
                .allSatisfy(item -> assertThat(MODEL.types.keySet()).containsAll(item.satisfiedBy())));
    }

    private boolean isDocument(String type) {
        for (String t = type; t != null; t = MODEL.types.containsKey(t) ? MODEL.types.get(t).parent() : null) {
            if (t.equals("imm:document")) {
                return true;
            }
        }
        return false;
    }
}
