package org.lpodesk.cases;

final class Names {

    private Names() {
    }

    static String requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(CaseMessages.format("party.blank", what,
                    value == null ? "null" : "'" + value + "'"));
        }
        return value.strip();
    }
}
