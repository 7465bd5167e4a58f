package org.lpodesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.checklist.TagRefusedException;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.Completeness;
import org.lpodesk.evidence.completeness.EvidenceDocument;
import org.lpodesk.evidence.completeness.ItemStatus;
import org.lpodesk.evidence.completeness.Waiver;

class CompletenessTest {

    private final Checklists checklists = Checklists.defaults();
    private final Completeness completeness = new Completeness();
    private int next;

    private EvidenceDocument doc(String type, String... items) {
        return new EvidenceDocument("workspace://SpacesStore/d" + (++next), "doc" + next + ".pdf", type, Set.of(items), false, false);
    }

    private EvidenceDocument foreign(String type, boolean translated, String... items) {
        return new EvidenceDocument("workspace://SpacesStore/f" + (++next), "foreign" + next + ".pdf", type, Set.of(items), true, translated);
    }

    private CaseCompleteness eb1a(EvidenceDocument... documents) {
        List<EvidenceDocument> all = new ArrayList<>(List.of(documents));
        // what every ready EB-1A has besides its criteria
        all.add(doc("imm:supportLetter", "eb1a.continuingWork"));
        all.add(doc("imm:petitionDraft", "eb1a.petitionLetter"));
        return completeness.of(checklists.forCaseType("EB1A"), all, List.of());
    }

    private static String sentences(CaseCompleteness c) {
        return String.join(" | ", c.reasons(Locale.ENGLISH));
    }

    @Test
    void eb1aWithTwoCriteriaIsNotReadyAndSaysTwoOfThree() {
        CaseCompleteness c = eb1a(doc("imm:evidence", "eb1a.criterion.prizes"), doc("imm:evidence", "eb1a.criterion.judging"));

        assertThat(c.ready()).isFalse();
        assertThat(c.criteriaEvidenced()).isEqualTo(2);
        assertThat(sentences(c)).contains("EB-1A criteria: 2 of the 3 required have evidence")
                .contains("One-time major international award: missing");
        assertThat(c.summary(Locale.ENGLISH)).startsWith("EB-1A: 1 of 3 requirements not met");
    }

    @Test
    void eb1aWithThreeCriteriaMeetsTheRoute() {
        CaseCompleteness c = eb1a(doc("imm:evidence", "eb1a.criterion.prizes"), doc("imm:supportLetter", "eb1a.criterion.judging"),
                doc("imm:evidence", "eb1a.criterion.highSalary"));

        assertThat(c.ready()).isTrue();
        assertThat(c.criteriaEvidenced()).isEqualTo(3);
        assertThat(c.missingCount()).isZero();
        assertThat(c.summary(Locale.ENGLISH)).contains("ready for attorney review");
    }

    @Test
    void eb1aWithTheAwardAloneMeetsTheRouteWithoutCriteria() {
        CaseCompleteness c = eb1a(doc("imm:evidence", "eb1a.award"));

        assertThat(c.ready()).isTrue();
        assertThat(c.criteriaEvidenced()).isZero();
        assertThat(c.requirements().get(2).sentence().format(Locale.ENGLISH))
                .contains("met (One-time major international award: present)");
    }

    @Test
    void eb1aWithoutContinuingWorkIsNotReadyEvenWithTenCriteria() {
        List<EvidenceDocument> docs = new ArrayList<>();
        checklists.forCaseType("EB1A").items().stream().filter(i -> i.criterion())
                .forEach(i -> docs.add(doc("imm:evidence", i.id())));
        docs.add(doc("imm:petitionDraft", "eb1a.petitionLetter"));

        CaseCompleteness c = completeness.of(checklists.forCaseType("EB1A"), docs, List.of());

        assertThat(c.ready()).isFalse();
        assertThat(c.criteriaEvidenced()).isEqualTo(10);
        assertThat(c.missingItemIds()).first().isEqualTo("eb1a.continuingWork");
        assertThat(sentences(c)).isEqualTo("Continuing work in the field: missing");
    }

