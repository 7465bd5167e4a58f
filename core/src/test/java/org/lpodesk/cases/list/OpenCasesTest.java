package org.lpodesk.cases.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.lpodesk.api.RequestArguments;
import org.junit.jupiter.api.Test;

class OpenCasesTest {

    private final OpenCases cases = new OpenCases(200, 500);

    private static OpenCases.Row row(String number) {
        return new OpenCases.Row("workspace://SpacesStore/" + number, number, "EB1A", "EB-1A Extraordinary Ability",
                "DRAFTING", "Drafting", "Dr. Adaeze Okonkwo", "Dr. Adaeze Okonkwo");
    }

    @Test
    void theQueryListsEveryCaseThatIsNotClosedByCaseNumberInTheDatabase() {
        assertThat(cases.page(RequestArguments.of(Map.of())).cmisQuery())
                .isEqualTo("SELECT c.cmis:objectId AS id FROM imm:case AS c WHERE c.imm:caseStatus <> 'CLOSED'"
                        + " ORDER BY c.imm:caseNumber ASC");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageIsBoundedAndSaysWhetherMoreFollow() {
        OpenCases.Page page = cases.page(RequestArguments.of(Map.of("max", "2", "skip", "4")));
        assertThat(page).isEqualTo(new OpenCases.Page(4, 2));
        Map<String, Object> json = cases.toJson(List.of(row("IMM-2026-00001"), row("IMM-2026-00002"), row("IMM-2026-00003")), page);
        assertThat(json).containsEntry("hasMore", true).containsEntry("skip", 4).containsEntry("max", 2);
        assertThat((List<?>) json.get("cases")).hasSize(2);
        assertThat(((List<Map<String, Object>>) json.get("cases")).get(0))
                .containsEntry("caseTypeLabel", "EB-1A Extraordinary Ability").containsEntry("statusLabel", "Drafting");
        assertThat(cases.toJson(List.of(row("IMM-2026-00001")), page)).containsEntry("hasMore", false);
        assertThat(cases.page(RequestArguments.of(Map.of())).max()).isEqualTo(200);
    }

    @Test
    void anOversizedOrMalformedPageIsRefusedWithTheArgumentNamed() {
        assertThatThrownBy(() -> cases.page(RequestArguments.of(Map.of("max", "501")))).hasMessageContaining("max");
        assertThatThrownBy(() -> cases.page(RequestArguments.of(Map.of("skip", "-1")))).hasMessageContaining("skip");
        assertThatThrownBy(() -> cases.page(RequestArguments.of(Map.of("max", "ten")))).hasMessageContaining("max");
        assertThatThrownBy(() -> new OpenCases(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
