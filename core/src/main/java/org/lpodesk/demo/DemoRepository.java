package org.lpodesk.demo;

import java.util.Map;
import java.util.Optional;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.firm.FirmGroup;

/**
 * Port: the repository the demo is loaded into. Each method does one plain thing; what to create,
 * in which order and what to leave alone is {@link DemoLoader}'s decision. Node ids are opaque
 * strings (Alfresco node references in the repository).
 */
public interface DemoRepository {

    boolean personExists(String userName);

    /** Creates the person and its login with {@code password}. */
    void createPerson(DemoUser user, String password);

    boolean groupExists(String authority);

    void createFirmGroup(FirmGroup group);

    boolean isMember(String groupAuthority, String userName);

    void addMember(String groupAuthority, String userName);

    /**
     * Onboards a vendor exactly as the vendor-onboarding web script does (the request has that web
     * script's fields: id, name, country, zone, dueDiligenceDate, conflictsCheckDate).
     *
     * @return empty when the vendor was onboarded; otherwise what exists already (its site, one of
     *         its groups or its engagement record), in which case nothing was created
     */
    Optional<String> onboardVendor(Map<String, String> request, Map<String, ?> engagement);

    /** Whether the vendor has an attestation of the kind on file, valid or not. */
    boolean hasAttestation(String vendorId, AttestationKind kind);

    /** Records a signed attestation as a firm administrator would (audited). */
    void recordAttestation(String vendorId, Attestation attestation);

    /** The country of residence recorded on the user, if any. */
    Optional<String> countryOfResidence(String userName);

    void setCountryOfResidence(String userName, String country);

    boolean siteExists(String shortName);

    /** A private site. */
    void createSite(DemoSite site);

    /** Gives a group or a user a site role; setting the role a member has already changes nothing. */
    void setSiteMembership(String site, String authority, String siteRole);

    /** The site's document library folder, created if the site has none yet. */
    String documentLibrary(String site);

    /** The child of {@code parentId} with this {@code cm:name}, if there is one. */
    Optional<String> child(String parentId, String name);

    String createFolder(String parentId, String name);

    /** An {@code imm:client} folder. */
    String createClient(String parentId, String name, DemoClient client);

    /** An {@code imm:case} folder with the case's properties and, if recorded, its consent. */
    String createCase(String clientFolderId, String name, DemoCase demoCase);

    /** An {@code imm:uscisNotice} document. */
    void createNotice(String folderId, String name, DemoNotice notice);

    /** Records one recruitment step of a PERM case, as it ran (the repository judges it with the case). */
    void createRecruitmentStep(String caseId, org.lpodesk.perm.PermRecord.Step step);

    /**
     * The label a person reads for a value of one of the model's LIST constraints (e.g.
     * {@code imm:caseTypes}, {@code EB2_NIW}): folder names show labels, never codes.
     */
    String listLabel(String constraint, String value);
}
