package org.lpodesk.alfresco.bootstrap;

import java.util.Locale;
import java.util.Set;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.lpodesk.firm.FirmGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the firm's groups (attorneys, paralegals, administrators) once, when the module is
 * first installed; a group an administrator already created by hand is left as it is. Runs as
 * the system user in the module's start-up transaction.
 */
public final class FirmGroupsBootstrap extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(FirmGroupsBootstrap.class);

    private final AuthorityService authorityService;

    public FirmGroupsBootstrap(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    @Override
    protected void executeInternal() {
        Set<String> zones = authorityService.getDefaultZones();
        for (FirmGroup group : FirmGroup.values()) {
            if (authorityService.authorityExists(group.authority())) {
                LOG.info("Firm group {} exists already; left unchanged", group.authority());
                continue;
            }
            authorityService.createAuthority(AuthorityType.GROUP, group.shortName(),
                    group.displayName(Locale.getDefault()), zones);
            LOG.info("Created firm group {}", group.authority());
        }
    }
}
