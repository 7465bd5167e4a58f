package org.lpodesk.it;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;

/**
 * A throw-away firm and vendor inside the running repository, named with a random suffix so
 * that runs never meet: a private firm site with one client folder and one case folder, whose
 * members are the firm's attorney and paralegal groups; a private vendor site {@code lpo-<id>}
 * whose consumers are the vendor's associates; one attorney, one paralegal and one LPO associate.
 * Everything is created and removed as the admin, each step in its own transaction.
 */
final class FirmFixture {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final Vendor vendor = new Vendor("it-" + suffix, "IT vendor " + suffix, "IN", ZoneId.of("Asia/Kolkata"), null, null);
    final String firmSite = "lpodesk-it-firm-" + suffix;
    final String attorney = "it.attorney." + suffix;
    final String paralegal = "it.paralegal." + suffix;
    final String associate = "it.associate." + suffix;

    NodeRef firmLibrary;
    NodeRef clientFolder;
    NodeRef caseFolder;
    NodeRef vendorLibrary;

    private final ServiceRegistry services;

    FirmFixture(ServiceRegistry services) {
        this.services = services;
    }

    void create() {
        asAdmin(() -> {
            person(attorney);
            person(paralegal);
            person(associate);
            services.getAuthorityService().addAuthority(FirmGroup.ATTORNEYS.authority(), attorney);
            services.getAuthorityService().addAuthority(FirmGroup.PARALEGALS.authority(), paralegal);
            String associates = services.getAuthorityService().createAuthority(AuthorityType.GROUP,
                    vendor.group(VendorRole.ASSOCIATES).substring("GROUP_".length()));
            services.getAuthorityService().addAuthority(associates, associate);
            return null;
        });
        asAdmin(() -> {
            SiteService sites = services.getSiteService();
            sites.createSite("site-dashboard", firmSite, "IT firm " + suffix, null, SiteVisibility.PRIVATE);
            sites.setMembership(firmSite, FirmGroup.ATTORNEYS.authority(), SiteModel.SITE_COLLABORATOR);
            sites.setMembership(firmSite, FirmGroup.PARALEGALS.authority(), SiteModel.SITE_COLLABORATOR);
            firmLibrary = sites.createContainer(firmSite, SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
            String vendorSite = vendor.siteShortName();
            sites.createSite("site-dashboard", vendorSite, vendor.name(), null, SiteVisibility.PRIVATE);
            sites.setMembership(vendorSite, vendor.group(VendorRole.ASSOCIATES), SiteModel.SITE_CONSUMER);
            vendorLibrary = sites.createContainer(vendorSite, SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
            return null;
        });
        asAdmin(() -> {
            clientFolder = child(firmLibrary, ImmModel.TYPE_CLIENT, "Client " + suffix, Map.of());
            caseFolder = child(clientFolder, ImmModel.TYPE_CASE, "EB-1A " + suffix, Map.of(
                    ImmModel.PROP_CASE_TYPE, "EB1A",
                    ImmModel.PROP_CASE_STATUS, "DRAFTING",
                    ImmModel.PROP_BENEFICIARY_NAME, "Beneficiary " + suffix,
                    ImmModel.PROP_RESPONSIBLE_ATTORNEY, attorney));
            return null;
        });
    }

    void remove() {
        asAdmin(() -> {
            SiteService sites = services.getSiteService();
            for (String site : new String[] {firmSite, vendor.siteShortName()}) {
                if (sites.getSite(site) != null) {
                    sites.deleteSite(site);
                }
            }
            for (String user : new String[] {attorney, paralegal, associate}) {
                if (services.getPersonService().personExists(user)) {
                    services.getPersonService().deletePerson(user);
                }
            }
            String associates = vendor.group(VendorRole.ASSOCIATES);
            if (services.getAuthorityService().authorityExists(associates)) {
                services.getAuthorityService().deleteAuthority(associates);
            }
            return null;
        });
    }

    NodeRef child(NodeRef parent, QName type, String name, Map<QName, Serializable> properties) {
        Map<QName, Serializable> props = new HashMap<>(properties);
        props.put(ContentModel.PROP_NAME, name);
        return services.getNodeService().createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)), type, props)
                .getChildRef();
    }

    /** Runs {@code work} as {@code user} in a new transaction that commits (or rolls back) before it returns. */
    <T> T as(String user, RetryingTransactionHelper.RetryingTransactionCallback<T> work) {
        return AuthenticationUtil.runAs(() -> services.getTransactionService().getRetryingTransactionHelper()
                .doInTransaction(work, false, true), user);
    }

    <T> T asAdmin(RetryingTransactionHelper.RetryingTransactionCallback<T> work) {
        return as(AuthenticationUtil.getAdminUserName(), work);
    }

    private void person(String userName) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_USERNAME, userName);
        props.put(ContentModel.PROP_FIRSTNAME, "IT");
        props.put(ContentModel.PROP_LASTNAME, userName.toUpperCase(Locale.ROOT));
        props.put(ContentModel.PROP_EMAIL, userName + "@example.com");
        services.getPersonService().createPerson(props);
    }
}
