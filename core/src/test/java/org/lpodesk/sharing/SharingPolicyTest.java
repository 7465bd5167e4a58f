package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.KOLKATA;
import static org.lpodesk.sharing.ConfidentialityLevel.CONFIDENTIAL;
import static org.lpodesk.sharing.ConfidentialityLevel.INTERNAL;
import static org.lpodesk.sharing.ConfidentialityLevel.RESTRICTED_PII;
import static org.lpodesk.sharing.RefusalReason.KIND_CARRIES_NO_CLIENT_DOCUMENTS;
import static org.lpodesk.sharing.RefusalReason.KIND_NOT_ENGAGED;
import static org.lpodesk.sharing.RefusalReason.NO_CONSENT;
import static org.lpodesk.sharing.RefusalReason.PII_NOT_COVERED_BY_CONSENT;
import static org.lpodesk.sharing.RefusalReason.PII_REASON_MISSING;
import static org.lpodesk.sharing.RefusalReason.PII_TO_COUNTRY_OF_CONCERN;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.KindTerms;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;

class SharingPolicyTest {

    private static final Instant RECORDED = Instant.parse("2026-02-02T15:00:00Z");
    private static final CaseConsent DOCUMENTS_ONLY = new CaseConsent("jdoe", RECORDED, ConsentScope.DOCUMENTS);
    private static final CaseConsent WITH_PII =
            new CaseConsent("jdoe", RECORDED, ConsentScope.DOCUMENTS_AND_RESTRICTED_PII);

    private static final DocumentRef LETTER = new DocumentRef("d1", "employer-letter.pdf", CONFIDENTIAL);
    private static final DocumentRef MEMO = new DocumentRef("d2", "research-memo.docx", INTERNAL);
    private static final DocumentRef PASSPORT = new DocumentRef("d3", "passport.pdf", RESTRICTED_PII);
    private static final DocumentRef SSN = new DocumentRef("d4", "ssn-card.pdf", RESTRICTED_PII);

    private static final Engagement INDIA = TestEngagements.standard(TestEngagements.indiaVendor());
    private static final Engagement CHINA =
            TestEngagements.standard(TestEngagements.vendorIn("dragon", "CN", ZoneId.of("Asia/Shanghai")));

    private final SharingPolicy policy = new SharingPolicy();

    private SharingDecision decide(CaseConsent consent, Engagement engagement, TaskKind kind, String reason,
                                   DocumentRef... documents) {
        return policy.decide(new SharingRequest(consent, List.of(documents), engagement, kind, reason));
    }

    private static List<RefusalReason> reasons(SharingDecision decision, DocumentRef document) {
        return decision.decisions().stream().filter(d -> d.document().equals(document)).findFirst().orElseThrow()
                .refusals().stream().map(Refusal::reason).toList();
    }

    @Test
    void withConsentClientDocumentsAreShared() {
        SharingDecision d = decide(DOCUMENTS_ONLY, INDIA, TaskKind.RFE_RESPONSE, null, LETTER, MEMO);
        assertThat(d.allowed()).isTrue();
        assertThat(d.shareable()).containsExactly(LETTER, MEMO);
        assertThat(d.decisions()).extracting(DocumentDecision::verdict).containsOnly(Verdict.SHARE);
        assertThat(d.reasons()).isEmpty();
        assertThat(d.summary()).isEmpty();
        assertThat(d.requireAllowed()).isSameAs(d);
    }

    @Test
    void withoutConsentEveryDocumentIsRefused() {
        SharingDecision d = decide(null, INDIA, TaskKind.RFE_RESPONSE, "needed", LETTER, MEMO);
        assertThat(d.allowed()).isFalse();
        assertThat(d.shareable()).isEmpty();
        assertThat(reasons(d, LETTER)).containsExactly(NO_CONSENT);
        assertThat(reasons(d, MEMO)).containsExactly(NO_CONSENT);
        assertThat(d.refused().get(0).refusals().get(0).message()).isEqualTo("\"employer-letter.pdf\" cannot be"
                + " shared: no client consent to outsourcing is recorded on the case.");
        assertThat(d.summary()).isEqualTo("These documents cannot be shared with this vendor for this task. No client"
                + " consent to outsourcing is recorded on the case (documents: employer-letter.pdf, research-memo.docx).");
    }

