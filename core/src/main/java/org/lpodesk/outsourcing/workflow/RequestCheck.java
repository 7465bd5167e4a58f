package org.lpodesk.outsourcing.workflow;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.Engageability;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.VendorVetting;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.DocumentRef;
import org.lpodesk.sharing.SharingDecision;
import org.lpodesk.sharing.SharingPolicy;
import org.lpodesk.sharing.SharingRequest;

/**
 * Everything an outsourcing request must satisfy before anything is shared: a known, vetted
 * vendor engaged for the kind; a case with the client's consent when documents travel; the
 * sharing policy's yes for every document; a due date that leaves the firm its review buffer.
 * Every reason found is reported at once.
 */
public final class RequestCheck {

    private final EngagementPort engagements;
    private final CasePort cases;
    private final SharingPolicy sharingPolicy;
    private final VendorVetting vetting;
    private final DueDateCheck dueDates;

    public RequestCheck(EngagementPort engagements, CasePort cases, SharingPolicy sharingPolicy,
                        VendorVetting vetting, DueDateCheck dueDates) {
        this.engagements = Objects.requireNonNull(engagements, "engagements");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.sharingPolicy = Objects.requireNonNull(sharingPolicy, "sharingPolicy");
        this.vetting = Objects.requireNonNull(vetting, "vetting");
        this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
    }

    /**
     * @param requestedDue the due date the requester asked for, or null for the engagement's turnaround
     */
    public record Request(String vendorId, String taskKind, String caseId, String piiReason,
                          List<DocumentRef> documents, Instant requestedDue, Instant now) {
        public Request {
            documents = List.copyOf(documents);
            Objects.requireNonNull(now, "now");
        }
    }

    /** An accepted request: the engagement, the kind, the documents to share and the due date. */
    public record Accepted(Engagement engagement, TaskKind kind, SharingDecision sharing, ZonedDateTime due) {
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
                        request.piiReason()));
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
            throw new OutsourcingRequestRefusedException(reasons);
        }
        return new Accepted(engagement.get(), kind, sharing, due);
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
