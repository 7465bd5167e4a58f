package org.lpodesk.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Demo data trees as a JSON parser gives them: a small valid one, and edits by path. */
final class DemoTrees {

    private DemoTrees() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> root = obj("format", 1,
                "firm", obj("site", obj("shortName", "demo-firm", "title", "Demo Firm"), "zone", "America/New_York"));
        List<Object> users = new ArrayList<>();
        for (DemoRole role : DemoRole.values()) {
            String name = "demo." + role.name().toLowerCase().replace('_', '.');
            users.add(obj("userName", name, "firstName", "First", "lastName", role.name(), "email", name + "@example.com",
                    "role", role.name(), "passwordEnv", "LPODESK_DEMO_" + role.name() + "_PASSWORD"));
        }
        root.put("users", users);
        root.put("clients", list(obj("id", "rao", "name", "Priya Rao", "kind", "INDIVIDUAL"),
                obj("id", "acme", "name", "Acme Inc.", "kind", "ORGANIZATION")));
        root.put("cases", list(
                obj("id", "eb1a-rao", "client", "rao", "type", "EB1A", "status", "RFE_NOID_RECEIVED",
                        "petitioner", obj("name", "Priya Rao", "kind", "INDIVIDUAL"), "beneficiary", obj("name", "Priya Rao"),
                        "receiptNumber", "IOE0912345678", "responsibleAttorney", "demo.firm.attorney", "openedDaysAgo", 100,
                        "consent", obj("scope", "DOCUMENTS", "recordedBy", "demo.firm.paralegal", "recordedDaysAgo", 90,
                                "reference", "letter"),
                        "notices", list(obj("kind", "RECEIPT", "daysAgo", 60, "servedByMail", false),
                                obj("kind", "RFE", "daysAgo", 10, "servedByMail", true))),
                obj("id", "perm-acme", "client", "acme", "type", "PERM", "status", "DOCUMENT_COLLECTION",
                        "petitioner", obj("name", "Acme Inc.", "kind", "ORGANIZATION"), "beneficiary", obj("name", "Lucia Garcia"),
                        "responsibleAttorney", "demo.firm.attorney", "openedDaysAgo", 50,
                        "recruitment", list(obj("step", "SWA_JOB_ORDER", "startDaysAgo", 20, "endDaysAgo", -10)))));
        root.put("vendor", obj("id", "demo-lpo", "name", "Demo LPO", "country", "IN", "zone", "Asia/Kolkata",
                "dueDiligenceDaysAgo", 30, "conflictsCheckDaysAgo", 30));
        root.put("engagement", obj("currency", "USD", "businessDayEnd", "18:00",
                "hourPackage", obj("hoursPerMonth", "40", "rate", "28.00", "overageRate", "35.00"),
                "terms", list(obj("kind", "RFE_RESPONSE", "turnaroundBusinessDays", 5, "billing", "FLAT_FEE", "fee", "450.00",
                        "clientCharge", "FEE"),
                        obj("kind", "LEGAL_RESEARCH", "turnaroundBusinessDays", 3, "billing", "HOURLY", "clientCharge", "FEE"))));
        return root;
    }

    /** Sets (or, with {@code null}, removes) the value at a path such as {@code cases[0].notices[1].daysAgo}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> tree, String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Integer index = null;
            if (part.endsWith("]")) {
                index = Integer.valueOf(part.substring(part.indexOf('[') + 1, part.length() - 1));
                part = part.substring(0, part.indexOf('['));
            }
            Map<String, Object> map = (Map<String, Object>) node;
            boolean last = i == parts.length - 1;
            if (last && index == null) {
                if (value == null) {
                    map.remove(part);
                } else {
                    map.put(part, value);
                }
                return tree;
            }
            Object child = map.get(part);
            if (index != null) {
                List<Object> items = (List<Object>) child;
                if (last) {
                    items.set(index, value);
                    return tree;
                }
                child = items.get(index);
            }
            node = child;
        }
        return tree;
    }

    static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