    @Test
    void eb1bNeedsTwoOfSix() {
        Checklist eb1b = checklists.forCaseType("EB1B");
        List<EvidenceDocument> base = List.of(doc("imm:supportLetter", "eb1b.experience"), doc("imm:evidence", "eb1b.offer"),
                doc("imm:evidence", "eb1b.abilityToPay"), doc("imm:coverLetter", "eb1b.petitionLetter"));
        List<EvidenceDocument> one = new ArrayList<>(base);
        one.add(doc("imm:evidence", "eb1b.criterion.scholarlyArticles"));
        List<EvidenceDocument> two = new ArrayList<>(one);
        two.add(doc("imm:supportLetter", "eb1b.criterion.originalResearch"));

        assertThat(completeness.of(eb1b, one, List.of()).ready()).isFalse();
        assertThat(sentences(completeness.of(eb1b, one, List.of()))).isEqualTo("EB-1B criteria: 1 of the 2 required have evidence (of 6 listed)");
        assertThat(completeness.of(eb1b, two, List.of()).ready()).isTrue();
    }

    @Test
    void niwMissingProngTwoNamesIt() {
        List<EvidenceDocument> docs = List.of(doc("imm:evidence", "eb2niw.advancedDegree"), doc("imm:researchMemo", "eb2niw.prong1"),
                doc("imm:supportLetter", "eb2niw.prong3"), doc("imm:petitionDraft", "eb2niw.petitionLetter"));

        CaseCompleteness c = completeness.of(checklists.forCaseType("EB2_NIW"), docs, List.of());

        assertThat(c.ready()).isFalse();
        assertThat(c.missingItemIds()).first().isEqualTo("eb2niw.prong2");
        assertThat(sentences(c)).isEqualTo("Dhanasar prong 2: well positioned to advance the endeavor: missing");
    }

    @Test
    void niwBasisByExceptionalAbilityNeedsThreeOfSix() {
        List<EvidenceDocument> docs = new ArrayList<>(List.of(doc("imm:researchMemo", "eb2niw.prong1"), doc("imm:evidence", "eb2niw.prong2"),
                doc("imm:supportLetter", "eb2niw.prong3"), doc("imm:petitionDraft", "eb2niw.petitionLetter"),
                doc("imm:evidence", "eb2niw.exceptional.license"), doc("imm:evidence", "eb2niw.exceptional.memberships")));
        Checklist niw = checklists.forCaseType("EB2_NIW");
        assertThat(completeness.of(niw, docs, List.of()).ready()).isFalse();
        assertThat(sentences(completeness.of(niw, docs, List.of()))).contains("Exceptional ability criteria: 2 of the 3 required");

        docs.add(doc("imm:evidence", "eb2niw.exceptional.salary"));
        assertThat(completeness.of(niw, docs, List.of()).ready()).isTrue();
    }

    @Test
    void i485WithoutTheSealedMedicalIsNotReady() {
        Checklist i485 = checklists.forCaseType("I485");
        List<EvidenceDocument> docs = new ArrayList<>();
        i485.items().stream().filter(i -> i.required() && !i.id().equals("i485.i693"))
                .forEach(i -> docs.add(doc(i.satisfiedBy().iterator().next(), i.id())));

        CaseCompleteness without = completeness.of(i485, docs, List.of());
        assertThat(without.ready()).isFalse();
        assertThat(without.missingItemIds()).containsExactly("i485.i693", "i485.jointSponsor");
        assertThat(sentences(without)).isEqualTo("Sealed I-693 medical examination, at filing: missing");

        docs.add(doc("imm:evidence", "i485.i693"));
        assertThat(completeness.of(i485, docs, List.of()).ready()).isTrue();
    }

    @Test
    void aForeignLanguageDocumentCountsOnlyWithACertifiedTranslation() {
        Checklist civil = checklists.forCaseType("O1");
        EvidenceDocument letter = doc("imm:coverLetter", "civil.petitionLetter");

        CaseCompleteness untranslated = completeness.of(civil, List.of(letter, foreign("imm:identityDocument", false, "civil.passport")), List.of());
        assertThat(untranslated.items().get(0).status()).isEqualTo(ItemStatus.NEEDS_TRANSLATION);
        assertThat(untranslated.ready()).isFalse();
        assertThat(sentences(untranslated)).isEqualTo("Passport: needs a certified translation");

        CaseCompleteness translated = completeness.of(civil, List.of(letter, foreign("imm:identityDocument", true, "civil.passport")), List.of());
        assertThat(translated.items().get(0).status()).isEqualTo(ItemStatus.PRESENT);
        assertThat(translated.ready()).isTrue();
    }

