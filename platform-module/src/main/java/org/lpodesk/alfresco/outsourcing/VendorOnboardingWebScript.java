package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.VendorRole;
import org.lpodesk.outsourcing.onboarding.EngagementTerms;
import org.lpodesk.outsourcing.onboarding.VendorOnboarding;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/vendors} (administrators only): onboards a vendor in one transaction:
 * its private site {@code lpo-<id>}, its three groups with their site roles, and its engagement
 * record. Everything is validated before anything is created (400 naming the field); a vendor
 * whose site, groups or record exist already is refused with 409 and nothing changes.
 */
public final class VendorOnboardingWebScript extends AbstractWebScript {

    private final SiteService siteService;
    private final AuthorityService authorityService;
    private final RepositoryEngagements engagements;
    private final String sitePrefix;
    private final String sitePreset;
    private final ZoneId firmZone;

    public VendorOnboardingWebScript(SiteService siteService, AuthorityService authorityService,
                                     RepositoryEngagements engagements, String sitePrefix, String sitePreset,
                                     String firmZone) {
        this.siteService = siteService;
        this.authorityService = authorityService;
        this.engagements = engagements;
        this.sitePrefix = sitePrefix;
        this.sitePreset = sitePreset;
        this.firmZone = ZoneId.of(firmZone);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        VendorOnboarding plan;
        Map<String, Object> engagement;
        try {
            Map<String, Object> body = JsonExchange.body(req);
            plan = VendorOnboarding.plan(RequestArguments.of(body), sitePrefix);
            if (!(body.get("engagement") instanceof Map<?, ?> e)) {
                throw new InvalidArgumentException("engagement",
                        org.lpodesk.api.ApiMessages.format("argument.missing", "engagement"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> terms = (Map<String, Object>) e;
            EngagementTerms.read(plan.vendor(), firmZone, terms);
            engagement = terms;
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        String existing = existing(plan);
        if (existing != null || !engagements.create(plan.vendor(), engagement)) {
            JsonExchange.error(res, Status.STATUS_CONFLICT, new IllegalStateException(
                    plan.duplicateMessage(existing == null ? "its engagement record" : existing)));
            return;
        }
        Locale locale = Locale.getDefault();
        siteService.createSite(sitePreset, plan.siteShortName(), plan.siteTitle(locale),
                plan.siteDescription(locale), SiteVisibility.PRIVATE);
        for (VendorRole role : VendorRole.values()) {
            authorityService.createAuthority(AuthorityType.GROUP, plan.groupShortName(role),
                    plan.groupDisplayName(role, locale), authorityService.getDefaultZones());
            siteService.setMembership(plan.siteShortName(), plan.group(role), plan.groupSiteRoles().get(role));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendor", plan.vendor().id());
        answer.put("site", plan.siteShortName());
        answer.put("groups", List.copyOf(plan.vendor().groups()));
        JsonExchange.write(res, Status.STATUS_CREATED, answer);
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
