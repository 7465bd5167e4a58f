package org.lpodesk.demo;

import org.lpodesk.outsourcing.AttestationKind;

import org.lpodesk.outsourcing.Attestation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;

/**
 * A {@link DemoRepository} in memory that refuses what Alfresco refuses: a member or site role
 * for a group or person that does not exist, a second node of the same name in a folder, a second
 * person or site of the same name, a vendor whose site, groups or record exist.
 */
final class InMemoryDemoRepository implements DemoRepository {

    final Map<String, String> passwords = new LinkedHashMap<>();
    final Map<String, Set<String>> groups = new LinkedHashMap<>();
    final Map<String, Map<String, String>> siteMembers = new LinkedHashMap<>();
    final Set<String> vendorRecords = new HashSet<>();
    /** node id to (name, parent id, kind) */
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();
    private int nextId;

    record Node(String name, String parent, String kind, Object payload) {
    }

    @Override
    public boolean personExists(String userName) {
        return passwords.containsKey(userName);
    }

    @Override
    public void createPerson(DemoUser user, String password) {
        if (passwords.putIfAbsent(user.userName(), password) != null) {
            throw new IllegalStateException("person exists: " + user.userName());
        }
        log.add("person " + user.userName());
    }

    @Override
    public boolean groupExists(String authority) {
        return groups.containsKey(authority);
    }

    @Override
    public void createFirmGroup(FirmGroup group) {
        createGroup(group.authority());
    }

    void createGroup(String authority) {
        if (groups.putIfAbsent(authority, new HashSet<>()) != null) {
            throw new IllegalStateException("group exists: " + authority);
        }
        log.add("group " + authority);
    }

    @Override
    public boolean isMember(String groupAuthority, String userName) {
        return groups.getOrDefault(groupAuthority, Set.of()).contains(userName);
    }

    @Override
    public void addMember(String groupAuthority, String userName) {
        if (!groups.containsKey(groupAuthority) || !passwords.containsKey(userName)) {
            throw new IllegalStateException("no group " + groupAuthority + " or no person " + userName);
        }
        groups.get(groupAuthority).add(userName);
        log.add("member " + userName + " " + groupAuthority);
    }

    @Override
    public Optional<String> onboardVendor(Map<String, String> request, Map<String, ?> engagement) {
        String id = request.get("id");
        Vendor vendor = new Vendor(id, request.get("name"), request.get("country"),
                java.time.ZoneId.of(request.get("zone")), null, null);
        if (siteMembers.containsKey(vendor.siteShortName())) {
            return Optional.of("site " + vendor.siteShortName());
        }
        for (String g : vendor.groups()) {
            if (groups.containsKey(g)) {
                return Optional.of("group " + g);
            }
        }
        if (!vendorRecords.add(id)) {
            return Optional.of("its engagement record");
        }
        if (!engagement.containsKey("terms")) {
            throw new IllegalArgumentException("engagement without terms");
        }
        siteMembers.put(vendor.siteShortName(), new HashMap<>());
        for (VendorRole role : VendorRole.values()) {
            createGroup(vendor.group(role));
            siteMembers.get(vendor.siteShortName()).put(vendor.group(role), "SiteConsumer");
        }
        log.add("vendor " + id);
        return Optional.empty();
    }

    @Override
    public boolean siteExists(String shortName) {
        return siteMembers.containsKey(shortName);
    }

    @Override
    public void createSite(DemoSite site) {
        if (siteMembers.putIfAbsent(site.shortName(), new HashMap<>()) != null) {
            throw new IllegalStateException("site exists: " + site.shortName());
        }
        log.add("site " + site.shortName());
    }

    @Override
    public void setSiteMembership(String site, String authority, String siteRole) {
        if (!siteMembers.containsKey(site) || !(groups.containsKey(authority) || passwords.containsKey(authority))) {
            throw new IllegalStateException("no site " + site + " or no authority " + authority);
        }
        siteMembers.get(site).put(authority, siteRole);
    }

