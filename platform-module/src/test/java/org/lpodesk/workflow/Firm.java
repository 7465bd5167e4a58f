package org.lpodesk.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import java.util.ArrayList;
import java.util.Collections;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.lpodesk.outsourcing.workflow.SharingCompliance;
import org.lpodesk.sharing.InMemoryBulkCounts;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.usage.InMemoryUsageLedger;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.deadline.VendorDueDatePlanner;
import org.lpodesk.deadline.VendorDueDatePolicy;
import org.lpodesk.outsourcing.workflow.CaseDeadlineDueDateCheck;
import org.lpodesk.outsourcing.workflow.DueDateCheck;
import org.lpodesk.outsourcing.workflow.EngagementPort;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.ConsentScope;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.BulkCountPort;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.DocumentRef;

/**
 * A small firm and its vendors, the same in every suite: users and groups, three vendors (one
 * vetted in India, one in a country of concern, one with stale due diligence), each with current
 * attestations, cases with and without consent (one whose consent covers generative AI), and the
 * ports in memory, the compliance audit among them.
 */
public final class Firm {

    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T14:00:00Z");
    static final ZoneId FIRM_ZONE = ZoneId.of("America/New_York");

    public static final String PARALEGAL = "paula";
    public static final String ATTORNEY = "ann";
    static final String OTHER_ATTORNEY = "alan";
    public static final String MANAGER = "mike";
    public static final String ASSOCIATE = "asha";
    static final String OTHER_ASSOCIATE = "arun";
    public static final String REVIEWER = "raj";

    public static final String CASE_WITH_CONSENT = "case-consent";
    static final String CASE_WITH_PII_CONSENT = "case-pii-consent";
    static final String CASE_WITHOUT_CONSENT = "case-no-consent";
    /** Consent to outsourcing that also covers the vendor's use of generative AI (ABA Formal Op. 512). */
    static final String CASE_WITH_AI_CONSENT = "case-ai-consent";
    /** An RFE response due ten days after the suite's Monday: no room for a 3-day vendor turnaround. */
    static final String CASE_DUE_SOON = "case-due-soon";

    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryRepository repository = new InMemoryRepository();
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    final InMemoryRfeNotices rfeNotices = new InMemoryRfeNotices();
    final InMemoryCaseChecklists checklists = new InMemoryCaseChecklists();
    final Map<String, Engagement> engagements = new HashMap<>();
    final Map<String, VendorAttestations> attestations = new HashMap<>();
    final InMemoryBulkCounts bulkCounts = new InMemoryBulkCounts();
    // a plain synchronized list: the load suite and the benchmarks add one event per drafting round
    final List<ComplianceAuditPort.Event> audit = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Classification> classifications = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> listings = new ConcurrentHashMap<>();
    private volatile BiPredicate<String, Integer> listingFault = (workflowPackage, listing) -> false;

    /** A document's bulk-data category and the persons whose data it holds, as the repository reads them. */
    private record Classification(DataCategory category, Set<String> persons) {
    }

    final Vendor acme;
    final Vendor redco;
    final Vendor stale;

    /** The firm as of the suites' fixed Monday. */
    public Firm() {
        this(MONDAY_MORNING);
    }