    @Test
    void aTagTheTypeCannotSatisfyCountsForNothing() {
        Checklist civil = checklists.forCaseType("L1");
        // a cover letter tagged as the passport: refused by the repository, and counted for nothing here
        CaseCompleteness c = completeness.of(civil, List.of(doc("imm:coverLetter", "civil.passport", "civil.petitionLetter")), List.of());

        assertThat(c.items().get(0).status()).isEqualTo(ItemStatus.MISSING);
        assertThat(c.items().get(5).status()).isEqualTo(ItemStatus.PRESENT);
    }

    @Test
    void aWaiverMeetsAnItemAndEvidenceStillWinsOverIt() {
        Checklist civil = checklists.forCaseType("I765");
        Waiver waiver = new Waiver("civil.passport", "Asylee without a passport; I-94 and asylum approval instead",
                "demo.attorney", LocalDate.of(2026, 12, 1));
        EvidenceDocument letter = doc("imm:coverLetter", "civil.petitionLetter");

        CaseCompleteness waived = completeness.of(civil, List.of(letter), List.of(waiver));
        assertThat(waived.items().get(0).status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(waived.items().get(0).waiver()).contains(waiver);
        assertThat(waived.ready()).isTrue();

        CaseCompleteness evidenced = completeness.of(civil, List.of(letter, doc("imm:identityDocument", "civil.passport")), List.of(waiver));
        assertThat(evidenced.items().get(0).status()).isEqualTo(ItemStatus.PRESENT);
    }

    @Test
    void aWaiverWithoutAReasonOrOfAnUnknownItemIsRefused() {
        assertThatThrownBy(() -> new Waiver("civil.passport", "  ", "demo.attorney", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(TagRefusedException.class).hasMessage("A waiver of \"civil.passport\" needs a reason.");
        assertThatThrownBy(() -> Completeness.checkWaivable(checklists.forCaseType("EB1A"), "eb1a.criterion.eleventh"))
                .isInstanceOf(TagRefusedException.class)
                .hasMessage("There is no item \"eb1a.criterion.eleventh\" in the EB-1A checklist of this case.");
    }

    @Test
    void missingItemsComeRequiredFirstThenThoseOfUnmetGroups() {
        CaseCompleteness c = completeness.of(checklists.forCaseType("EB1A"), List.of(doc("imm:evidence", "eb1a.criterion.prizes")), List.of());

        assertThat(c.missingItemIds()).startsWith("eb1a.continuingWork", "eb1a.petitionLetter", "eb1a.award")
                .endsWith("eb1a.comparableEvidence").doesNotContain("eb1a.criterion.prizes");
        assertThat(c.requiredCount()).isEqualTo(3);
        assertThat(c.missingCount()).isEqualTo(3);
    }

    @Test
    void tagsAreCheckedAgainstTheChecklistAndTheDocumentType() {
        Checklist eb1a = checklists.forCaseType("EB1A");
        eb1a.validateTag("imm:evidence", List.of("eb1a.criterion.prizes", "eb1a.award"));

        assertThatThrownBy(() -> eb1a.validateTag("imm:evidence", List.of("eb1b.offer")))
                .isInstanceOf(TagRefusedException.class).hasMessage("There is no item \"eb1b.offer\" in the EB-1A checklist of this case.");
        assertThatThrownBy(() -> eb1a.validateTag("imm:identityDocument", List.of("eb1a.criterion.highSalary")))
                .isInstanceOf(TagRefusedException.class)
                .hasMessage("A document of type imm:identityDocument cannot be evidence for \"(ix) High salary or remuneration\"; it needs one of: imm:evidence.");
    }

    @Test
    void anUntranslatedCriterionDocumentIsShownButNotCounted() {
        EvidenceDocument untranslated = foreign("imm:evidence", false, "eb1a.criterion.highSalary");
        CaseCompleteness c = eb1a(doc("imm:evidence", "eb1a.criterion.prizes"), doc("imm:evidence", "eb1a.criterion.judging"), untranslated);

        assertThat(c.ready()).isFalse();
        assertThat(c.criteriaEvidenced()).isEqualTo(2);
        CaseCompleteness.ItemState salary = c.items().stream().filter(i -> i.item().id().equals("eb1a.criterion.highSalary")).findFirst().orElseThrow();
        assertThat(salary.status()).isEqualTo(ItemStatus.NEEDS_TRANSLATION);
        assertThat(salary.documents()).as("the document the paralegal must have translated").containsExactly(untranslated);
        assertThat(sentences(c)).contains("2 of the 3 required have evidence");
    }

    @Test
    void oneDocumentTaggedWithTwoItemsCountsForBoth() {
        CaseCompleteness c = eb1a(doc("imm:supportLetter", "eb1a.criterion.judging", "eb1a.criterion.leadingRole"),
                doc("imm:evidence", "eb1a.criterion.scholarlyArticles"));

        assertThat(c.criteriaEvidenced()).isEqualTo(3);
        assertThat(c.ready()).isTrue();
    }

    @Test
    void permNeedsThreeAdditionalStepsAndTheRejectionReasons() {
        Checklist perm = checklists.forCaseType("PERM");
        List<EvidenceDocument> docs = new ArrayList<>();
        perm.items().stream().filter(i -> i.required() && !i.id().equals("perm.rejectionReasons"))
                .forEach(i -> docs.add(doc("imm:evidence", i.id())));
        docs.add(doc("imm:evidence", "perm.additional.website"));
        docs.add(doc("imm:evidence", "perm.additional.jobSearchWebsite"));

        CaseCompleteness two = completeness.of(perm, docs, List.of());
        assertThat(two.ready()).isFalse();
        assertThat(two.missingItemIds()).first().isEqualTo("perm.rejectionReasons");
        assertThat(sentences(two)).isEqualTo("Lawful job-related reasons for each rejection: missing | "
                + "Additional recruitment steps (professional occupations): 2 of the 3 required have evidence (of 10 listed)");

        docs.add(doc("imm:evidence", "perm.additional.localNewspaper"));
        docs.add(doc("imm:evidence", "perm.rejectionReasons"));
        assertThat(completeness.of(perm, docs, List.of()).ready()).isTrue();
    }

    @Test
    void h1bIsReadyOnlyWithEveryRequiredItemAndATranslatedDegree() {
        Checklist h1b = checklists.forCaseType("H1B_EXTENSION");
        List<EvidenceDocument> docs = new ArrayList<>();
        h1b.items().stream().filter(i -> i.required() && !i.id().equals("h1b.degree"))
                .forEach(i -> docs.add(doc(i.satisfiedBy().iterator().next(), i.id())));
        docs.add(foreign("imm:evidence", false, "h1b.degree"));

        CaseCompleteness untranslated = completeness.of(h1b, docs, List.of());
        assertThat(untranslated.ready()).isFalse();
        assertThat(sentences(untranslated)).isEqualTo("Beneficiary's degree or equivalent: needs a certified translation");

        docs.add(foreign("imm:evidence", true, "h1b.degree"));
        assertThat(completeness.of(h1b, docs, List.of()).ready()).isTrue();
    }

    @Test
    void aWaiverOfAnItemTheChecklistNoLongerHasIsIgnored() {
        // the firm's file changed the checklist after the waiver was recorded
        Checklist civil = checklists.forCaseType("N400");
        Waiver stale = new Waiver("civil.retiredItem", "No longer asked for", "demo.attorney", LocalDate.of(2026, 11, 2));

        CaseCompleteness c = completeness.of(civil, List.of(doc("imm:coverLetter", "civil.petitionLetter")), List.of(stale));

        assertThat(c.items()).noneMatch(i -> i.waiver().isPresent());
        assertThat(c.missingItemIds()).first().isEqualTo("civil.passport");
    }

    @Test
    void aWaivedCriterionCountsForItsGroupButNotAsEvidence() {
        Waiver waiver = new Waiver("eb1a.criterion.exhibitions", "Comparable evidence filed instead", "demo.attorney", LocalDate.of(2026, 12, 1));
        List<EvidenceDocument> docs = List.of(doc("imm:evidence", "eb1a.criterion.prizes"), doc("imm:evidence", "eb1a.criterion.judging"),
                doc("imm:supportLetter", "eb1a.continuingWork"), doc("imm:petitionDraft", "eb1a.petitionLetter"));

        CaseCompleteness c = completeness.of(checklists.forCaseType("EB1A"), docs, List.of(waiver));

        assertThat(c.ready()).isTrue();
        assertThat(c.criteriaEvidenced()).as("criteria with evidence, as the repository stores them").isEqualTo(2);
    }
}
