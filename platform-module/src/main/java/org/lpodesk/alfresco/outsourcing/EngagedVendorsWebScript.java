package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.util.Set;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.outsourcing.EngagedVendors;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/vendors}: the onboarded vendors with the task kinds their engagement covers,
 * for the outsourcing dialog's vendor picker. Firm users only (attorneys, paralegals,
 * administrators): a vendor's people never learn which other vendors the firm uses (403).
 */
public final class EngagedVendorsWebScript extends AbstractWebScript {

    private final AuthorityService authorityService;
    private final RepositoryEngagements engagements;

    public EngagedVendorsWebScript(AuthorityService authorityService, RepositoryEngagements engagements) {
        this.authorityService = authorityService;
        this.engagements = engagements;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        Set<String> mine = authorityService.getAuthorities();
        boolean firm = authorityService.hasAdminAuthority();
        for (FirmGroup group : FirmGroup.values()) {
            firm |= mine.contains(group.authority());
        }
        if (!firm) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, new IllegalStateException(
                    "The list of vendors is shown to the firm's users only."));
            return;
        }
        JsonExchange.write(res, Status.STATUS_OK, EngagedVendors.toJson(engagements.all(),
                kind -> ListLabels.of("immwf:taskKinds", kind.modelValue())));
    }
}
