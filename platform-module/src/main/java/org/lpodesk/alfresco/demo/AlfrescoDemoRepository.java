package org.lpodesk.alfresco.demo;

import java.time.Clock;
import org.lpodesk.dates.CalendarDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.MutableAuthenticationService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.outsourcing.VendorOnboarder;
import org.lpodesk.alfresco.outsourcing.compliance.RepositoryAttestations;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.lpodesk.alfresco.sites.SiteDashboards;
import org.lpodesk.demo.DemoCase;
import org.lpodesk.demo.DemoClient;
import org.lpodesk.demo.DemoConsent;
import org.lpodesk.demo.DemoNotice;
import org.lpodesk.demo.DemoRepository;
import org.lpodesk.demo.DemoSite;
import org.lpodesk.demo.DemoUser;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.notice.ServiceMethod;

/**
 * {@link DemoRepository} on Alfresco's services, in the caller's transaction and with its
 * authentication (the loader runs as the administrator). Cases and notices are created as a user's
 * would be: plain nodes of the imm types, so the case folder behaviour numbers the case and adds
 * its template folders and the notice behaviour computes each response deadline. The vendor goes
 * through the vendor-onboarding web script's {@link VendorOnboarder}.
 */
public final class AlfrescoDemoRepository implements DemoRepository {

    /** Share's collaboration site preset, the one a firm site is created with by hand. */
    static final String FIRM_SITE_PRESET = "site-dashboard";

    private final NodeService nodeService;
    private final PersonService personService;
    private final MutableAuthenticationService authenticationService;
    private final AuthorityService authorityService;
    private final SiteService siteService;
    private final VendorOnboarder onboarder;
    private final SiteDashboards dashboards;
    private final RepositoryAttestations attestations;
    private final ComplianceAuditPort audit;
    private final Clock clock;

    public AlfrescoDemoRepository(NodeService nodeService, PersonService personService,
                                  MutableAuthenticationService authenticationService, AuthorityService authorityService,
                                  SiteService siteService, VendorOnboarder onboarder, SiteDashboards dashboards,
                                  RepositoryAttestations attestations, ComplianceAuditPort audit, Clock clock) {
        this.nodeService = nodeService;
        this.personService = personService;
        this.authenticationService = authenticationService;
        this.authorityService = authorityService;
        this.siteService = siteService;
        this.onboarder = onboarder;
        this.attestations = attestations;
        this.audit = audit;
        this.clock = clock;
        this.dashboards = dashboards;
    }

    @Override
    public boolean personExists(String userName) {
        return personService.personExists(userName);
    }

