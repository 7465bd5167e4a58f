package org.lpodesk.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.workflow.CasePort;
import org.lpodesk.outsourcing.workflow.DeliveryPort;
import org.lpodesk.outsourcing.workflow.SharingPort;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.DocumentVersion;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.review.workflow.WorkProductPort;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DocumentRef;

/**
 * A repository in memory behind every content port. Like a store outside the engine's
 * transaction, it keeps what a failed step did before failing, so the suites prove the delegates'
 * own idempotency: a second copy or delivery would show up here as a second one.
 */
public final class InMemoryRepository implements WorkflowPackagePort, WorkProductPort, SharingPort, DeliveryPort, CasePort {

    record Version(String label, String content, String author) {
    }

    static final class Doc {
        final String id;
        final String name;
        final ConfidentialityLevel level;
        final String parent;
        final String copiedFrom;
        final List<Version> versions = new ArrayList<>();
        AttorneyApproval review;

        Doc(String id, String name, ConfidentialityLevel level, String parent, String copiedFrom) {
            this.id = id;
            this.name = name;
            this.level = level;
            this.parent = parent;
            this.copiedFrom = copiedFrom;
        }

        Version current() {
            return versions.get(versions.size() - 1);
        }
    }

    public static final class Folder {
        final String id;
        final String site;
        final Map<String, AccessRole> grants = new LinkedHashMap<>();

        Folder(String id, String site) {
            this.id = id;
            this.site = site;
        }

        public String id() {
            return id;
        }
    }

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Doc> docs = new HashMap<>();
    // parent → children, so that folder listings stay cheap when a suite holds thousands of documents
    private final Map<String, List<Doc>> children = new HashMap<>();
    private final Map<String, List<String>> packages = new HashMap<>();
    private final Map<String, CaseConsent> cases = new HashMap<>();
    private final Set<String> caseIds = new HashSet<>();
    private final Map<String, LocalDate> deadlines = new HashMap<>();
    private final Map<String, Folder> foldersByProcess = new HashMap<>();
    private final Map<String, Folder> folders = new HashMap<>();
    private final Map<String, DeliveredVersion> deliveries = new HashMap<>();
    private final List<String> copyLog = new ArrayList<>();
    private final List<String> deliveryLog = new ArrayList<>();
    private volatile Predicate<String> copyFault = key -> false;
    private volatile Predicate<String> deliveryFault = key -> false;

    // ----- set-up and inspection for the tests

    synchronized void addCase(String caseId, CaseConsent consent, LocalDate deadline) {
        caseIds.add(caseId);
        if (deadline != null) {
            deadlines.put(caseId, deadline);
        }
        if (consent != null) {
            cases.put(caseId, consent);
        }
    }

    public synchronized String addDocument(String parent, String name, ConfidentialityLevel level, String content,
                                    String author) {
        String id = "doc-" + ids.incrementAndGet();
        Doc doc = new Doc(id, name, level, parent, null);
        doc.versions.add(new Version("1.0", content, author));
        put(doc);
        return id;
    }

    public synchronized String addPackage(List<String> documentIds) {
        String id = "pkg-" + ids.incrementAndGet();
        packages.put(id, List.copyOf(documentIds));
        return id;
    }

    /** A new version by {@code author}, as an edit in Share would make. */
    synchronized String edit(String documentId, String content, String author) {
        Doc doc = doc(documentId);
        String[] label = doc.current().label().split("\\.");
        String next = label[0] + "." + (Integer.parseInt(label[1]) + 1);
        doc.versions.add(new Version(next, content, author));
        return next;
    }

    synchronized Doc document(String id) {
        return doc(id);
    }

    public synchronized Optional<Folder> folderOf(String processInstanceId) {
        return Optional.ofNullable(foldersByProcess.get(processInstanceId));
    }

    synchronized List<Doc> docsIn(String parent) {
        return List.copyOf(children.getOrDefault(parent, List.of()));
    }

    private void put(Doc doc) {
        docs.put(doc.id, doc);
        children.computeIfAbsent(doc.parent, p -> new ArrayList<>()).add(doc);
    }

    /** Every grant still standing on any assignment folder. */
    synchronized Map<String, Map<String, AccessRole>> openGrants() {
        Map<String, Map<String, AccessRole>> open = new LinkedHashMap<>();
        folders.values().stream().filter(f -> !f.grants.isEmpty())
                .forEach(f -> open.put(f.id, Map.copyOf(f.grants)));
        return open;
    }

    /** One "folder:document" entry per copy made. */
    synchronized List<String> copyLog() {
        return List.copyOf(copyLog);
    }

    /** One delivery key per delivery made. */
    synchronized List<String> deliveryLog() {
        return List.copyOf(deliveryLog);
    }

    synchronized int folderCount() {
        return folders.size();
    }

    /** Makes a copy or delivery throw after it happened, for the keys the predicates pick. */
    void injectFaults(Predicate<String> copies, Predicate<String> deliveries) {
        this.copyFault = copies;
        this.deliveryFault = deliveries;
    }

    // ----- WorkflowPackagePort

