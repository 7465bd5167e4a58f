package org.lpodesk.outsourcing.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.Engageability;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.VendorVetting;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.DocumentRef;
import org.lpodesk.sharing.SharingDecision;
import org.lpodesk.sharing.SharingPolicy;
import org.lpodesk.sharing.SharingRequest;
import org.lpodesk.sharing.SharingWarning;
import org.lpodesk.sharing.VendorCompliance;

/**
 * Everything an outsourcing request must satisfy before anything is shared: a known, vetted
 * vendor engaged for the kind; a case with the client's consent when documents travel; the
 * sharing policy's yes for every document (with the compliance ports: the vendor's attestations
 * and its bulk-data counts too); a due date that leaves the firm its review buffer. Every reason
 * found is reported at once, and a refusal shares nothing: {@link #check} only reads, and
 * {@link #record} counts the shared persons once the request is accepted, in the same transaction.
 */
public final class RequestCheck {

    private final EngagementPort engagements;
    private final CasePort cases;
    private final SharingPolicy sharingPolicy;
    private final VendorVetting vetting;
    private final DueDateCheck dueDates;
    private final SharingCompliance compliance;

    public RequestCheck(EngagementPort engagements, CasePort cases, SharingPolicy sharingPolicy,
                        VendorVetting vetting, DueDateCheck dueDates, SharingCompliance compliance) {
        this.engagements = Objects.requireNonNull(engagements, "engagements");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.sharingPolicy = Objects.requireNonNull(sharingPolicy, "sharingPolicy");
        this.vetting = Objects.requireNonNull(vetting, "vetting");
        this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
        this.compliance = Objects.requireNonNull(compliance, "compliance");
    }

    /**
     * @param requestedDue the due date the requester asked for, or null for the engagement's turnaround
     * @param requester    who asks, for the audit of a refusal (null when unknown)
     */
    public record Request(String vendorId, String taskKind, String caseId, String piiReason,
                          List<DocumentRef> documents, Instant requestedDue, Instant now, String requester) {
        public Request {
            documents = List.copyOf(documents);
            Objects.requireNonNull(now, "now");
        }

        public Request(String vendorId, String taskKind, String caseId, String piiReason, List<DocumentRef> documents,
                       Instant requestedDue, Instant now) {
            this(vendorId, taskKind, caseId, piiReason, documents, requestedDue, now, null);
        }
    }

    /**
     * An accepted request: the engagement, the kind, the documents to share, the due date and the
     * firm's date the decision was made on.
     */
    public record Accepted(Engagement engagement, TaskKind kind, SharingDecision sharing, ZonedDateTime due,
                           LocalDate firmDate) {

        /** Whether anything shared holds restricted data (restricted PII or a bulk-data category). */
        public boolean restrictedData() {
            return sharing.shareable().stream().anyMatch(DocumentRef::restrictedData);
        }

        public List<SharingWarning> warnings() {
            return sharing.warnings();
        }
    }

