package org.lpodesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lpodesk.cases.CaseType;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistDefinitionException;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Checklists;

class ChecklistsTest {

    private final Checklists defaults = Checklists.defaults();

    private static ByteArrayInputStream xml(String body) {
        return new ByteArrayInputStream(("<checklists>" + body + "</checklists>").getBytes(StandardCharsets.UTF_8));
    }

    /** A valid single-file catalogue around one checklist under test. */
    private static Checklists alone(String checklist) {
        return Checklists.read(xml(checklist + "<checklist id=\"civil\" caseTypes=\"*\"><item id=\"civil.passport\" satisfiedBy=\"imm:identityDocument\"/></checklist>"),
                "test file");
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyCaseTypeHasExactlyOneChecklistWithLabelledItems(CaseType type) {
        Checklist checklist = defaults.forCaseType(type.name());

        assertThat(checklist.items()).isNotEmpty();
        assertThat(checklist.label(Locale.ENGLISH)).isNotEqualTo(checklist.id());
        for (ChecklistItem item : checklist.items()) {
            assertThat(item.label(Locale.ENGLISH)).as(item.id()).isNotEqualTo(item.id());
            assertThat(item.rule(Locale.ENGLISH)).as(item.id()).isNotBlank();
            assertThat(item.citation()).as(item.id()).isNotBlank();
        }
        assertThat(checklist.requirements()).as("a case type with nothing required is never checked").isNotEmpty();
    }

    @Test
    void theCaseTypesOfTheIssueHaveTheirOwnChecklistsAndTheRestTheCivilDocuments() {
        assertThat(defaults.forCaseType("EB1A").id()).isEqualTo("eb1a");
        assertThat(defaults.forCaseType("EB1B").id()).isEqualTo("eb1b");
        assertThat(defaults.forCaseType("EB2_NIW").id()).isEqualTo("eb2niw");
        assertThat(Set.of("H1B_CAP", "H1B_EXTENSION", "H1B_TRANSFER", "H1B_AMENDMENT")).allSatisfy(t ->
                assertThat(defaults.forCaseType(t).id()).isEqualTo("h1b"));
        assertThat(defaults.forCaseType("PERM").id()).isEqualTo("perm");
        assertThat(defaults.forCaseType("I130").id()).isEqualTo("i130");
        assertThat(defaults.forCaseType("I485").id()).isEqualTo("i485");
        assertThat(defaults.forCaseType("O1").id()).isEqualTo("civil");
        assertThat(defaults.forCaseType("EB1A").items().stream().filter(ChecklistItem::criterion)).hasSize(10);
        assertThat(defaults.forCaseType("EB1B").items().stream().filter(ChecklistItem::criterion)).hasSize(6);
    }

    @Test
    void anUnknownDocumentTypeIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.one\" label=\"One\" satisfiedBy=\"imm:evidence imm:photo\"/></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessageStartingWith("test file: item \"x.one\" of checklist \"x\" names the document type \"imm:photo\", which does not exist");
    }

    @Test
    void aDuplicateItemIdIsRefused() {
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.one\" label=\"One\" satisfiedBy=\"imm:evidence\"/>"
                + "<item id=\"x.one\" label=\"Again\" satisfiedBy=\"imm:evidence\"/></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class).hasMessage("test file: checklist \"x\" has the item id \"x.one\" twice.");
    }

    @Test
    void anImpossibleGroupRuleIsRefused() {
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/>"
                + "<item id=\"x.b\" label=\"B\" satisfiedBy=\"imm:evidence\"/><rules><atLeast id=\"x.g\" label=\"G\" count=\"3\" items=\"x.a x.b\"/></rules></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessage("test file: the rule \"x.g\" of checklist \"x\" asks for 3 of 2 items, which can never be met.");
    }

    @Test
    void aRuleNamingAnUnknownItemIsRefused() {
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/>"
                + "<rules><anyOf id=\"x.any\" label=\"Any\"><item ref=\"x.a\"/><item ref=\"x.z\"/></anyOf></rules></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessage("test file: the rule \"item\" of checklist \"x\" names the item \"x.z\", which the checklist does not have.");
    }

    @Test
    void unknownOrDoublyClaimedCaseTypesAndUnlabelledItemsAreRefused() {
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB4\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>"))
                .hasMessage("test file: checklist \"x\" names the case type \"EB4\", which does not exist.");
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>"
                + "<checklist id=\"y\" caseTypes=\"EB1A\" label=\"Y\"><item id=\"y.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>"))
                .hasMessage("test file: the case type EB1A is claimed by checklists \"x\" and \"y\".");
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" satisfiedBy=\"imm:evidence\"/></checklist>"))
                .hasMessage("test file: item \"x.a\" of checklist \"x\" has no label (give it a label attribute).");
    }

    @Test
    void malformedXmlIsRefusedWithItsLineAndEntitiesAreNeverResolved() {
        assertThatThrownBy(() -> Checklists.read(new ByteArrayInputStream("<checklists>\n<checklist id=\"x\">\n</checklists>".getBytes(StandardCharsets.UTF_8)), "test file"))
                .isInstanceOf(ChecklistDefinitionException.class).hasMessageStartingWith("test file is not well-formed XML (line 3)");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><checklists>&e;</checklists>";
        assertThatThrownBy(() -> Checklists.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "test file"))
                .isInstanceOf(ChecklistDefinitionException.class).hasMessageContaining("not well-formed XML");
    }

    @Test
    void aFirmFileExtendsAChecklistAndReplacesAnother() {
        Checklists firm = defaults.withOverride(xml(
                "<checklist id=\"eb1a\" mode=\"extend\"><item id=\"eb1a.expertOpinion\" label=\"Independent expert opinion letters\" "
                        + "satisfiedBy=\"imm:supportLetter\" required=\"true\" citation=\"Firm practice\"/></checklist>"
                        + "<checklist id=\"o1\" caseTypes=\"O1\" label=\"O-1 (firm)\"><item id=\"o1.itinerary\" label=\"Itinerary\" "
                        + "satisfiedBy=\"imm:evidence\" required=\"true\"/></checklist>"));

        Checklist eb1a = firm.forCaseType("EB1A");
        assertThat(eb1a.items()).hasSize(defaults.forCaseType("EB1A").items().size() + 1);
        assertThat(eb1a.item("eb1a.expertOpinion")).get().extracting(ChecklistItem::required).isEqualTo(true);
        assertThat(eb1a.rules()).hasSize(1);
        assertThat(firm.forCaseType("O1").label(Locale.ENGLISH)).isEqualTo("O-1 (firm)");
        assertThat(firm.forCaseType("L1").id()).isEqualTo("civil");
        assertThat(defaults.forCaseType("O1").id()).as("the defaults are untouched").isEqualTo("civil");
    }

    @Test
    void aBadFirmFileIsRefusedWholeNamingTheItem() {
        assertThatThrownBy(() -> defaults.withOverride(xml(
                "<checklist id=\"eb1a\" mode=\"extend\"><item id=\"eb1a.extra\" label=\"Extra\" satisfiedBy=\"imm:video\"/></checklist>")))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessageStartingWith("the firm's checklist file: item \"eb1a.extra\" of checklist \"eb1a\" names the document type \"imm:video\"");
        assertThatThrownBy(() -> defaults.withOverride(xml("<checklist id=\"nope\" mode=\"extend\"><item id=\"n.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>")))
                .hasMessage("the firm's checklist file: checklist \"nope\" extends a checklist that does not exist.");
    }

    @Test
    void aGroupThatAsksForNoneOrForANonNumberIsRefused() {
        String items = "<item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/><item id=\"x.b\" label=\"B\" satisfiedBy=\"imm:evidence\"/>";
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\">" + items
                + "<rules><atLeast id=\"x.g\" label=\"G\" count=\"0\" items=\"x.a x.b\"/></rules></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessage("test file: the rule \"x.g\" of checklist \"x\" asks for 0 of 2 items, which can never be met.");
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\">" + items
                + "<rules><atLeast id=\"x.g\" label=\"G\" count=\"two\" items=\"x.a x.b\"/></rules></checklist>"))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessage("test file: the rule \"x.g\" of checklist \"x\" has the count \"two\", which is not a whole number.");
    }

    @Test
    void aChoiceOfOneAnUnlabelledGroupAndAnUnknownRuleElementAreRefused() {
        String items = "<item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/><item id=\"x.b\" label=\"B\" satisfiedBy=\"imm:evidence\"/>";
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\">" + items
                + "<rules><anyOf id=\"x.any\" label=\"Any\"><item ref=\"x.a\"/></anyOf></rules></checklist>"))
                .hasMessage("test file: the rule \"x.any\" of checklist \"x\" is a choice with fewer than two alternatives.");
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\">" + items
                + "<rules><atLeast id=\"x.g\" count=\"1\" items=\"x.a x.b\"/></rules></checklist>"))
                .hasMessage("test file: the rule \"x.g\" of checklist \"x\" has no label (give it a label attribute).");
        assertThatThrownBy(() -> alone("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\">" + items
                + "<rules><noneOf id=\"x.n\" label=\"N\"/></rules></checklist>"))
                .hasMessage("test file: checklist \"x\" has a rule element <noneOf>; rules are <item ref>, <atLeast>, <anyOf> and <allOf>.");
    }

    @Test
    void aDuplicateChecklistIdAndAnUncoveredCaseTypeAreRefused() {
        assertThatThrownBy(() -> alone("<checklist id=\"civil\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>"))
                .hasMessage("test file: the checklist id \"civil\" is used twice.");
        assertThatThrownBy(() -> Checklists.read(xml("<checklist id=\"x\" caseTypes=\"EB1A\" label=\"X\"><item id=\"x.a\" label=\"A\" satisfiedBy=\"imm:evidence\"/></checklist>"), "test file"))
                .hasMessage("test file: the case type EB1B has no checklist and there is no checklist for every other type (caseTypes=\"*\").");
    }

    @Test
    void aFirmChecklistOfAnExistingIdReplacesItsItemsAndRulesAndKeepsItsCaseTypes() {
        Checklists firm = defaults.withOverride(xml(
                "<checklist id=\"eb1a\"><item id=\"eb1a.award\" required=\"true\" satisfiedBy=\"imm:evidence\"/>"
                        + "<item id=\"eb1a.strategyMemo\" label=\"Strategy memo\" rule=\"The attorney's memo on the route chosen.\" "
                        + "required=\"true\" satisfiedBy=\"imm:researchMemo\"/></checklist>"));

        Checklist eb1a = firm.forCaseType("EB1A");
        assertThat(eb1a.items()).extracting(ChecklistItem::id).containsExactly("eb1a.award", "eb1a.strategyMemo");
        assertThat(eb1a.rules()).isEmpty();
        assertThat(eb1a.item("eb1a.award")).get().satisfies(i -> {
            assertThat(i.required()).isTrue();
            assertThat(i.label(Locale.ENGLISH)).as("the bundle's label stays for a default id").isEqualTo("One-time major international award");
        });
        assertThat(eb1a.item("eb1a.strategyMemo")).get().satisfies(i -> assertThat(i.rule(Locale.ENGLISH))
                .isEqualTo("The attorney's memo on the route chosen."));
        assertThat(defaults.forCaseType("EB1A").item("eb1a.criterion.prizes")).as("the defaults are untouched").isPresent();
    }

    @Test
    void aFirmExtensionMayReplaceTheRules() {
        Checklists firm = defaults.withOverride(xml(
                "<checklist id=\"eb1b\" mode=\"extend\" replaceRules=\"true\"><rules>"
                        + "<atLeast id=\"eb1b.firmCriteria\" label=\"EB-1B criteria (firm practice: 3)\" count=\"3\" items=\""
                        + "eb1b.criterion.prizes eb1b.criterion.memberships eb1b.criterion.publishedMaterial eb1b.criterion.judging "
                        + "eb1b.criterion.originalResearch eb1b.criterion.scholarlyArticles\"/></rules></checklist>"));

        Checklist eb1b = firm.forCaseType("EB1B");
        assertThat(eb1b.items()).isEqualTo(defaults.forCaseType("EB1B").items());
        assertThat(eb1b.rules()).extracting(r -> r.id()).containsExactly("eb1b.firmCriteria");
    }

    @Test
    void aFirmChecklistClaimingACaseTypeTakesItFromTheDefault() {
        Checklists firm = defaults.withOverride(xml(
                "<checklist id=\"eb1a-firm\" caseTypes=\"EB1A EB1C\" label=\"EB-1 (firm)\"><item id=\"f.letter\" label=\"Petition letter\" "
                        + "required=\"true\" satisfiedBy=\"imm:petitionDraft\"/></checklist>"));

        assertThat(firm.forCaseType("EB1A").id()).isEqualTo("eb1a-firm");
        assertThat(firm.forCaseType("EB1C").id()).isEqualTo("eb1a-firm");
        assertThat(firm.forCaseType("EB1B").id()).isEqualTo("eb1b");
        assertThat(firm.byId("eb1a").orElseThrow().caseTypes()).as("the default keeps its items, claims nothing").isEmpty();
    }

    @Test
    void aFirmFileWithOneBadChecklistIsRefusedWholeAndTheCatalogueInForceStays() {
        String good = "<checklist id=\"o1\" caseTypes=\"O1\" label=\"O-1\"><item id=\"o1.itinerary\" label=\"Itinerary\" satisfiedBy=\"imm:evidence\" required=\"true\"/></checklist>";
        String bad = "<checklist id=\"eb1a\" mode=\"extend\"><rules><atLeast id=\"eb1a.more\" label=\"More\" count=\"2\" items=\"eb1a.award eb1a.criterion.twelfth\"/></rules></checklist>";
        Checklists inForce = defaults.withOverride(xml(good));

        assertThatThrownBy(() -> inForce.withOverride(xml(good + bad)))
                .isInstanceOf(ChecklistDefinitionException.class)
                .hasMessage("the firm's checklist file: the rule \"eb1a.more\" of checklist \"eb1a\" names the item \"eb1a.criterion.twelfth\", which the checklist does not have.");
        assertThatThrownBy(() -> inForce.withOverride(new ByteArrayInputStream("<checklists>\n<checklist id=\"o1\">\n<item id=\"o1.a\"></checklist>\n</checklists>"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageStartingWith("the firm's checklist file is not well-formed XML (line 3)");
        assertThat(inForce.forCaseType("O1").id()).isEqualTo("o1");
        assertThat(inForce.forCaseType("EB1A").rules()).extracting(r -> r.id()).containsExactly("eb1a.route");
    }
}
