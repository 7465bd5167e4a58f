package org.lpodesk.alfresco.correspondence;

import java.util.Locale;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.correspondence.CorrespondenceTexts;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Who acts on a case's mail (drafts, sends, releases): the firm's attorneys, paralegals and
 * administrators, and Alfresco's administrators; never an LPO vendor's users.
 */
public final class FirmStaff {

    private final AuthorityService authorityService;
    private final Locale locale;

    public FirmStaff(AuthorityService authorityService, Locale locale) {
        this.authorityService = authorityService;
        this.locale = locale;
    }

    public boolean is(String user) {
        Set<String> authorities = authorityService.getAuthoritiesForUser(user);
        return authorities.contains(ApprovalPolicy.FIRM_ATTORNEY_GROUP) || authorities.contains(WorkflowModel.PARALEGALS_GROUP)
                || authorities.contains(MailAddressBook.FIRM_ADMINS_GROUP) || authorityService.isAdminAuthority(user);
    }

    /** The calling user, when firm staff; refused otherwise. */
    public String require() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (!is(user)) {
            throw new NotAllowedException(CorrespondenceTexts.format(locale, "send.notStaff"));
        }
        return user;
    }
}
