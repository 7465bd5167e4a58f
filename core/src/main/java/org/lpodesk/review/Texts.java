package org.lpodesk.review;

final class Texts {

    private Texts() {
    }

    static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value.strip();
    }
}
