package org.lpodesk.alfresco.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.model.filefolder.HiddenAspect;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.sites.SiteDashboardPreset;
import org.lpodesk.sites.SiteDashboardPresets;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives a site the repository created its Share dashboard: the Surf page and components of the
 * site's preset, written into the site's {@code surf-config} folder where Share's remote store
 * reads them, with the protection Alfresco's remote store gives that folder (hidden, not
 * inherited, owned by the administrator, managed by the site's managers). Without it, Share
 * answers a site created by onboarding or the demo loader with "Could not resolve view".
 */
public final class SiteDashboards {

    private static final String SURF_CONFIG = "surf-config";

    private final NodeService nodeService;
    private final SiteService siteService;
    private final ContentService contentService;
    private final PermissionService permissionService;
    private final OwnableService ownableService;
    private final HiddenAspect hiddenAspect;
    private final SiteDashboardPresets presets;

    public SiteDashboards(NodeService nodeService, SiteService siteService, ContentService contentService,
                          PermissionService permissionService, OwnableService ownableService, HiddenAspect hiddenAspect,
                          String presetsResource) {
        this.nodeService = nodeService;
        this.siteService = siteService;
        this.contentService = contentService;
        this.permissionService = permissionService;
        this.ownableService = ownableService;
        this.hiddenAspect = hiddenAspect;
        try (InputStream in = new ClassPathResource(presetsResource).getInputStream()) {
            this.presets = SiteDashboardPresets.read(in, presetsResource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + presetsResource, e);
        }
    }

    /**
     * Writes the dashboard of the site's own preset; a site that has one already keeps it.
     *
     * @throws IllegalStateException when the site does not exist or its preset is not one of the
     *         module's (nothing is written)
     */
    public void create(String siteShortName) {
        SiteInfo site = siteService.getSite(siteShortName);
        if (site == null) {
            throw new IllegalStateException("No site " + siteShortName);
        }
        SiteDashboardPreset preset = presets.preset(site.getSitePreset()).orElseThrow(() -> new IllegalStateException(
                "Site " + siteShortName + " has preset " + site.getSitePreset() + ", which has no dashboard in "
                        + presets.ids()));
        AuthenticationUtil.runAsSystem(() -> {
            NodeRef surfConfig = nodeService.getChildByName(site.getNodeRef(), ContentModel.ASSOC_CONTAINS, SURF_CONFIG);
            if (surfConfig == null) {
                surfConfig = surfConfigFolder(site);
            }
            for (SiteDashboardPreset.SurfConfigFile file : preset.surfConfig(siteShortName)) {
                NodeRef folder = surfConfig;
                for (String name : file.folders()) {
                    folder = child(folder, name, ContentModel.TYPE_FOLDER);
                }
                if (nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, file.name()) == null) {
                    NodeRef content = child(folder, file.name(), ContentModel.TYPE_CONTENT);
                    ContentWriter writer = contentService.getWriter(content, ContentModel.PROP_CONTENT, true);
                    writer.setMimetype("text/xml");
                    writer.setEncoding("UTF-8");
                    writer.putContent(file.content());
                }
            }
            return null;
        });
    }

    private NodeRef surfConfigFolder(SiteInfo site) {
        NodeRef folder = child(site.getNodeRef(), SURF_CONFIG, ContentModel.TYPE_FOLDER);
        hiddenAspect.hideNode(folder, false, false, false);
        permissionService.setInheritParentPermissions(folder, false);
        ownableService.setOwner(folder, AuthenticationUtil.getAdminUserName());
        permissionService.setPermission(folder, siteService.getSiteRoleGroup(site.getShortName(), SiteModel.SITE_MANAGER),
                SiteModel.SITE_MANAGER, true);
        return folder;
    }

    private NodeRef child(NodeRef parent, String name, QName type) {
        NodeRef existing = nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name);
        if (existing != null) {
            return existing;
        }
        Map<QName, Serializable> properties = Map.of(ContentModel.PROP_NAME, name);
        return nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)), type,
                properties).getChildRef();
    }
}