    @Override
    public synchronized List<DocumentRef> documents(Object workflowPackage) {
        if (workflowPackage == null) {
            return List.of();
        }
        List<String> members = packages.get(workflowPackage.toString());
        if (members == null) {
            throw new IllegalArgumentException("no workflow package " + workflowPackage);
        }
        return members.stream().map(this::doc).map(d -> new DocumentRef(d.id, d.name, d.level))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized void show(Object workflowPackage, List<String> documentIds) {
        if (!packages.containsKey(workflowPackage.toString())) {
            throw new IllegalArgumentException("no workflow package " + workflowPackage);
        }
        documentIds.forEach(this::doc);
        packages.put(workflowPackage.toString(), List.copyOf(documentIds));
    }

    // ----- WorkProductPort

    @Override
    public synchronized DocumentVersion currentVersion(String documentId) {
        Doc doc = doc(documentId);
        Set<String> authors = doc.versions.stream().map(Version::author).collect(Collectors.toSet());
        return new DocumentVersion(doc.name, doc.current().label(), authors);
    }

    @Override
    public synchronized void recordReview(String documentId, AttorneyApproval review) {
        doc(documentId).review = review;
    }

    @Override
    public synchronized Optional<AttorneyApproval> review(String documentId) {
        return Optional.ofNullable(doc(documentId).review);
    }

    // ----- SharingPort

    @Override
    public synchronized String assignmentFolder(AssignmentFolderRequest request) {
        return foldersByProcess.computeIfAbsent(request.processInstanceId(), pid -> {
            Folder folder = new Folder("folder-" + ids.incrementAndGet(), request.vendorSite());
            folders.put(folder.id, folder);
            return folder;
        }).id;
    }

    @Override
    public synchronized Set<String> copiedDocuments(String folderId) {
        folder(folderId);
        return docsIn(folderId).stream().filter(d -> d.copiedFrom != null)
                .map(d -> d.copiedFrom).collect(Collectors.toSet());
    }

    @Override
    public synchronized String copy(String documentId, String folderId, String taskKind) {
        folder(folderId);
        Doc source = doc(documentId);
        String id = "doc-" + ids.incrementAndGet();
        Doc copy = new Doc(id, source.name, source.level, folderId, documentId);
        copy.versions.add(new Version("1.0", source.current().content(), "system"));
        put(copy);
        String key = folderId + ":" + documentId;
        copyLog.add(key);
        if (copyFault.test(key)) {
            throw new IllegalStateException("injected failure after copying " + key);
        }
        return id;
    }

    @Override
    public synchronized void grant(String folderId, String authority, AccessRole role) {
        if (authority == null) {
            throw new IllegalArgumentException("no authority to grant " + role + " on " + folderId);
        }
        folder(folderId).grants.put(authority, role);
    }

    @Override
    public synchronized void revokeAll(String folderId) {
        folder(folderId).grants.clear();
    }

    @Override
    public synchronized List<String> documentsIn(String folderId) {
        folder(folderId);
        return docsIn(folderId).stream().sorted(Comparator.comparing((Doc d) -> d.name).thenComparing(d -> d.id))
                .map(d -> d.id).collect(Collectors.toList());
    }

    @Override
    public synchronized List<Draft> drafts(String folderId) {
        folder(folderId);
        return docsIn(folderId).stream().filter(d -> d.copiedFrom == null || d.versions.size() > 1)
                .map(d -> new Draft(d.id, d.copiedFrom)).collect(Collectors.toList());
    }

    // ----- DeliveryPort

    @Override
    public synchronized Optional<DeliveredVersion> findDelivery(String deliveryKey) {
        return Optional.ofNullable(deliveries.get(deliveryKey));
    }

    @Override
    public synchronized DeliveredVersion deliver(Delivery delivery) {
        Doc draft = doc(delivery.draftId());
        Version approved = draft.versions.stream().filter(v -> v.label().equals(delivery.draftVersionLabel()))
                .findFirst().orElseThrow();
        String target;
        String label;
        if (delivery.sourceDocumentId() != null) {
            target = delivery.sourceDocumentId();
            label = edit(target, approved.content(), "system");
        } else {
            target = addDocument(delivery.caseId(), draft.name, draft.level, approved.content(), "system");
            label = "1.0";
        }
        AttorneyApproval a = delivery.approval();
        doc(target).review = new AttorneyApproval(a.approver(), a.approvedAt(), ReviewOutcome.APPROVED, a.comment(),
                label);
        DeliveredVersion result = new DeliveredVersion(target, label);
        deliveries.put(delivery.deliveryKey(), result);
        deliveryLog.add(delivery.deliveryKey());
        if (deliveryFault.test(delivery.deliveryKey())) {
            throw new IllegalStateException("injected failure after delivering " + delivery.deliveryKey());
        }
        return result;
    }

    // ----- CasePort

    @Override
    public synchronized boolean exists(String caseId) {
        return caseIds.contains(caseId);
    }

    @Override
    public synchronized Optional<CaseConsent> consent(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized Optional<LocalDate> deadline(String caseId) {
        return Optional.ofNullable(deadlines.get(caseId));
    }

    @Override
    public synchronized Optional<CaseFacts> facts(String caseId) {
        return caseIds.contains(caseId) ? Optional.of(new CaseFacts("IMM-" + caseId, "H1B", "Beneficiary of " + caseId,
                List.of("IOE" + String.format("%010d", Math.abs(caseId.hashCode())))))
                : Optional.empty();
    }

    private Doc doc(String id) {
        Doc doc = docs.get(id);
        if (doc == null) {
            throw new IllegalArgumentException("no document " + id);
        }
        return doc;
    }

    private Folder folder(String id) {
        Folder folder = folders.get(id);
        if (folder == null) {
            throw new IllegalArgumentException("no assignment folder " + id);
        }
        return folder;
    }
}
