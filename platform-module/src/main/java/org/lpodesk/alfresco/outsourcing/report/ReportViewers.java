package org.lpodesk.alfresco.outsourcing.report;

import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.report.ReportViewer;

/**
 * Who is asking for a report: the firm's administrators and attorneys see everything; a vendor's
 * managers see their own vendor's scorecard; anyone else (a paralegal, a vendor's associate or
 * reviewer) sees none. Read from the caller's group memberships on each request, so a manager
 * removed from the vendor's group loses the scorecard at once.
 */
public final class ReportViewers {

    private final AuthorityService authorityService;
    private final RepositoryEngagements engagements;

    public ReportViewers(AuthorityService authorityService, RepositoryEngagements engagements) {
        this.authorityService = authorityService;
        this.engagements = engagements;
    }

    public ReportViewer current() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        Set<String> mine = authorityService.getAuthorities();
        if (authorityService.hasAdminAuthority() || mine.contains(FirmGroup.ADMINS.authority())
                || mine.contains(FirmGroup.ATTORNEYS.authority())) {
            return ReportViewer.firm(user);
        }
        for (Engagement engagement : engagements.all()) {
            if (mine.contains(engagement.vendor().managersGroup())) {
                return ReportViewer.vendor(user, engagement.vendor().id());
            }
        }
        return ReportViewer.none(user);
    }

    /** The ids of the vendors the firm has engaged: what a report may name. */
    public Set<String> knownVendors() {
        return Set.copyOf(engagements.all().stream().map(e -> e.vendor().id()).toList());
    }
}