    /** @throws OutsourcingRequestRefusedException naming every reason */
    public Accepted check(Request request) {
        List<String> reasons = new ArrayList<>();
        Optional<Engagement> engagement = Optional.empty();
        if (blank(request.vendorId())) {
            reasons.add(Texts.format("request.vendor.missing"));
        } else {
            engagement = engagements.engagement(request.vendorId());
            if (engagement.isEmpty()) {
                reasons.add(Texts.format("request.vendor.unknown", request.vendorId()));
            }
        }
        TaskKind kind = null;
        if (blank(request.taskKind())) {
            reasons.add(Texts.format("request.kind.missing"));
        } else {
            try {
                kind = TaskKind.valueOf(request.taskKind());
            } catch (IllegalArgumentException e) {
                reasons.add(Texts.format("request.kind.unknown", request.taskKind(),
                        Arrays.stream(TaskKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (engagement.isPresent()) {
            Engageability engageability = vetting.assess(engagement.get().vendor(),
                    request.now().atZone(engagement.get().firmZone()).toLocalDate());
            if (!engageability.engageable()) {
                reasons.add(engageability.reason());
            }
        }
        boolean caseKnown = false;
        if (!blank(request.caseId())) {
            caseKnown = cases.exists(request.caseId());
            if (!caseKnown) {
                reasons.add(Texts.format("request.case.unknown", request.caseId()));
            }
        } else if (!request.documents().isEmpty()) {
            reasons.add(Texts.format("request.case.missing", names(request.documents())));
        }

        SharingDecision sharing = null;
        ZonedDateTime due = null;
        if (engagement.isPresent() && kind != null) {
            Engagement e = engagement.get();
            if (request.documents().isEmpty() && !e.offers(kind)) {
                // with documents the sharing policy reports this itself, once per request
                reasons.add(Texts.format("request.kind.notEngaged", e.vendor().id(), kind.name()));
            }
            if (blank(request.caseId()) || caseKnown) {
                CaseConsent consent = blank(request.caseId()) ? null : cases.consent(request.caseId()).orElse(null);
                sharing = sharingPolicy.decide(new SharingRequest(consent, request.documents(), e, kind,
                        request.piiReason(), vendorCompliance(e, request)));
                if (!sharing.allowed()) {
                    reasons.add(sharing.summary());
                }
            }
            if (e.offers(kind)) {
                due = request.requestedDue() == null
                        ? e.dueAt(kind, request.now(), engagements.vendorCalendar(e.vendor().id()))
                        : request.requestedDue().atZone(e.firmZone());
                if (!due.toInstant().isAfter(request.now())) {
                    // shown as the firm reads its clock: its zone's local time and abbreviation
                    reasons.add(Texts.format("request.due.past", FIRM_TIME.format(due),
                            FIRM_TIME.format(request.now().atZone(e.firmZone()))));
                } else {
                    reasons.addAll(dueDates.problems(blank(request.caseId()) ? null : request.caseId(), due));
                }
            }
        }
        if (!reasons.isEmpty()) {
            compliance.audit().record(new ComplianceAuditPort.SharingRefused(request.now(),
                    request.vendorId(), request.caseId(), request.requester(),
                    sharing == null ? Set.of() : sharing.reasons(), reasons));
            throw new OutsourcingRequestRefusedException(reasons);
        }
        return new Accepted(engagement.get(), kind, sharing, due,
                request.now().atZone(engagement.get().firmZone()).toLocalDate());
    }

    /**
     * Counts the persons an accepted request shares toward the vendor's bulk-data totals and
     * audits the count and any warning. Called once, by the step that starts the process, in the
     * transaction that stores it: a request that fails to start counts nobody. Distinct persons
     * make a repeat harmless (a person counts once, with the later day).
     */
    public void record(Accepted accepted, String caseId, String processInstanceId, Instant now) {
        String vendorId = accepted.engagement().vendor().id();
        LocalDate from = sharingPolicy.thresholds().windowStart(accepted.firmDate());
        for (Map.Entry<DataCategory, Set<String>> e : personsByCategory(accepted.sharing().shareable()).entrySet()) {
            DataCategory category = e.getKey();
            Set<String> fresh = new LinkedHashSet<>(e.getValue());
            fresh.removeAll(compliance.counts().counted(vendorId, category, from, e.getValue()));
            compliance.counts().record(vendorId, category, e.getValue(), accepted.firmDate());
            compliance.audit().record(new ComplianceAuditPort.BulkShareCounted(now, vendorId, caseId,
                    processInstanceId, category, fresh.size(), compliance.counts().count(vendorId, category, from),
                    sharingPolicy.thresholds().limit(category)));
        }
        for (SharingWarning w : accepted.warnings()) {
            compliance.audit().record(new ComplianceAuditPort.BulkLimitWarning(now, vendorId, caseId,
                    processInstanceId, w.category(), w.persons(), w.limit(), w.message()));
        }
    }

    /** The vendor's attestations and counts for the request's categories. */
    private VendorCompliance vendorCompliance(Engagement engagement, Request request) {
        String vendorId = engagement.vendor().id();
        LocalDate today = request.now().atZone(engagement.firmZone()).toLocalDate();
        LocalDate from = sharingPolicy.thresholds().windowStart(today);
        Map<DataCategory, VendorCompliance.BulkCount> counts = new EnumMap<>(DataCategory.class);
        for (Map.Entry<DataCategory, Set<String>> e : personsByCategory(request.documents()).entrySet()) {
            counts.put(e.getKey(), new VendorCompliance.BulkCount(
                    compliance.counts().count(vendorId, e.getKey(), from),
                    compliance.counts().counted(vendorId, e.getKey(), from, e.getValue())));
        }
        return new VendorCompliance(today, compliance.attestations().attestations(vendorId), counts);
    }

    private static Map<DataCategory, Set<String>> personsByCategory(List<DocumentRef> documents) {
        Map<DataCategory, Set<String>> persons = new EnumMap<>(DataCategory.class);
        for (DocumentRef doc : documents) {
            if (doc.category() != null) {
                persons.computeIfAbsent(doc.category(), c -> new LinkedHashSet<>()).addAll(doc.persons());
            }
        }
        return persons;
    }

    private static final java.time.format.DateTimeFormatter FIRM_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", java.util.Locale.ENGLISH);

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String names(List<DocumentRef> documents) {
        return documents.stream().map(DocumentRef::name).collect(Collectors.joining(", "));
    }
}
