package org.lpodesk.identifier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * USCIS offices by the prefixes of the receipt numbers they issue (DOMAIN.md, "Identifiers").
 * No official USCIS list was found, so an unknown prefix is only a warning.
 */
public enum UscisOffice {
    VERMONT_SERVICE_CENTER("EAC", "VSC"),
    CALIFORNIA_SERVICE_CENTER("WAC", "CSC"),
    NEBRASKA_SERVICE_CENTER("LIN", "NSC"),
    TEXAS_SERVICE_CENTER("SRC", "TSC"),
    NATIONAL_BENEFITS_CENTER("MSC", "NBC"),
    /** Online filing (USCIS ELIS). */
    ELECTRONIC_IMMIGRATION_SYSTEM("IOE"),
    POTOMAC_SERVICE_CENTER("YSC");

    private final List<String> prefixes;

    UscisOffice(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public static Optional<UscisOffice> forPrefix(String prefix) {
        return Arrays.stream(values()).filter(o -> o.prefixes.contains(prefix)).findFirst();
    }

    static List<String> allPrefixes() {
        return Arrays.stream(values()).flatMap(o -> o.prefixes.stream()).toList();
    }
}
