package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.TaskKind;

/** Every task kind delivers its approved drafts as a document type the content model defines. */
class DeliveredDocumentTypesTest {

    private final ContentModel model = ContentModel.immigration();

    @Test
    void everyTaskKindDeliversAnImmDocumentType() {
        for (TaskKind kind : TaskKind.values()) {
            String type = "imm:" + kind.deliveredDocumentType();
            assertThat(model.types).as("%s delivers %s", kind, type).containsKey(type);
            assertThat(extendsDocument(type)).as("%s is a kind of imm:document (confidentiality applies)", type).isTrue();
        }
    }

    private boolean extendsDocument(String type) {
        for (String t = type; t != null; t = model.types.containsKey(t) ? model.types.get(t).parent() : null) {
            if ("imm:document".equals(t)) {
                return true;
            }
        }
        return false;
    }
}
