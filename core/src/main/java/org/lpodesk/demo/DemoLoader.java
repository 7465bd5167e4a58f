package org.lpodesk.demo;

import org.lpodesk.perm.PermRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.Vendor;

/**
 * Loads checked demo data ({@link DemoDataReader}) into a {@link DemoRepository}, in an order in
 * which every reference already exists when it is used: the firm groups, the vendor (site, groups,
 * engagement, through the onboarding path), the users, their group memberships, the firm site and
 * its members, then each client with its cases and their USCIS notices.
 *
 * <p>Idempotent on restart: whatever exists by name is left as it is and reported as skipped. An
 * existing user keeps its password; an existing site keeps its members; an existing case folder
 * keeps its notices. The repository runs the whole load in one transaction, so a run that fails
 * half-way leaves nothing behind and the next start tries again.
 */
public final class DemoLoader {

    /** Attorneys and paralegals work in the firm site; the firm's administrators manage it. */
    static final Map<FirmGroup, String> FIRM_SITE_ROLES = Map.of(FirmGroup.ATTORNEYS, "SiteCollaborator",
            FirmGroup.PARALEGALS, "SiteCollaborator", FirmGroup.ADMINS, "SiteManager");
    /** The integrator's service account reads and files cases over CMIS in the firm site. */
    static final String INTEGRATOR_SITE_ROLE = "SiteCollaborator";

    /** Characters Alfresco refuses in {@code cm:name}. */
    private static final Pattern NAME_FORBIDDEN = Pattern.compile("[\"*\\\\<>?/:|]");
    private static final Pattern NAME_TRAILING = Pattern.compile("[. ]+$");
    /** Where a real firm records the signed copy; the demo has none and says so. */
    static final String DEMO_ATTESTATION_DOCUMENT = "demo data: no signed document";

    private final DemoRepository repository;
    private final Locale locale;

    /** @param locale the locale of the case folder template's names, as the case folder behaviour uses */
    public DemoLoader(DemoRepository repository, Locale locale) {
        this.repository = repository;
        this.locale = locale;
    }

