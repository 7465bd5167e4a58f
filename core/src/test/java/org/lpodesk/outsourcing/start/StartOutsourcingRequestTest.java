package org.lpodesk.outsourcing.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.TaskKind;

class StartOutsourcingRequestTest {

    private static final String CASE = "workspace://SpacesStore/0b4e4c1e-1111-4000-8000-000000000001";
    private static final String DOC = "workspace://SpacesStore/0b4e4c1e-2222-4000-8000-000000000002";

    private static Map<String, Object> body() {
        Map<String, Object> m = new HashMap<>();
        m.put("caseId", CASE);
        m.put("vendorId", "acme");
        m.put("taskKind", "RFE_RESPONSE");
        m.put("dueDate", "2026-04-01");
        m.put("documents", List.of(DOC));
        return m;
    }

    @Test
    void readsAValidRequest() {
        StartOutsourcingRequest r = StartOutsourcingRequest.parse(body());
        assertThat(r.caseId()).isEqualTo(CASE);
        assertThat(r.taskKind()).isEqualTo(TaskKind.RFE_RESPONSE);
        assertThat(r.dueDate()).contains(LocalDate.of(2026, 4, 1));
        assertThat(r.documents()).containsExactly(DOC);
        assertThat(r.priority()).isEqualTo(2);
        assertThat(r.reminderLeadHours()).isEqualTo(Optional.empty());
    }

    @Test
    void everyMalformedFieldIsNamed() {
        Map<String, Object> dup = body();
        dup.put("documents", List.of(DOC, DOC));
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(dup)).hasMessageContaining("documents[1]");
        Map<String, Object> notList = body();
        notList.put("documents", DOC);
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(notList)).hasMessage(
                "The argument 'documents' must be a list of values.");
        Map<String, Object> badDoc = body();
        badDoc.put("documents", List.of("passport.pdf"));
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(badDoc)).hasMessageContaining("documents[0]")
                .hasMessageContaining("'passport.pdf'");
        Map<String, Object> badKind = body();
        badKind.put("taskKind", "PETITION");
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(badKind)).hasMessageContaining("'PETITION'");
        Map<String, Object> badPriority = body();
        badPriority.put("priority", 5);
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(badPriority))
                .hasMessage("The argument 'priority' is 5; it must be between 1 and 3.");
        Map<String, Object> noCase = body();
        noCase.remove("caseId");
        assertThatThrownBy(() -> StartOutsourcingRequest.parse(noCase)).hasMessage("The argument 'caseId' is required.");
    }
}
