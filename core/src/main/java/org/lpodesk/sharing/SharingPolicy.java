package org.lpodesk.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * Stateless and thread-safe.
 */
public final class SharingPolicy {

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
            decisions.add(new DocumentDecision(doc, refusals));
        }
        return new SharingDecision(vendor.id(), request.kind(), decisions);
    }

    private static Refusal refusal(Locale locale, RefusalReason reason, String... args) {
        return new Refusal(reason, List.of(args), Messages.format(locale, reason.messageKey(), (Object[]) args));
    }
}