    /**
     * @param passwords  user name to password, from {@link DemoPasswords#resolve}
     * @param engagement the file's {@code engagement} object as parsed: the vendor-onboarding format
     * @param today      the firm's today: the demo vendor's attestations are dated a month before it
     * @throws IllegalArgumentException before anything is created, when a user has no password
     */
    public DemoLoadReport load(DemoData data, Map<String, String> passwords, Map<String, ?> engagement,
                               LocalDate today) {
        for (DemoUser u : data.users()) {
            if (passwords.get(u.userName()) == null) {
                throw new IllegalArgumentException(Messages.format("load.noPassword", u.userName()));
            }
        }
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();

        for (FirmGroup group : FirmGroup.values()) {
            if (!repository.groupExists(group.authority())) {
                repository.createFirmGroup(group);
                created.add("group " + group.authority());
            }
        }

        Vendor vendor = data.vendor();
        Optional<String> existing = repository.onboardVendor(onboardingRequest(vendor), engagement);
        if (existing.isPresent()) {
            skipped.add("vendor " + vendor.id() + ": " + existing.get() + " exists");
        } else {
            created.add("vendor " + vendor.id());
        }

        for (DemoUser u : data.users()) {
            if (repository.personExists(u.userName())) {
                skipped.add("user " + u.userName() + ": exists, its password is left as it is");
            } else {
                repository.createPerson(u, passwords.get(u.userName()));
                created.add("user " + u.userName());
            }
        }
        // without its three attestations the demo vendor could receive nothing (28 CFR 202.211; ABA 477R/498)
        String signer = data.users(DemoRole.LPO_MANAGER).stream().findFirst()
                .map(m -> m.firstName() + " " + m.lastName()).orElse(vendor.name());
        for (AttestationKind kind : AttestationKind.values()) {
            if (!repository.hasAttestation(vendor.id(), kind)) {
                repository.recordAttestation(vendor.id(), Attestation.clean(kind, today.minusMonths(1), signer,
                        DEMO_ATTESTATION_DOCUMENT));
                created.add("attestation " + kind.name() + " of vendor " + vendor.id());
            }
        }
        for (DemoUser u : data.users()) {
            if (u.role().vendor() && repository.countryOfResidence(u.userName()).isEmpty()) {
                repository.setCountryOfResidence(u.userName(), vendor.country());
                created.add("residence " + vendor.country() + " of " + u.userName());
            }
        }
        for (DemoUser u : data.users()) {
            Optional<String> group = u.role().authority(vendor);
            if (group.isEmpty()) {
                continue;
            }
            if (!repository.groupExists(group.get())) {
                skipped.add("membership " + u.userName() + " in " + group.get() + ": the group does not exist");
            } else if (!repository.isMember(group.get(), u.userName())) {
                repository.addMember(group.get(), u.userName());
                created.add("membership " + u.userName() + " in " + group.get());
            }
        }

        String site = data.firmSite().shortName();
        if (repository.siteExists(site)) {
            skipped.add("site " + site + ": exists, its members are left as they are");
        } else {
            repository.createSite(data.firmSite());
            created.add("site " + site);
            for (FirmGroup group : FirmGroup.values()) {
                repository.setSiteMembership(site, group.authority(), FIRM_SITE_ROLES.get(group));
            }
            for (DemoUser integrator : data.users(DemoRole.INTEGRATOR)) {
                repository.setSiteMembership(site, integrator.userName(), INTEGRATOR_SITE_ROLE);
            }
        }

        String library = repository.documentLibrary(site);
        String noticesFolder = CaseFolderTemplate.USCIS_NOTICES.folderName(locale);
        for (DemoClient client : data.clients()) {
            String clientName = folderName(client.client().name());
            Optional<String> clientFolder = repository.child(library, clientName);
            String clientId;
            if (clientFolder.isPresent()) {
                clientId = clientFolder.get();
                skipped.add("client " + clientName + ": exists");
            } else {
                clientId = repository.createClient(library, clientName, client);
                created.add("client " + clientName);
            }
            for (DemoCase c : data.cases(client.id())) {
                String caseName = caseFolderName(c, repository.listLabel("imm:caseTypes", c.type().modelValue()));
                if (repository.child(clientId, caseName).isPresent()) {
                    skipped.add("case " + caseName + ": exists, its notices are left as they are");
                    continue;
                }
                String caseId = repository.createCase(clientId, caseName, c);
                created.add("case " + caseName);
                for (PermRecord.Step step : c.recruitment()) {
                    repository.createRecruitmentStep(caseId, step);
                    created.add("recruitment step " + step.kind().name() + " " + step.start() + " in case " + caseName);
                }
                if (c.notices().isEmpty()) {
                    continue;
                }
                // the case folder behaviour adds the template folders when the transaction commits;
                // it leaves a folder of the same name that exists by then alone
                String folder = repository.child(caseId, noticesFolder)
                        .orElseGet(() -> repository.createFolder(caseId, noticesFolder));
                for (DemoNotice n : c.notices()) {
                    String noticeName = noticeName(n, repository.listLabel("imm:noticeKinds", n.kind().name()));
                    if (repository.child(folder, noticeName).isEmpty()) {
                        repository.createNotice(folder, noticeName, n);
                        created.add("notice " + noticeName + " in case " + caseName);
                    }
                }
            }
        }
        return new DemoLoadReport(created, skipped);
    }

    /** The fields of the vendor-onboarding web script's request body, as texts. */
    static Map<String, String> onboardingRequest(Vendor vendor) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("id", vendor.id());
        request.put("name", vendor.name());
        request.put("country", vendor.country());
        request.put("zone", vendor.zone().getId());
        if (vendor.dueDiligenceDate() != null) {
            request.put("dueDiligenceDate", vendor.dueDiligenceDate().toString());
        }
        if (vendor.conflictsCheckDate() != null) {
            request.put("conflictsCheckDate", vendor.conflictsCheckDate().toString());
        }
        return request;
    }

    /** A {@code cm:name} Alfresco accepts: no {@code " * \ < > ? / : |}, no trailing dot or space. */
    static String folderName(String text) {
        String name = NAME_TRAILING.matcher(NAME_FORBIDDEN.matcher(text).replaceAll("-").strip()).replaceAll("");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("load.name.empty", text));
        }
        return name;
    }

    /** The beneficiary, then the case type as the firm reads it: "Wei Chen - H-1B Extension". */
    static String caseFolderName(DemoCase c, String caseTypeLabel) {
        return folderName(c.beneficiary().fullName() + " - " + caseTypeLabel);
    }

    /** The notice kind as the firm reads it, then its date: "Request for Evidence 2026-11-23". */
    static String noticeName(DemoNotice n, String kindLabel) {
        return folderName(kindLabel + " " + n.date());
    }
}
