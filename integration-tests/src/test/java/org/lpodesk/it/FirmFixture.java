package org.lpodesk.it;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;
import org.lpodesk.outsourcing.onboarding.VendorOnboarding;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.alfresco.outsourcing.compliance.RepositoryAttestations;
import org.springframework.context.ApplicationContext;

/**
 * A throw-away firm and vendor inside the running repository, named with a random suffix so
 * that runs never meet: a private firm site with one client folder and one case folder, whose
 * members are the firm's attorney and paralegal groups; a vetted vendor onboarded as the
 * vendor-onboarding web script does it (private site {@code lpo-<id>}, its three groups with the
 * site roles core's {@link VendorOnboarding} plans, optionally its engagement record); one user
 * per role. Everything is created and removed as the admin, each step in its own transaction.
 */
final class FirmFixture {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final VendorOnboarding onboarding = VendorOnboarding.plan(RequestArguments.of(Map.of(
            "id", "it-" + suffix, "name", "IT vendor " + suffix, "country", "IN", "zone", "Asia/Kolkata",
            "dueDiligenceDate", LocalDate.now().minusDays(1).toString(), "conflictsCheckDate", LocalDate.now().minusDays(1).toString())), "lpo-");
    final Vendor vendor = onboarding.vendor();
    final String firmSite = "lpodesk-it-firm-" + suffix;
    final String attorney = "it.attorney." + suffix;
    final String paralegal = "it.paralegal." + suffix;
    final String associate = "it.associate." + suffix;
    final String manager = "it.manager." + suffix;
    final String reviewer = "it.reviewer." + suffix;

    NodeRef firmLibrary;
    NodeRef clientFolder;
    NodeRef caseFolder;
    NodeRef vendorLibrary;

    /** Where RepositoryEngagements keeps vendor records in the attribute store. */
    private static final String ENGAGEMENT_KEY = "lpodesk.vendor";
    /** Where RepositoryAttestations keeps them. */
    private static final String ATTESTATION_KEY = "lpodesk.attestation";

    private final ServiceRegistry services;
    private final ApplicationContext context;
    private boolean engaged;

    FirmFixture(ServiceRegistry services, ApplicationContext context) {
        this.services = services;
        this.context = context;
    }

    List<String> users() {
        return List.of(attorney, paralegal, associate, manager, reviewer);
    }

    /** The cm:person node of a user, what a task's bpm:assignee association points to. */
    NodeRef personNode(String userName) {
        return services.getPersonService().getPerson(userName, false);
    }

    ServiceRegistry services() {
        return services;
    }