    @Override
    public void createPerson(DemoUser user, String password) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_USERNAME, user.userName());
        props.put(ContentModel.PROP_FIRSTNAME, user.firstName());
        props.put(ContentModel.PROP_LASTNAME, user.lastName());
        props.put(ContentModel.PROP_EMAIL, user.email());
        personService.createPerson(props);
        // a login left over from a deleted person keeps its own password: the demo never resets one
        if (!authenticationService.authenticationExists(user.userName())) {
            authenticationService.createAuthentication(user.userName(), password.toCharArray());
        }
    }

    @Override
    public boolean groupExists(String authority) {
        return authorityService.authorityExists(authority);
    }

    @Override
    public void createFirmGroup(FirmGroup group) {
        authorityService.createAuthority(AuthorityType.GROUP, group.shortName(), group.displayName(Locale.getDefault()),
                authorityService.getDefaultZones());
    }

    @Override
    public boolean isMember(String groupAuthority, String userName) {
        return authorityService.getContainingAuthorities(AuthorityType.GROUP, userName, true).contains(groupAuthority);
    }

    @Override
    public void addMember(String groupAuthority, String userName) {
        authorityService.addAuthority(groupAuthority, userName);
    }

    @Override
    public Optional<String> onboardVendor(Map<String, String> request, Map<String, ?> engagement) {
        Map<String, Object> body = new HashMap<>(request);
        body.put("engagement", engagement);
        return onboarder.onboard(onboarder.check(body));
    }

    @Override
    public boolean hasAttestation(String vendorId, AttestationKind kind) {
        return attestations.attestations(vendorId).latest(kind).isPresent();
    }

    @Override
    public void recordAttestation(String vendorId, Attestation attestation) {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        attestations.record(vendorId, attestation, user, clock.instant());
        audit.record(new ComplianceAuditPort.AttestationRecorded(clock.instant(), vendorId, user, attestation));
    }

    @Override
    public Optional<String> countryOfResidence(String userName) {
        NodeRef person = personService.getPersonOrNull(userName);
        Object country = person == null ? null : nodeService.getProperty(person, ImmModel.PROP_COUNTRY_OF_RESIDENCE);
        return Optional.ofNullable(country).map(Object::toString);
    }

    @Override
    public void setCountryOfResidence(String userName, String country) {
        NodeRef person = personService.getPerson(userName);
        nodeService.addAspect(person, ImmModel.ASPECT_RESIDENCE,
                Map.<QName, Serializable>of(ImmModel.PROP_COUNTRY_OF_RESIDENCE, country));
    }

    @Override
    public boolean siteExists(String shortName) {
        return siteService.hasSite(shortName);
    }

    @Override
    public void createSite(DemoSite site) {
        siteService.createSite(FIRM_SITE_PRESET, site.shortName(), site.title(), site.description(),
                SiteVisibility.PRIVATE);
        dashboards.create(site.shortName());
    }

    @Override
    public void setSiteMembership(String site, String authority, String siteRole) {
        siteService.setMembership(site, authority, siteRole);
    }

    @Override
    public String documentLibrary(String site) {
        NodeRef library = siteService.getContainer(site, SiteService.DOCUMENT_LIBRARY);
        if (library == null) {
            library = siteService.createContainer(site, SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
        }
        return library.toString();
    }

    @Override
    public Optional<String> child(String parentId, String name) {
        return Optional.ofNullable(nodeService.getChildByName(new NodeRef(parentId), ContentModel.ASSOC_CONTAINS, name))
                .map(NodeRef::toString);
    }

    @Override
    public String createFolder(String parentId, String name) {
        return create(parentId, name, ContentModel.TYPE_FOLDER, new HashMap<>());
    }

    @Override
    public String createClient(String parentId, String name, DemoClient client) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_CLIENT_NAME, client.client().name());
        props.put(ImmModel.PROP_CLIENT_KIND, client.client().kind().name());
        if (client.email() != null) {
            props.put(ImmModel.PROP_CLIENT_EMAIL, client.email());
        }
        return create(parentId, name, ImmModel.TYPE_CLIENT, props);
    }

    @Override
    public String createCase(String clientFolderId, String name, DemoCase c) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_CASE_TYPE, c.type().name());
        props.put(ImmModel.PROP_CASE_STATUS, c.status().modelValue());
        props.put(ImmModel.PROP_BENEFICIARY_NAME, c.beneficiary().fullName());
        c.petitioner().ifPresent(p -> {
            props.put(ImmModel.PROP_PETITIONER_NAME, p.name());
            props.put(ImmModel.PROP_PETITIONER_KIND, p.kind().name());
        });
        c.receiptNumber().ifPresent(r -> props.put(ImmModel.PROP_RECEIPT_NUMBER, r.toString()));
        props.put(ImmModel.PROP_RESPONSIBLE_ATTORNEY, c.responsibleAttorney());
        props.put(ImmModel.PROP_OPENED_ON, date(c.openedOn()));
        NodeRef caseNode = new NodeRef(create(clientFolderId, name, ImmModel.TYPE_CASE, props));
        if (c.consent().isPresent()) {
            DemoConsent consent = c.consent().get();
            Map<QName, Serializable> record = new HashMap<>();
            record.put(ImmModel.PROP_CONSENT_RECORDED_BY, consent.recordedBy());
            record.put(ImmModel.PROP_CONSENT_RECORDED_ON, date(consent.recordedOn()));
            record.put(ImmModel.PROP_CONSENT_SCOPE, consent.scope().name());
            record.put(ImmModel.PROP_CONSENT_REFERENCE, consent.reference());
            nodeService.addAspect(caseNode, ImmModel.ASPECT_OUTSOURCING_CONSENT, record);
        }
        return caseNode.toString();
    }

    @Override
    public void createNotice(String folderId, String name, DemoNotice notice) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_NOTICE_KIND, notice.kind().name());
        props.put(ImmModel.PROP_NOTICE_DATE, date(notice.date()));
        props.put(ImmModel.PROP_SERVICE_METHOD,
                (notice.servedByMail() ? ServiceMethod.MAIL : ServiceMethod.ELECTRONIC).modelValue());
        create(folderId, name, ImmModel.TYPE_USCIS_NOTICE, props);
    }

    @Override
    public void createRecruitmentStep(String caseId, org.lpodesk.perm.PermRecord.Step step) {
        Map<QName, Serializable> props = new HashMap<>();
        String name = step.kind().name().toLowerCase() + "-" + step.start();
        props.put(ContentModel.PROP_NAME, name);
        props.put(ImmModel.PROP_STEP_KIND, step.kind().name());
        props.put(ImmModel.PROP_STEP_START, date(step.start()));
        props.put(ImmModel.PROP_STEP_END, date(step.end()));
        props.put(ImmModel.PROP_STEP_WHERE, step.where());
        nodeService.createNode(new NodeRef(caseId), ImmModel.ASSOC_RECRUITMENT_STEPS,
                QName.createQName(ImmModel.URI, QName.createValidLocalName(name)), ImmModel.TYPE_RECRUITMENT_STEP, props);
    }

    private String create(String parentId, String name, QName type, Map<QName, Serializable> props) {
        props.put(ContentModel.PROP_NAME, name);
        return nodeService.createNode(new NodeRef(parentId), ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)), type, props)
                .getChildRef().toString();
    }

    /** A day as LPO Desk stores every d:date (core's CalendarDates). */
    private static Date date(LocalDate day) {
        return CalendarDates.toDate(day);
    }

    @Override
    public String listLabel(String constraint, String value) {
        return ListLabels.of(constraint, value);
    }
}
