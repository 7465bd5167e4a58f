package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagedVendorsTest {

    @Test
    @SuppressWarnings("unchecked")
    void aPickerShowsEachVendorByNameWithTheLabelledKindsItIsEngagedFor() {
        Engagement acme = TestEngagements.standard(TestEngagements.indiaVendor());
        Map<String, Object> json = EngagedVendors.toJson(List.of(acme), kind -> "label of " + kind.modelValue());

        List<Map<String, Object>> vendors = (List<Map<String, Object>>) json.get("vendors");
        assertThat(vendors).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("id", "acme-lpo")
                    .containsEntry("name", "Acme Legal Process Outsourcing Pvt Ltd")
                    .containsEntry("zone", "Asia/Kolkata");
            List<Map<String, Object>> kinds = (List<Map<String, Object>>) v.get("taskKinds");
            assertThat(kinds).extracting(k -> k.get("kind"))
                    .containsExactlyElementsOf(acme.terms().keySet().stream().map(TaskKind::modelValue).toList());
            assertThat(kinds).allSatisfy(k -> assertThat(k.get("label")).isEqualTo("label of " + k.get("kind")));
        });
        assertThat((List<?>) EngagedVendors.toJson(List.of(), k -> "").get("vendors")).isEmpty();
    }
}