    void create() {
        asAdmin(() -> {
            for (String user : users()) {
                person(user);
            }
            services.getAuthorityService().addAuthority(FirmGroup.ATTORNEYS.authority(), attorney);
            services.getAuthorityService().addAuthority(FirmGroup.PARALEGALS.authority(), paralegal);
            Map<VendorRole, String> members = Map.of(VendorRole.MANAGERS, manager, VendorRole.ASSOCIATES, associate,
                    VendorRole.REVIEWERS, reviewer);
            for (VendorRole role : VendorRole.values()) {
                String group = services.getAuthorityService().createAuthority(AuthorityType.GROUP,
                        onboarding.groupShortName(role));
                services.getAuthorityService().addAuthority(group, members.get(role));
            }
            return null;
        });
        asAdmin(() -> {
            SiteService sites = services.getSiteService();
            sites.createSite("site-dashboard", firmSite, "IT firm " + suffix, null, SiteVisibility.PRIVATE);
            sites.setMembership(firmSite, FirmGroup.ATTORNEYS.authority(), SiteModel.SITE_COLLABORATOR);
            sites.setMembership(firmSite, FirmGroup.PARALEGALS.authority(), SiteModel.SITE_COLLABORATOR);
            firmLibrary = sites.createContainer(firmSite, SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
            String vendorSite = onboarding.siteShortName();
            sites.createSite("site-dashboard", vendorSite, vendor.name(), null, SiteVisibility.PRIVATE);
            for (VendorRole role : VendorRole.values()) {
                sites.setMembership(vendorSite, vendor.group(role), onboarding.groupSiteRoles().get(role));
            }
            vendorLibrary = sites.createContainer(vendorSite, SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
            return null;
        });
        asAdmin(() -> {
            clientFolder = child(firmLibrary, ImmModel.TYPE_CLIENT, "Client " + suffix, Map.of(
                    QName.createQName(ImmModel.URI, "clientName"), "Client " + suffix));
            caseFolder = child(clientFolder, ImmModel.TYPE_CASE, "EB-1A " + suffix, Map.of(
                    ImmModel.PROP_CASE_TYPE, "EB1A",
                    ImmModel.PROP_CASE_STATUS, "DRAFTING",
                    ImmModel.PROP_BENEFICIARY_NAME, "Beneficiary " + suffix,
                    ImmModel.PROP_RESPONSIBLE_ATTORNEY, attorney));
            return null;
        });
    }

    /** Stores the vendor's engagement record, as the onboarding web script does. */
    /** The vendor engaged for EB-1 petitions at a 900.00 USD flat fee, and the client's consent recorded on the case. */
    void engageForPetitionsWithConsent() {
        engage(Map.of("currency", "USD", "businessDayEnd", "18:00",
                "terms", List.of(Map.of("kind", "EB1_PETITION", "turnaroundBusinessDays", 10, "billing", "FLAT_FEE",
                        "fee", "900.00", "clientCharge", "FEE"))));
        asAdmin(() -> {
            Map<QName, Serializable> consent = new HashMap<>();
            consent.put(ImmModel.PROP_CONSENT_RECORDED_BY, attorney);
            consent.put(ImmModel.PROP_CONSENT_RECORDED_ON, new Date());
            consent.put(ImmModel.PROP_CONSENT_SCOPE, "DOCUMENTS");
            services.getNodeService().addAspect(caseFolder, ImmModel.ASPECT_OUTSOURCING_CONSENT, consent);
            return null;
        });
    }

    /** The client's consent to outsourcing recorded on {@code caseFolder} with {@code scope}, replacing an earlier one. */
    void consent(NodeRef caseFolder, String scope) {
        asAdmin(() -> {
            Map<QName, Serializable> consent = new HashMap<>();
            consent.put(ImmModel.PROP_CONSENT_RECORDED_BY, attorney);
            consent.put(ImmModel.PROP_CONSENT_RECORDED_ON, new Date());
            consent.put(ImmModel.PROP_CONSENT_SCOPE, scope);
            if (services.getNodeService().hasAspect(caseFolder, ImmModel.ASPECT_OUTSOURCING_CONSENT)) {
                services.getNodeService().addProperties(caseFolder, consent);
            } else {
                services.getNodeService().addAspect(caseFolder, ImmModel.ASPECT_OUTSOURCING_CONSENT, consent);
            }
            return null;
        });
    }

    /** The engagement record and the vendor's three attestations, as a firm ready to outsource has them. */
    void engage(Map<String, ?> engagement) {
        engageWithoutAttestations(engagement);
        attest();
    }

    void engageWithoutAttestations(Map<String, ?> engagement) {
        asAdmin(() -> {
            RepositoryEngagements engagements = context.getBean("lpodesk.engagements", RepositoryEngagements.class);
            if (!engagements.create(vendor, engagement)) {
                throw new IllegalStateException("vendor " + vendor.id() + " already has an engagement record");
            }
            engaged = true;
            return null;
        });
    }

    /** The three attestations a vendor needs before any client document goes to it, signed a month ago. */
    void attest() {
        for (AttestationKind kind : AttestationKind.values()) {
            attest(Attestation.clean(kind, LocalDate.now().minusMonths(1), "IT officer " + suffix, "it-" + kind));
        }
    }

    void attest(Attestation attestation) {
        asAdmin(() -> {
            context.getBean("lpodesk.attestations", RepositoryAttestations.class).record(vendor.id(), attestation,
                    "admin", java.time.Instant.now());
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
            for (String user : users()) {
                if (services.getPersonService().personExists(user)) {
                    services.getPersonService().deletePerson(user);
                }
            }
            for (String group : vendor.groups()) {
                if (services.getAuthorityService().authorityExists(group)) {
                    services.getAuthorityService().deleteAuthority(group);
                }
            }
            if (engaged) {
                services.getAttributeService().removeAttribute(ENGAGEMENT_KEY, vendor.id());
            }
            services.getAttributeService().removeAttributes(ATTESTATION_KEY, vendor.id());
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
        // fully authenticated, not only run-as: the workflow service records the initiator and
        // filters tasks by the fully authenticated user, as it does for a real request
        AuthenticationUtil.pushAuthentication();
        try {
            AuthenticationUtil.setFullyAuthenticatedUser(user);
            return services.getTransactionService().getRetryingTransactionHelper().doInTransaction(work, false, true);
        } finally {
            AuthenticationUtil.popAuthentication();
        }
    }

    /** The attorney's approval of the document's current version, as the attorney review records it. */
    void approve(NodeRef document) {
        as(attorney, () -> {
            Map<QName, Serializable> approval = new HashMap<>();
            approval.put(ImmModel.PROP_APPROVER, attorney);
            approval.put(ImmModel.PROP_APPROVED_ON, new Date());
            approval.put(ImmModel.PROP_APPROVAL_OUTCOME, "APPROVED");
            Serializable label = services.getNodeService().getProperty(document, ContentModel.PROP_VERSION_LABEL);
            approval.put(ImmModel.PROP_APPROVED_VERSION_LABEL, label == null ? "1.0" : label.toString());
            services.getNodeService().addAspect(document, ImmModel.ASPECT_ATTORNEY_APPROVAL, approval);
            return null;
        });
    }

    /** New plain-text content of a document, in the caller's transaction. */
    void write(NodeRef node, String text) {
        org.alfresco.service.cmr.repository.ContentWriter writer = services.getContentService()
                .getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent(text);
    }

    /** Runs {@code work} as {@code user} with no transaction around it, as a web script without one does. */
    <T> T asUser(String user, java.util.function.Supplier<T> work) {
        AuthenticationUtil.pushAuthentication();
        try {
            AuthenticationUtil.setFullyAuthenticatedUser(user);
            return work.get();
        } finally {
            AuthenticationUtil.popAuthentication();
        }
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