    /** The firm as of {@code today}: vetting and case deadlines lie at the same distances from it. */
    public Firm(Instant today) {
        LocalDate day = today.atZone(FIRM_ZONE).toLocalDate();
        acme = new Vendor("acme", "Acme Legal Process", "IN", ZoneId.of("Asia/Kolkata"), day.minusDays(51),
                day.minusDays(49));
        redco = new Vendor("redco", "Red Co Drafting", "CN", ZoneId.of("Asia/Shanghai"), day.minusDays(51),
                day.minusDays(49));
        stale = new Vendor("stale", "Stale Services", "IN", ZoneId.of("Asia/Kolkata"), LocalDate.of(2020, 1, 10),
                day.minusDays(49));
        directory.user(PARALEGAL, "GROUP_IMM_PARALEGALS")
                .user(ATTORNEY, "GROUP_IMM_ATTORNEYS")
                .user(OTHER_ATTORNEY, "GROUP_IMM_ATTORNEYS")
                .user(MANAGER, acme.managersGroup(), redco.managersGroup(), stale.managersGroup())
                .user(ASSOCIATE, acme.associatesGroup(), redco.associatesGroup())
                .user(OTHER_ASSOCIATE, acme.associatesGroup())
                .user(REVIEWER, acme.reviewersGroup(), redco.reviewersGroup());
        for (Vendor vendor : List.of(acme, redco, stale)) {
            // every vendor attests cleanly (signed 40 days ago): the suites' other refusals stay what they were
            attestations.put(vendor.id(), new VendorAttestations(vendor.id(), List.of(
                    Attestation.clean(AttestationKind.OWNERSHIP, day.minusDays(40), "CEO of " + vendor.id(), "att-o"),
                    Attestation.clean(AttestationKind.STAFF_RESIDENCE, day.minusDays(40), "CEO of " + vendor.id(),
                            "att-r"),
                    Attestation.clean(AttestationKind.SECURITY, day.minusDays(40), "CEO of " + vendor.id(), "att-s"))));
            engagements.put(vendor.id(), Engagement.builder(vendor, FIRM_ZONE)
                    .hourPackage(HourPackage.of("40", Money.usd("25"), Money.usd("35")))
                    .kind(TaskKind.EB1_PETITION, 5, Billing.flatFee(Money.usd("900")), ClientCharge.FEE)
                    .kind(TaskKind.RFE_RESPONSE, 3, Billing.flatFee(Money.usd("600")), ClientCharge.FEE)
                    .kind(TaskKind.LEGAL_RESEARCH, 2, Billing.hourly(), ClientCharge.COST)
                    .kind(TaskKind.DOCUMENT_COLLECTION, 3, Billing.hourly(), ClientCharge.COST)
                    .kind(TaskKind.CASE_STATUS_CHECK, 1, Billing.hourly(), ClientCharge.COST)
                    .build());
        }
        repository.addCase(CASE_WITH_CONSENT, new CaseConsent(ATTORNEY, today.minusSeconds(86_400 * 30),
                ConsentScope.DOCUMENTS), day.plusDays(59));
        repository.addCase(CASE_WITH_PII_CONSENT, new CaseConsent(ATTORNEY,
                today.minusSeconds(86_400 * 30), ConsentScope.DOCUMENTS_AND_RESTRICTED_PII), null);
        repository.addCase(CASE_WITHOUT_CONSENT, null, null);
        repository.addCase(CASE_WITH_AI_CONSENT, new CaseConsent(ATTORNEY, today.minusSeconds(86_400 * 30),
                ConsentScope.DOCUMENTS, true), day.plusDays(59));
        repository.addCase(CASE_DUE_SOON, new CaseConsent(ATTORNEY, today.minusSeconds(86_400 * 30),
                ConsentScope.DOCUMENTS), day.plusDays(10));
    }

    EngagementPort engagementPort() {
        return vendorId -> Optional.ofNullable(engagements.get(vendorId));
    }

    /** The firm's real due-date rule: federal holidays, default review buffer and filing time. */
    public DueDateCheck dueDates(java.time.Clock clock) {
        return new CaseDeadlineDueDateCheck(new VendorDueDatePlanner(HolidayCalendar.federal(),
                VendorDueDatePolicy.defaults(), clock.withZone(FIRM_ZONE)), repository);
    }

    public InMemoryRepository repository() {
        return repository;
    }

    /** Marks a document as holding {@code category} data of {@code persons} (opaque ids). */
    void classify(String documentId, DataCategory category, Set<String> persons) {
        classifications.put(documentId, new Classification(category, Set.copyOf(persons)));
    }

    /**
     * Makes a package's listing throw when {@code fault} picks it: given the package and how many
     * times it was listed, the first being the start check's.
     */
    void failListings(BiPredicate<String, Integer> fault) {
        this.listingFault = fault;
    }

    /** The repository's packages with the documents' bulk-data facts, listings failing as asked. */
    private WorkflowPackagePort packages() {
        return new WorkflowPackagePort() {
            @Override
            public List<DocumentRef> documents(Object workflowPackage) {
                if (workflowPackage != null) {
                    int listing = listings.computeIfAbsent(workflowPackage.toString(), p -> new AtomicInteger())
                            .incrementAndGet();
                    if (listingFault.test(workflowPackage.toString(), listing)) {
                        throw new IllegalStateException("listing " + listing + " of " + workflowPackage
                                + " fails on purpose");
                    }
                }
                return repository.documents(workflowPackage).stream().map(doc -> {
                    Classification c = classifications.get(doc.id());
                    return c == null ? doc : new DocumentRef(doc.id(), doc.name(), doc.level(), c.category(),
                            c.persons());
                }).toList();
            }

            @Override
            public void show(Object workflowPackage, List<String> documentIds) {
                repository.show(workflowPackage, documentIds);
            }
        };
    }

    public InMemoryDirectory directory() {
        return directory;
    }

    public WorkflowBeans.Ports ports(DueDateCheck dueDates) {
        return ports(dueDates, bulkCounts);
    }

    /** The ports with the bulk-data counts kept by {@code counts} (a database store, say) instead of in memory. */
    public WorkflowBeans.Ports ports(DueDateCheck dueDates, BulkCountPort counts) {
        return new WorkflowBeans.Ports(directory, packages(), repository, repository, repository, repository,
                engagementPort(), ledger, notifications, dueDates, rfeNotices, checklists,
                new SharingCompliance(vendorId -> attestations.getOrDefault(vendorId, VendorAttestations.none(vendorId)),
                        counts, audit::add));
    }
}
