package org.lpodesk.outsourcing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The vendors a firm user can send work to, as a vendor picker shows them: name (never only the
 * id), time zone and the task kinds the engagement covers with their labels, so that the picker
 * can offer only the vendors engaged for the chosen kind.
 */
public final class EngagedVendors {

    private EngagedVendors() {
    }

    /**
     * @param kindLabel the label a person reads for a task kind (the model's list label)
     */
    public static Map<String, Object> toJson(List<Engagement> engagements, Function<TaskKind, String> kindLabel) {
        List<Map<String, Object>> vendors = new ArrayList<>();
        for (Engagement engagement : engagements) {
            Vendor vendor = engagement.vendor();
            List<Map<String, Object>> kinds = new ArrayList<>();
            for (TaskKind kind : engagement.terms().keySet()) {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("kind", kind.modelValue());
                k.put("label", kindLabel.apply(kind));
                k.put("turnaroundBusinessDays", engagement.terms().get(kind).turnaroundBusinessDays());
                kinds.add(k);
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", vendor.id());
            v.put("name", vendor.name());
            v.put("country", vendor.country());
            v.put("zone", vendor.zone().getId());
            v.put("taskKinds", kinds);
            vendors.add(v);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendors", vendors);
        return answer;
    }
}
