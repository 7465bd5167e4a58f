package org.lpodesk.alfresco.outsourcing.compliance;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.compliance.ComplianceTexts;

/**
 * Who may see and record vendor compliance: the firm's administrators (and Alfresco's), asked on
 * each request so that a person removed from the group loses the page at once. Attorneys see the
 * reports but not this: attestations are the administrators' record.
 */
public final class FirmAdministrators {

    private final AuthorityService authorityService;

    public FirmAdministrators(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** @return the current user, who is a firm administrator; @throws NotAllowedException otherwise */
    public String require() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (currentUserIsOne()) {
            return user;
        }
        throw new NotAllowedException(ComplianceTexts.notAdministrator(user));
    }

    public boolean currentUserIsOne() {
        return authorityService.hasAdminAuthority()
                || authorityService.getAuthorities().contains(FirmGroup.ADMINS.authority());
    }
}
