package org.lpodesk.alfresco.outsourcing;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.lpodesk.alfresco.sites.SiteDashboards;
import org.lpodesk.api.ApiMessages;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.VendorRole;
import org.lpodesk.outsourcing.onboarding.EngagementTerms;
import org.lpodesk.outsourcing.onboarding.VendorOnboarding;

/**
 * Onboards a vendor in the caller's transaction: its private site {@code lpo-<id>} with its Share
 * dashboard, its three
 * groups with their site roles, and its engagement record. One path for the vendor-onboarding web
 * script and the demo loader, so a demo vendor is exactly what an administrator would create.
 */
public final class VendorOnboarder {

    /** A checked onboarding request: the plan core made and the engagement as submitted. */
    public record Request(VendorOnboarding plan, Map<String, Object> engagement) {
    }

    private final SiteService siteService;
    private final AuthorityService authorityService;
    private final RepositoryEngagements engagements;
    private final String sitePrefix;
    private final String sitePreset;
    private final ZoneId firmZone;
    private final SiteDashboards dashboards;

    public VendorOnboarder(SiteService siteService, AuthorityService authorityService, RepositoryEngagements engagements,
                           String sitePrefix, String sitePreset, String firmZone, SiteDashboards dashboards) {
        this.siteService = siteService;
        this.authorityService = authorityService;
        this.engagements = engagements;
        this.sitePrefix = sitePrefix;
        this.sitePreset = sitePreset;
        this.firmZone = ZoneId.of(firmZone);
        this.dashboards = dashboards;
    }

    /**
     * Checks the web script's body: the vendor's fields and its {@code engagement} object.
     *
     * @throws IllegalArgumentException naming the field and what is wrong; nothing is created
     */
    public Request check(Map<String, ?> body) {
        VendorOnboarding plan = VendorOnboarding.plan(RequestArguments.of(body), sitePrefix);
        if (!(body.get("engagement") instanceof Map<?, ?> e)) {
            throw new InvalidArgumentException("engagement", ApiMessages.format("argument.missing", "engagement"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) e;
        EngagementTerms.read(plan.vendor(), firmZone, terms);
        return new Request(plan, terms);
    }

    /**
     * @return empty when the vendor was onboarded; otherwise what exists already (its site, a
     *         group, its engagement record), and nothing was created
     */
    public Optional<String> onboard(Request request) {
        VendorOnboarding plan = request.plan();
        String existing = existing(plan);
        if (existing != null) {
            return Optional.of(existing);
        }
        if (!engagements.create(plan.vendor(), request.engagement())) {
            return Optional.of("its engagement record");
        }
        Locale locale = Locale.getDefault();
        siteService.createSite(sitePreset, plan.siteShortName(), plan.siteTitle(locale),
                plan.siteDescription(locale), SiteVisibility.PRIVATE);
        dashboards.create(plan.siteShortName());
        for (VendorRole role : VendorRole.values()) {
            authorityService.createAuthority(AuthorityType.GROUP, plan.groupShortName(role),
                    plan.groupDisplayName(role, locale), authorityService.getDefaultZones());
            siteService.setMembership(plan.siteShortName(), plan.group(role), plan.groupSiteRoles().get(role));
        }
        return Optional.empty();
    }

    private String existing(VendorOnboarding plan) {
        if (siteService.hasSite(plan.siteShortName())) {
            return "site " + plan.siteShortName();
        }
        for (VendorRole role : VendorRole.values()) {
            if (authorityService.authorityExists(plan.group(role))) {
                return "group " + plan.group(role);
            }
        }
        return engagements.exists(plan.vendor().id()) ? "its engagement record" : null;
    }
}
