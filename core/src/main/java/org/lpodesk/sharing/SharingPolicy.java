package org.lpodesk.sharing;

import java.text.NumberFormat;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.CountryOfConcern;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.Vendor;

/**
 * Decides, per document, whether it may be copied to a vendor's assignment folder. Every rule is
 * checked and every reason that applies is reported, so the requester can fix all at once.
 *
 * <ul>
 *   <li>no client consent recorded on the case → refuse every document (ABA Op. 08-451, Rule 1.6);</li>
 *   <li>the vendor is not engaged for the kind, or the kind carries no client documents under the
 *       engagement → refuse every document;</li>
 *   <li>restricted PII → refuse unless the consent covers restricted PII and the requester gave a
 *       non-blank reason;</li>
 *   <li>restricted PII to a vendor in a country of concern → refuse, consent or not (28 CFR 202).</li>
 * </ul>
 * When the request carries the vendor's compliance facts, also:
 * <ul>
 *   <li>an ownership, staff-residence or security attestation missing or expired → refuse every
 *       document, naming each such attestation;</li>
 *   <li>restricted data (restricted PII or a counted category) to a vendor whose attestation states
 *       covered-person facts → refuse, consent or not (28 CFR 202.211);</li>
 *   <li>a category's distinct persons past its limit once this share is counted → refuse the
 *       documents that bring new persons (28 CFR 202.205); at the warning share of the limit,
 *       allow with a warning.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SharingPolicy {

    private static final String COVERED_PERSON_CITATION = "28 CFR 202.211";

    private final AttestationRules attestationRules;
    private final BulkThresholds thresholds;

    public SharingPolicy(AttestationRules attestationRules, BulkThresholds thresholds) {
        this.attestationRules = Objects.requireNonNull(attestationRules, "attestationRules");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** With the default attestation validity and the rule's bulk thresholds. */
    public SharingPolicy() {
        this(AttestationRules.defaults(), BulkThresholds.defaults());
    }

    public BulkThresholds thresholds() {
        return thresholds;
    }

    public AttestationRules attestationRules() {
        return attestationRules;
    }

    public SharingDecision decide(SharingRequest request) {
        return decide(request, Locale.ENGLISH);
    }

    /** Decides, with messages in {@code locale} (English for keys the locale lacks). */
    public SharingDecision decide(SharingRequest request, Locale locale) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(locale, "locale");
        Engagement engagement = request.engagement();
        Vendor vendor = engagement.vendor();
        String kind = request.kind().name();
        CaseConsent consent = request.consent();
        boolean engaged = engagement.offers(request.kind());
        VendorCompliance compliance = request.compliance();
        Attestations attestations = compliance == null ? Attestations.NOT_ASSESSED
                : attestations(compliance, locale);
        Map<DataCategory, Bulk> bulk = compliance == null ? Map.of() : bulk(request.documents(), compliance);

        List<DocumentDecision> decisions = new ArrayList<>();
        for (DocumentRef doc : request.documents()) {
            List<Refusal> refusals = new ArrayList<>();
            if (consent == null) {
                refusals.add(refusal(locale, RefusalReason.NO_CONSENT, doc.name()));
            }
            if (!engaged) {
                refusals.add(refusal(locale, RefusalReason.KIND_NOT_ENGAGED, doc.name(), vendor.id(), kind));
            } else if (!engagement.carriesClientDocuments(request.kind())) {
                refusals.add(refusal(locale, RefusalReason.KIND_CARRIES_NO_CLIENT_DOCUMENTS, doc.name(), vendor.id(), kind));
            }
            if (!attestations.missing().isEmpty()) {
                refusals.add(refusal(locale, RefusalReason.ATTESTATION_MISSING, doc.name(), vendor.id(),
                        attestations.missing()));
            }
            if (!attestations.expired().isEmpty()) {
                refusals.add(refusal(locale, RefusalReason.ATTESTATION_EXPIRED, doc.name(), vendor.id(),
                        attestations.expired()));
            }
            if (doc.level() == ConfidentialityLevel.RESTRICTED_PII) {
                if (consent != null && !consent.scope().coversRestrictedPii()) {
                    refusals.add(refusal(locale, RefusalReason.PII_NOT_COVERED_BY_CONSENT, doc.name(),
                            consent.scope().name(), consent.recordedBy(), consent.recordedAt().toString()));
                }
                if (!request.hasReason()) {
                    refusals.add(refusal(locale, RefusalReason.PII_REASON_MISSING, doc.name()));
                }
                if (vendor.inCountryOfConcern()) {
                    refusals.add(refusal(locale, RefusalReason.PII_TO_COUNTRY_OF_CONCERN, doc.name(), vendor.id(),
                            vendor.country(), CountryOfConcern.CITATION));
                }
            }
            if (doc.restrictedData() && !attestations.coveredBy().isEmpty()) {
                refusals.add(refusal(locale, RefusalReason.RESTRICTED_DATA_TO_COVERED_PERSON, doc.name(), vendor.id(),
                        attestations.coveredBy(), COVERED_PERSON_CITATION));
            }
            Bulk count = doc.category() == null ? null : bulk.get(doc.category());
            if (count != null && count.exceeded() && doc.persons().stream().anyMatch(count.newPersons()::contains)) {
                refusals.add(refusal(locale, RefusalReason.BULK_LIMIT_EXCEEDED, doc.name(), vendor.id(),
                        Messages.format(locale, doc.category().labelKey()), number(locale, count.before()),
                        number(locale, count.newPersons().size()), number(locale, count.limit()),
                        window(locale), DataCategory.CITATION));
            }
            decisions.add(new DocumentDecision(doc, refusals));
        }
        List<SharingWarning> warnings = new ArrayList<>();
        for (Map.Entry<DataCategory, Bulk> e : bulk.entrySet()) {
            Bulk count = e.getValue();
            if (!count.exceeded() && !count.newPersons().isEmpty() && thresholds.warns(e.getKey(), count.after())) {
                warnings.add(new SharingWarning(e.getKey(), count.after(), count.limit(), Messages.format(locale,
                        "sharing.warning.bulk", vendor.id(), Messages.format(locale, e.getKey().labelKey()),
                        number(locale, count.after()), number(locale, count.limit()), thresholds.warningPercent(),
                        window(locale), DataCategory.CITATION)));
            }
        }
        return new SharingDecision(vendor.id(), request.kind(), decisions, warnings);
    }

    /**
     * What stops documents from going to the vendor on the day of {@code compliance}, one sentence
     * per rule, in the words the refusals use; empty when its attestations allow every share. The
     * compliance page shows these, so a firm administrator reads the same reasons a requester meets.
     */
    public List<String> vendorProblems(String vendorId, VendorCompliance compliance, Locale locale) {
        Objects.requireNonNull(compliance, "compliance");
        Attestations attestations = attestations(compliance, locale);
        List<String> problems = new ArrayList<>();
        if (!attestations.missing().isEmpty()) {
            problems.add(Messages.format(locale, "compliance.problem.missing", vendorId, attestations.missing()));
        }
        if (!attestations.expired().isEmpty()) {
            problems.add(Messages.format(locale, "compliance.problem.expired", vendorId, attestations.expired()));
        }
        if (!attestations.coveredBy().isEmpty()) {
            problems.add(Messages.format(locale, "compliance.problem.covered", vendorId, attestations.coveredBy(),
                    COVERED_PERSON_CITATION));
        }
        return problems;
    }

    /** The attestation kinds to name in refusals, as readable lists; all empty when not assessed. */
    private record Attestations(String missing, String expired, String coveredBy) {
        static final Attestations NOT_ASSESSED = new Attestations("", "", "");
    }

    private Attestations attestations(VendorCompliance compliance, Locale locale) {
        List<String> missing = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (AttestationRules.Standing s : attestationRules.assess(compliance.attestations(), compliance.today())
                .values()) {
            // named only in a refusal: every request of a vendor in good standing asks for all three
            switch (s.status()) {
                case MISSING -> missing.add(label(locale, s));
                case NOT_YET_SIGNED -> missing.add(Messages.format(locale, "sharing.attestation.notYetSigned",
                        label(locale, s), s.attestation().signedOn().toString()));
                case EXPIRED -> expired.add(Messages.format(locale, "sharing.attestation.expiredOn", label(locale, s),
                        s.lastValidDay().toString()));
                case VALID -> {
                    if (s.coveredPerson()) {
                        covered.add(Messages.format(locale, "sharing.attestation.coveredBy", label(locale, s),
                                s.attestation().facts(), s.kind().citation()));
                    }
                }
            }
        }
        return new Attestations(String.join(", ", missing), String.join(", ", expired), String.join("; ", covered));
    }

    private static String label(Locale locale, AttestationRules.Standing standing) {
        return Messages.format(locale, "sharing.attestation." + standing.kind().name());
    }

    /** One category's count: before this request, the request's new persons, and the limit. */
    private record Bulk(int before, Set<String> newPersons, int limit) {
        int after() {
            return before + newPersons.size();
        }

        boolean exceeded() {
            return after() > limit;
        }
    }

    private Map<DataCategory, Bulk> bulk(List<DocumentRef> documents, VendorCompliance compliance) {
        Map<DataCategory, Set<String>> persons = new EnumMap<>(DataCategory.class);
        for (DocumentRef doc : documents) {
            if (doc.category() != null) {
                persons.computeIfAbsent(doc.category(), c -> new LinkedHashSet<>()).addAll(doc.persons());
            }
        }
        Map<DataCategory, Bulk> bulk = new EnumMap<>(DataCategory.class);
        for (Map.Entry<DataCategory, Set<String>> e : persons.entrySet()) {
            VendorCompliance.BulkCount before = compliance.count(e.getKey());
            Set<String> fresh = e.getValue().stream().filter(p -> !before.alreadyCounted().contains(p))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            bulk.put(e.getKey(), new Bulk(before.persons(), fresh, thresholds.limit(e.getKey())));
        }
        return bulk;
    }

    private static String number(Locale locale, int value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "12 months", "90 days" or "1 month and 10 days", as the firm configured the window. */
    private String window(Locale locale) {
        Period window = thresholds.window();
        String months = Messages.format(locale, "period.months", (int) window.toTotalMonths());
        String days = Messages.format(locale, "period.days", window.getDays());
        if (window.getDays() == 0) {
            return months;
        }
        return window.toTotalMonths() == 0 ? days : Messages.format(locale, "period.monthsAndDays", months, days);
    }

    private static Refusal refusal(Locale locale, RefusalReason reason, String... args) {
        return new Refusal(reason, List.of(args), Messages.format(locale, reason.messageKey(), (Object[]) args));
    }
}
