package org.lpodesk.outsourcing.onboarding;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;

/**
 * What onboarding a vendor creates, decided before anything is created: the vendor (validated by
 * {@link Vendor}), its private site, and its three groups with the site role each gets. The
 * repository tier refuses the whole plan when the site or any group already exists.
 *
 * <p>Site roles: managers are collaborators (they create assignment work and assign it);
 * associates and reviewers are consumers of the site itself and get their real access only on
 * the assignment folders of their tasks, whose inherited permissions are off.
 */
public record VendorOnboarding(Vendor vendor, String siteShortName, Map<VendorRole, String> groupSiteRoles) {

    public static final String SITE_MANAGER = "SiteManager";
    public static final String SITE_COLLABORATOR = "SiteCollaborator";
    public static final String SITE_CONSUMER = "SiteConsumer";

    public VendorOnboarding {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(siteShortName, "siteShortName");
        groupSiteRoles = Map.copyOf(groupSiteRoles);
    }

    /**
     * Reads {@code id, name, country, zone} (required) and {@code dueDiligenceDate,
     * conflictsCheckDate} (optional, YYYY-MM-DD) from the request.
     *
     * @throws IllegalArgumentException naming the field and value when anything is malformed
     */
    public static VendorOnboarding plan(RequestArguments args, String sitePrefix) {
        String id = args.requiredText("id");
        String name = args.requiredText("name");
        String country = args.requiredText("country");
        String zoneText = args.requiredText("zone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new InvalidArgumentException("zone", message("zone.invalid", zoneText));
        }
        LocalDate dueDiligence = args.optionalDate("dueDiligenceDate").orElse(null);
        LocalDate conflicts = args.optionalDate("conflictsCheckDate").orElse(null);
        Vendor vendor = new Vendor(id, name, country, zone, dueDiligence, conflicts);
        Map<VendorRole, String> roles = new LinkedHashMap<>();
        roles.put(VendorRole.MANAGERS, SITE_COLLABORATOR);
        roles.put(VendorRole.ASSOCIATES, SITE_CONSUMER);
        roles.put(VendorRole.REVIEWERS, SITE_CONSUMER);
        return new VendorOnboarding(vendor, vendor.siteShortName(sitePrefix), roles);
    }

    /** The group authority of each role, e.g. {@code GROUP_LPO_ACME_MANAGERS}. */
    public String group(VendorRole role) {
        return vendor.group(role);
    }

    /** Alfresco's short name of a group authority (without {@code GROUP_}). */
    public String groupShortName(VendorRole role) {
        return group(role).substring("GROUP_".length());
    }

    public String groupDisplayName(VendorRole role, Locale locale) {
        return format(locale, "group." + role.name() + ".displayName", vendor.name());
    }

    public String siteTitle(Locale locale) {
        return format(locale, "site.title", vendor.name());
    }

    public String siteDescription(Locale locale) {
        return format(locale, "site.description", vendor.name(), vendor.country());
    }

    /** The refusal text when the vendor's site or a group already exists. */
    public String duplicateMessage(String existing) {
        return message("duplicate", vendor.id(), existing);
    }

    static String message(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    private static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.outsourcing.onboarding.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
