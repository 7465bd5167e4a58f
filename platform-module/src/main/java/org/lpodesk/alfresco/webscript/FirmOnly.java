package org.lpodesk.alfresco.webscript;

import java.io.IOException;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.cases.summary.CaseSummary;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * The firm's own views of a case (case page, checklist, PERM timeline, USCIS status) answer LPO users
 * with 403 and core's sentence, one way for all of them.
 */
public final class FirmOnly {

    private FirmOnly() {
    }

    /** @return true when the caller is an LPO user and the 403 has been written: the web script stops there */
    public static boolean refused(AuthorityService authorityService, WebScriptResponse res) throws IOException {
        try {
            CaseSummary.refuseVendorUsers(authorityService.getAuthorities(), authorityService.hasAdminAuthority());
            return false;
        } catch (NotAllowedException vendor) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, vendor);
            return true;
        }
    }
}