    @Override
    public String documentLibrary(String site) {
        if (!siteMembers.containsKey(site)) {
            throw new IllegalStateException("no site " + site);
        }
        String id = "library:" + site;
        nodes.putIfAbsent(id, new Node("documentLibrary", site, "folder", null));
        return id;
    }

    @Override
    public Optional<String> child(String parentId, String name) {
        return nodes.entrySet().stream().filter(e -> e.getValue().parent().equals(parentId)
                && e.getValue().name().equals(name)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public String createFolder(String parentId, String name) {
        return create(parentId, name, "folder", null);
    }

    @Override
    public String createClient(String parentId, String name, DemoClient client) {
        return create(parentId, name, "client", client);
    }

    @Override
    public String createCase(String clientFolderId, String name, DemoCase demoCase) {
        if (!"client".equals(nodes.get(clientFolderId).kind()) || !passwords.containsKey(demoCase.responsibleAttorney())) {
            throw new IllegalStateException("case outside a client folder or attorney unknown: " + name);
        }
        return create(clientFolderId, name, "case", demoCase);
    }

    @Override
    public void createNotice(String folderId, String name, DemoNotice notice) {
        String caseId = nodes.get(folderId).parent();
        if (!"case".equals(nodes.get(caseId).kind())) {
            throw new IllegalStateException("notice outside a case: " + name);
        }
        create(folderId, name, "notice", notice);
    }

    @Override
    public void createRecruitmentStep(String caseId, org.lpodesk.perm.PermRecord.Step step) {
        if (!"case".equals(nodes.get(caseId).kind())) {
            throw new IllegalStateException("recruitment step outside a case: " + step.kind());
        }
        create(caseId, step.kind().name() + " " + step.start(), "step", step);
    }

    private String create(String parentId, String name, String kind, Object payload) {
        if (!nodes.containsKey(parentId)) {
            throw new IllegalStateException("no parent " + parentId);
        }
        if (child(parentId, name).isPresent()) {
            throw new IllegalStateException("duplicate child name " + name + " in " + parentId);
        }
        String id = "node-" + (++nextId);
        nodes.put(id, new Node(name, parentId, kind, payload));
        log.add(kind + " " + name);
        return id;
    }

    List<Node> nodesOfKind(String kind) {
        return nodes.values().stream().filter(n -> n.kind().equals(kind)).toList();
    }

    /** The labels of the repository's own model bundle, as Alfresco resolves them for the adapter. */
    @Override
    public String listLabel(String constraint, String value) {
        String key = "listconstraint." + constraint.replace(':', '_') + "." + value;
        return MODEL_LABELS.getProperty(key, value);
    }

    private static final java.util.Properties MODEL_LABELS = modelLabels();

    private static java.util.Properties modelLabels() {
        java.util.Properties labels = new java.util.Properties();
        java.nio.file.Path bundle = java.nio.file.Paths.get("..", "platform-module", "src", "main", "resources", "alfresco",
                "module", "lpodesk-platform", "messages", "immigration-model.properties");
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(bundle, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            labels.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the model bundle " + bundle.toAbsolutePath(), e);
        }
        return labels;
    }

    final Map<String, List<Attestation>> attestations = new LinkedHashMap<>();
    final Map<String, String> residences = new LinkedHashMap<>();

    @Override
    public boolean hasAttestation(String vendorId, AttestationKind kind) {
        return attestations.getOrDefault(vendorId, List.of()).stream().anyMatch(a -> a.kind() == kind);
    }

    @Override
    public void recordAttestation(String vendorId, Attestation attestation) {
        attestations.computeIfAbsent(vendorId, v -> new ArrayList<>()).add(attestation);
    }

    @Override
    public Optional<String> countryOfResidence(String userName) {
        return Optional.ofNullable(residences.get(userName));
    }

    @Override
    public void setCountryOfResidence(String userName, String country) {
        residences.put(userName, country);
    }
}
