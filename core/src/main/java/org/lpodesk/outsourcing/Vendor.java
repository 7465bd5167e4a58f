package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An LPO vendor the firm may engage. The id names its Alfresco site ({@code lpo-<id>}) and its
 * groups ({@code GROUP_LPO_<ID>_MANAGERS} ...), so it is a short lowercase slug. The two check
 * dates may be missing (the firm has not done them yet): such a vendor can be recorded but is not
 * engageable, see {@link VendorVetting}.
 *
 * @param id                 lowercase slug, {@code [a-z0-9-]{2,30}}
 * @param name               display name
 * @param country            ISO 3166-1 alpha-2 code, upper case (e.g. {@code IN})
 * @param zone               the vendor's time zone; turnaround counts its business days
 * @param dueDiligenceDate   when the firm last completed due diligence on the vendor, or null
 * @param conflictsCheckDate when the firm last ran a conflicts check on the vendor, or null
 */
public record Vendor(String id, String name, String country, ZoneId zone, LocalDate dueDiligenceDate,
                     LocalDate conflictsCheckDate) {

    public static final String DEFAULT_SITE_PREFIX = "lpo-";

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{2,30}");
    private static final Pattern SITE_PREFIX = Pattern.compile("[a-z0-9-]{0,30}");
    private static final int MAX_NAME_LENGTH = 200;
    private static final Set<String> ISO_COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    public Vendor {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(Messages.format("vendor.id.invalid", String.valueOf(id)));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.format("vendor.name.blank", id));
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(Messages.format("vendor.name.tooLong", id, MAX_NAME_LENGTH));
        }
        if (country == null || !ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException(Messages.format("vendor.country.invalid", id, String.valueOf(country)));
        }
        if (zone == null) {
            throw new IllegalArgumentException(Messages.format("vendor.zone.missing", id));
        }
    }

    /** The vendor's private Alfresco site, {@code lpo-<id>}. */
    public String siteShortName() {
        return siteShortName(DEFAULT_SITE_PREFIX);
    }

    /** The vendor's site under a firm-configured prefix ({@code [a-z0-9-]{0,30}}). */
    public String siteShortName(String prefix) {
        if (prefix == null || !SITE_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(Messages.format("vendor.sitePrefix.invalid", String.valueOf(prefix)));
        }
        return prefix + id;
    }

    /** {@code GROUP_LPO_<ID>_<ROLE>}, the id upper-cased with '-' turned into '_'. */
    public String group(VendorRole role) {
        Objects.requireNonNull(role, "role");
        return "GROUP_LPO_" + id.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + role.groupSuffix();
    }

    public String managersGroup() {
        return group(VendorRole.MANAGERS);
    }

    public String associatesGroup() {
        return group(VendorRole.ASSOCIATES);
    }

    public String reviewersGroup() {
        return group(VendorRole.REVIEWERS);
    }

    /** Managers, associates, reviewers, in that order. */
    public List<String> groups() {
        return Arrays.stream(VendorRole.values()).map(this::group).collect(Collectors.toUnmodifiableList());
    }

    /** True when the vendor sits in a 28 CFR 202 country of concern: it never receives restricted PII. */
    public boolean inCountryOfConcern() {
        return CountryOfConcern.isCountryOfConcern(country);
    }
}
