package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.VettingProblem;

/** Every reason code has its readable text, so no refusal ever shows a bare key. */
class MessagesBundleTest {

    @Test
    void everyRefusalReasonHasADocumentAndASummaryText() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.sharing.messages", Locale.ENGLISH);
        for (RefusalReason reason : RefusalReason.values()) {
            assertThat(bundle.getString(reason.messageKey())).as(reason.name()).contains("{0}");
            assertThat(bundle.getString("sharing.summary." + reason.name())).as(reason.name()).contains("{0}");
        }
    }

    @Test
    void everyVettingProblemHasAText() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.outsourcing.messages", Locale.ENGLISH);
        for (VettingProblem problem : VettingProblem.values()) {
            assertThat(bundle.getString(problem.messageKey())).as(problem.name()).contains("{0}");
        }
    }
}
