package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.alfresco.webscript.JsonExchange;
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

    private final VendorOnboarder onboarder;

    public VendorOnboardingWebScript(VendorOnboarder onboarder) {
        this.onboarder = onboarder;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        VendorOnboarder.Request request;
        try {
            request = onboarder.check(JsonExchange.body(req));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        VendorOnboarding plan = request.plan();
        Optional<String> existing = onboarder.onboard(request);
        if (existing.isPresent()) {
            JsonExchange.error(res, Status.STATUS_CONFLICT, new IllegalStateException(
                    plan.duplicateMessage(existing.get())));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendor", plan.vendor().id());
        answer.put("site", plan.siteShortName());
        answer.put("groups", List.copyOf(plan.vendor().groups()));
        JsonExchange.write(res, Status.STATUS_CREATED, answer);
    }
}