    @Test
    void restrictedPiiNeedsConsentCoveringItAndAReason() {
        SharingDecision d = decide(WITH_PII, INDIA, TaskKind.RFE_RESPONSE, "Passport page needed for I-94 history",
                PASSPORT, LETTER);
        assertThat(d.allowed()).isTrue();
        assertThat(d.shareable()).containsExactly(PASSPORT, LETTER);
    }

    @Test
    void restrictedPiiUnderDocumentsOnlyConsentIsRefusedButOtherDocumentsAreNot() {
        SharingDecision d = decide(DOCUMENTS_ONLY, INDIA, TaskKind.RFE_RESPONSE, "needed", PASSPORT, LETTER);
        assertThat(reasons(d, PASSPORT)).containsExactly(PII_NOT_COVERED_BY_CONSENT);
        assertThat(reasons(d, LETTER)).isEmpty();
        assertThat(d.shareable()).containsExactly(LETTER);
        assertThat(d.allowed()).as("a request with any refusal fails as a whole").isFalse();
        assertThat(d.refused().get(0).refusals().get(0).message()).isEqualTo("\"passport.pdf\" is restricted PII,"
                + " and the client consent (scope DOCUMENTS, recorded by jdoe at 2026-02-02T15:00:00Z) does not"
                + " cover restricted PII.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void restrictedPiiWithABlankReasonIsRefused(String reason) {
        SharingDecision d = decide(WITH_PII, INDIA, TaskKind.RFE_RESPONSE, reason, PASSPORT, LETTER);
        assertThat(reasons(d, PASSPORT)).containsExactly(PII_REASON_MISSING);
        assertThat(reasons(d, LETTER)).isEmpty();
    }

    @Test
    void restrictedPiiWithNoReasonAtAllIsRefused() {
        assertThat(reasons(decide(WITH_PII, INDIA, TaskKind.RFE_RESPONSE, null, SSN), SSN))
                .containsExactly(PII_REASON_MISSING);
    }

    @Test
    void restrictedPiiWithNeitherCoverNorReasonGivesBothReasons() {
        SharingDecision d = decide(DOCUMENTS_ONLY, INDIA, TaskKind.RFE_RESPONSE, " ", PASSPORT);
        assertThat(reasons(d, PASSPORT)).containsExactly(PII_NOT_COVERED_BY_CONSENT, PII_REASON_MISSING);
    }

    @Test
    void aKindThatCarriesNoClientDocumentsRefusesEveryDocument() {
        SharingDecision d = decide(WITH_PII, INDIA, TaskKind.LEGAL_RESEARCH, "needed", MEMO, LETTER, PASSPORT);
        assertThat(reasons(d, MEMO)).containsExactly(KIND_CARRIES_NO_CLIENT_DOCUMENTS);
        assertThat(reasons(d, LETTER)).containsExactly(KIND_CARRIES_NO_CLIENT_DOCUMENTS);
        assertThat(reasons(d, PASSPORT)).containsExactly(KIND_CARRIES_NO_CLIENT_DOCUMENTS);
        assertThat(d.summary()).isEqualTo("These documents cannot be shared with this vendor for this task. Under"
                + " the engagement with vendor \"acme-lpo\", LEGAL_RESEARCH tasks carry no client documents"
                + " (documents: research-memo.docx, employer-letter.pdf, passport.pdf).");
    }

    @Test
    void anEngagementMayAllowDocumentsForAKindThatCarriesNoneByDefault() {
        Engagement researchWithDocuments = Engagement.builder(TestEngagements.indiaVendor(), TestEngagements.NEW_YORK)
                .kind(new KindTerms(TaskKind.LEGAL_RESEARCH, 3, Billing.flatFee(Money.usd("80")), ClientCharge.COST, true))
                .build();
        assertThat(decide(DOCUMENTS_ONLY, researchWithDocuments, TaskKind.LEGAL_RESEARCH, null, LETTER).allowed()).isTrue();
    }

    @Test
    void anEngagementMayForbidDocumentsForAKindThatCarriesThemByDefault() {
        Engagement emailWithoutDocuments = Engagement.builder(TestEngagements.indiaVendor(), TestEngagements.NEW_YORK)
                .kind(new KindTerms(TaskKind.CLIENT_EMAIL, 1, Billing.flatFee(Money.usd("20")), ClientCharge.FEE, false))
                .build();
        assertThat(reasons(decide(DOCUMENTS_ONLY, emailWithoutDocuments, TaskKind.CLIENT_EMAIL, null, LETTER), LETTER))
                .containsExactly(KIND_CARRIES_NO_CLIENT_DOCUMENTS);
    }

    @Test
    void aKindTheVendorIsNotEngagedForRefusesEveryDocument() {
        SharingDecision d = decide(DOCUMENTS_ONLY, INDIA, TaskKind.NIW_PETITION, null, LETTER);
        assertThat(reasons(d, LETTER)).containsExactly(KIND_NOT_ENGAGED);
        assertThat(d.summary()).contains("Vendor \"acme-lpo\" is not engaged for NIW_PETITION (documents: employer-letter.pdf).");
    }

    @Test
    void aVendorInACountryOfConcernNeverGetsPiiEvenWithFullConsentAndAReason() {
        SharingDecision d = decide(WITH_PII, CHINA, TaskKind.RFE_RESPONSE, "needed", PASSPORT, LETTER);
        assertThat(reasons(d, PASSPORT)).containsExactly(PII_TO_COUNTRY_OF_CONCERN);
        assertThat(reasons(d, LETTER)).as("non-PII client documents are not restricted by 28 CFR 202 here").isEmpty();
        assertThat(d.refused().get(0).refusals().get(0).message()).isEqualTo("\"passport.pdf\" is restricted PII,"
                + " and vendor \"dragon\" is in a country of concern (CN) under 28 CFR 202.601; client consent is"
                + " no exemption.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE"})
    void everyCountryOfConcernIsRefusedPii(String country) {
        Engagement e = TestEngagements.standard(TestEngagements.vendorIn("v-" + country.toLowerCase(), country, KOLKATA));
        assertThat(reasons(decide(WITH_PII, e, TaskKind.RFE_RESPONSE, "needed", SSN), SSN))
                .containsExactly(PII_TO_COUNTRY_OF_CONCERN);
    }

    @Test
    void everyReasonThatAppliesIsReportedAtOnce() {
        SharingDecision d = decide(null, CHINA, TaskKind.LEGAL_RESEARCH, null, PASSPORT, MEMO);
        assertThat(reasons(d, PASSPORT)).containsExactly(NO_CONSENT, KIND_CARRIES_NO_CLIENT_DOCUMENTS,
                PII_REASON_MISSING, PII_TO_COUNTRY_OF_CONCERN);
        assertThat(reasons(d, MEMO)).containsExactly(NO_CONSENT, KIND_CARRIES_NO_CLIENT_DOCUMENTS);
        assertThat(d.reasons()).containsExactly(NO_CONSENT, KIND_CARRIES_NO_CLIENT_DOCUMENTS, PII_REASON_MISSING,
                PII_TO_COUNTRY_OF_CONCERN);
        assertThat(d.summary()).isEqualTo("These documents cannot be shared with this vendor for this task."
                + " No client consent to outsourcing is recorded on the case (documents: passport.pdf, research-memo.docx)."
                + " Under the engagement with vendor \"dragon\", LEGAL_RESEARCH tasks carry no client documents"
                + " (documents: passport.pdf, research-memo.docx)."
                + " Restricted PII needs a reason for sharing, and none was given (documents: passport.pdf)."
                + " Vendor \"dragon\" is in a country of concern (CN) under 28 CFR 202.601 and may not receive"
                + " restricted PII, consent or not (documents: passport.pdf).");
    }

    @Test
    void theConsentScopeReasonIsGivenOnlyWhenAConsentExists() {
        SharingDecision d = decide(null, INDIA, TaskKind.RFE_RESPONSE, "needed", PASSPORT);
        assertThat(reasons(d, PASSPORT)).containsExactly(NO_CONSENT);
    }

    @Test
    void aRefusedRequestFailsWithEveryReasonInTheMessage() {
        SharingDecision d = decide(DOCUMENTS_ONLY, CHINA, TaskKind.RFE_RESPONSE, "", PASSPORT, LETTER);
        assertThatThrownBy(d::requireAllowed)
                .isInstanceOf(SharingRefusedException.class)
                .hasMessage(d.summary())
                .hasMessageContaining("does not cover restricted PII")
                .hasMessageContaining("none was given")
                .hasMessageContaining("28 CFR 202.601")
                .satisfies(e -> assertThat(((SharingRefusedException) e).decision()).isSameAs(d));
    }

    @Test
    void nothingToShareIsAllowedEvenWithoutConsent() {
        SharingDecision d = decide(null, INDIA, TaskKind.RFE_RESPONSE, null);
        assertThat(d.allowed()).isTrue();
        assertThat(d.decisions()).isEmpty();
    }

    @Test
    void refusalsCarryTheirKeyAndArgumentsForOtherLocales() {
        Refusal r = decide(WITH_PII, CHINA, TaskKind.RFE_RESPONSE, "x", SSN).refused().get(0).refusals().get(0);
        assertThat(r.messageKey()).isEqualTo("sharing.refusal.PII_TO_COUNTRY_OF_CONCERN");
        assertThat(r.args()).containsExactly("ssn-card.pdf", "dragon", "CN", "28 CFR 202.601");
    }

    @Test
    void badRequestsAreRejectedNamingTheProblem() {
        assertThatThrownBy(() -> new SharingRequest(null, List.of(LETTER, new DocumentRef("d1", "copy.pdf", INTERNAL)),
                INDIA, TaskKind.RFE_RESPONSE, null))
                .hasMessage("Document \"copy.pdf\" (d1) is listed twice in the sharing request.");
        assertThatThrownBy(() -> new SharingRequest(null, null, INDIA, TaskKind.RFE_RESPONSE, null))
                .hasMessage("A sharing request needs a list of documents (it may be empty).");
        assertThatThrownBy(() -> new SharingRequest(null, List.of(), null, TaskKind.RFE_RESPONSE, null))
                .hasMessage("A sharing request needs the vendor engagement.");
        assertThatThrownBy(() -> new SharingRequest(null, List.of(), INDIA, null, null))
                .hasMessage("A sharing request needs the task kind.");
        assertThatThrownBy(() -> new CaseConsent(" ", RECORDED, ConsentScope.DOCUMENTS))
                .hasMessage("A client consent must name who recorded it.");
        assertThatThrownBy(() -> new CaseConsent("jdoe", null, ConsentScope.DOCUMENTS))
                .hasMessage("The client consent recorded by jdoe has no date.");
        assertThatThrownBy(() -> new CaseConsent("jdoe", RECORDED, null))
                .hasMessage("The client consent recorded by jdoe has no scope.");
        assertThatThrownBy(() -> new DocumentRef("d9", "scan.pdf", null))
                .hasMessage("Document \"scan.pdf\" has no confidentiality level.");
        assertThatThrownBy(() -> new DocumentRef("", "scan.pdf", INTERNAL)).hasMessage("Document \"scan.pdf\" has no id.");
        assertThatThrownBy(() -> new DocumentRef("d9", " ", INTERNAL)).hasMessage("Document d9 has no name.");
    }
}
