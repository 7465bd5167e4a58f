package org.lpodesk.outsourcing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Countries of concern under the US Department of Justice rule on access to Americans' bulk
 * sensitive personal data (28 CFR part 202, § 202.601, in force from April 2025): vendors there
 * must not receive restricted PII (SSN, passport, A-Number...), and client consent is no
 * exemption. China includes Hong Kong and Macau; India is not on the list.
 */
public enum CountryOfConcern {
    CN,
    HK,
    MO,
    CU,
    IR,
    KP,
    RU,
    VE;

    /** Where the list comes from; shown next to every refusal it causes. */
    public static final String CITATION = "28 CFR 202.601";

    /** Where an individual primarily resident in a country of concern is made a covered person. */
    public static final String CITATION_COVERED_PERSON = "28 CFR 202.211(a)(4)";

    /** ISO 3166-1 alpha-2 code. */
    public String isoCode() {
        return name();
    }

    public String displayName(Locale locale) {
        return new Locale("", name()).getDisplayCountry(locale);
    }

    /** The country of concern with this ISO code, if it is one. */
    public static Optional<CountryOfConcern> forIsoCode(String isoCode) {
        if (isoCode == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(isoCode)).findFirst();
    }

    public static boolean isCountryOfConcern(String isoCode) {
        return forIsoCode(isoCode).isPresent();
    }
}
