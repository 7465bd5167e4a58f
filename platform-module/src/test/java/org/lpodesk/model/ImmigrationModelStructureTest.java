package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lpodesk.model.ContentModel.ModelClass;
import org.lpodesk.model.ContentModel.Property;
import org.w3c.dom.Element;

/**
 * The imm model is well formed, uses one prefix, and refers only to things that exist: its own
 * definitions, Alfresco's dictionary data types, and the few Alfresco classes listed here.
 */
class ImmigrationModelStructureTest {

    static final String IMM_URI = "http://www.lpodesk.org/model/immigration/1.0";

    /** Data types of Alfresco's dictionary model (dictionaryModel.xml). */
    static final Set<String> DICTIONARY_DATA_TYPES = Set.of("d:any", "d:encrypted", "d:text", "d:mltext", "d:content",
            "d:int", "d:long", "d:float", "d:double", "d:date", "d:datetime", "d:boolean", "d:qname", "d:noderef",
            "d:childassocref", "d:assocref", "d:path", "d:category", "d:locale", "d:version", "d:period");

    /** Data types Alfresco does not expose over CMIS (../shared/CMIS.md): useless to integrators. */
    static final Set<String> HIDDEN_FROM_CMIS = Set.of("d:any", "d:qname", "d:locale", "d:period", "d:content",
            "d:encrypted");

    /** The Alfresco classes this model builds on, each checked to exist in contentModel.xml. */
    // cm:cmobject is CMIS's cmis:item: records kept with a case that are neither documents nor folders
    static final Set<String> ALFRESCO_TYPES = Set.of("cm:folder", "cm:content", "cm:cmobject");
    static final Set<String> ALFRESCO_ASPECTS = Set.of("cm:versionable");

    static final Map<String, String> ALFRESCO_NAMESPACES = Map.of(
            "d", "http://www.alfresco.org/model/dictionary/1.0",
            "sys", "http://www.alfresco.org/model/system/1.0",
            "cm", "http://www.alfresco.org/model/content/1.0");

    private final ContentModel model = ContentModel.immigration();

    @Test
    void isAModelDocumentNamedInItsOwnNamespace() {
        Element root = model.document.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(ContentModel.DICTIONARY_NS);
        assertThat(root.getLocalName()).isEqualTo("model");
        assertThat(model.name).isEqualTo("imm:immigrationModel");
        assertThat(model.namespaces).containsExactly(Map.entry("imm", IMM_URI));
    }

    @Test
    void everythingItDefinesUsesTheOnePrefix() {
        assertThat(model.definedNames).isNotEmpty().allSatisfy(n -> assertThat(n).matches("imm:[a-z][A-Za-z0-9]*"));
        assertThat(model.definedNames).doesNotHaveDuplicates();
    }

    @Test
    void importsAreAlfrescoNamespacesThatTheModelUses() {
        assertThat(model.imports).allSatisfy((prefix, uri) -> assertThat(ALFRESCO_NAMESPACES).containsEntry(prefix, uri));

        Set<String> usedPrefixes = new HashSet<>();
        model.classes().values().forEach(c -> {
            prefixOf(c.parent(), usedPrefixes);
            c.mandatoryAspects().forEach(a -> prefixOf(a, usedPrefixes));
        });
        model.properties.values().forEach(p -> prefixOf(p.dataType(), usedPrefixes));
        model.associations.values().forEach(a -> prefixOf(a.targetClass(), usedPrefixes));
        usedPrefixes.remove("imm");
        assertThat(model.imports.keySet()).isEqualTo(usedPrefixes);
    }

    @Test
    void elementsAppearInTheOrderAlfrescosDictionaryReadsThem() {
        // Alfresco binds model XML with a fixed element order; out of order means not loaded
        Map<String, List<String>> sequences = Map.of(
                "model", List.of("description", "author", "published", "version", "imports", "namespaces",
                        "data-types", "constraints", "types", "aspects"),
                "type", classSequence(), "aspect", classSequence(),
                "property", List.of("title", "description", "type", "protected", "mandatory", "multiple", "default",
                        "index", "constraints", "encrypted"),
                "index", List.of("atomic", "stored", "tokenised", "facetable"),
                "association", List.of("title", "description", "source", "target"),
                "child-association", List.of("title", "description", "source", "target", "child-name", "duplicate",
                        "propagateTimestamps"),
                "source", List.of("role", "mandatory", "many"),
                "target", List.of("class", "role", "mandatory", "many"),
                "constraint", List.of("parameter"));
        List<String> problems = new ArrayList<>();
        checkOrder(model.document.getDocumentElement(), sequences, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void everyTypeDerivesFromAnExistingTypeAndReachesAnAlfrescoType() {
        model.types.values().forEach(t -> {
            assertThat(t.parent()).as("parent of %s", t.name()).isNotNull();
            assertThat(model.types.containsKey(t.parent()) || ALFRESCO_TYPES.contains(t.parent()))
                    .as("parent %s of %s exists", t.parent(), t.name()).isTrue();
            assertThat(alfrescoAncestor(t.name())).as("%s is a cmis:document, cmis:folder or cmis:item", t.name()).isIn(ALFRESCO_TYPES);
        });
        assertThat(model.aspects.values()).allSatisfy(a -> assertThat(a.parent() == null
                || model.aspects.containsKey(a.parent()) || ALFRESCO_ASPECTS.contains(a.parent())).isTrue());
    }

    @Test
    void theAlfrescoClassesListedAreAllUsed() {
        Set<String> parents = model.classes().values().stream().map(ModelClass::parent).collect(Collectors.toSet());
        Set<String> mandatory = model.classes().values().stream().flatMap(c -> c.mandatoryAspects().stream())
                .collect(Collectors.toSet());

        assertThat(parents).containsAll(ALFRESCO_TYPES);
        assertThat(mandatory).containsAll(ALFRESCO_ASPECTS);
    }

    @Test
    void everyMandatoryAspectExists() {
        model.classes().values().forEach(c -> assertThat(c.mandatoryAspects()).allSatisfy(a -> assertThat(
                model.aspects.containsKey(a) || ALFRESCO_ASPECTS.contains(a)).as("%s of %s", a, c.name()).isTrue()));
    }

    @Test
    void everyAssociationTargetsAClassThatExists() {
        assertThat(model.associations.values()).allSatisfy(a -> assertThat(
                model.classes().containsKey(a.targetClass()) || ALFRESCO_TYPES.contains(a.targetClass()))
                .as("target of %s", a.name()).isTrue());
    }

    @Test
    void everyDataTypeIsAnAlfrescoDictionaryTypeThatCmisExposes() {
        assertThat(model.properties.values()).allSatisfy(p -> {
            assertThat(p.dataType()).as(p.name()).isIn(DICTIONARY_DATA_TYPES);
            assertThat(p.dataType()).as(p.name()).isNotIn(HIDDEN_FROM_CMIS);
        });
    }

    @Test
    void constraintsAreNamedWellFormedAndAllUsed() {
        Set<String> referenced = model.properties.values().stream().flatMap(p -> p.constraintRefs().stream())
                .collect(Collectors.toSet());

        assertThat(model.properties.values()).allSatisfy(p -> {
            assertThat(p.inlineConstraints()).as("unnamed constraints on %s", p.name()).isZero();
            assertThat(p.constraintRefs()).as(p.name()).allSatisfy(r -> assertThat(model.constraints).containsKey(r));
        });
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(model.constraints.keySet());
        assertThat(model.constraints.values()).allSatisfy(c -> {
            assertThat(c.type()).as(c.name()).isIn("LIST", "REGEX");
            if (c.type().equals("LIST")) {
                assertThat(c.parameter("allowedValues")).as(c.name()).isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(v -> assertThat(v).matches("[A-Z][A-Z0-9_]*"));
            } else {
                assertThat(c.parameter("expression")).as(c.name()).singleElement()
                        .satisfies(e -> assertThat(Pattern.compile(e)).isNotNull());
                assertThat(c.parameter("requiresMatch")).as(c.name()).containsExactly("true");
            }
        });
    }

    @Test
    void listValuedPropertiesAreSingleExactMatchText() {
        model.properties.values().stream().filter(p -> !listConstraints(p).isEmpty()).forEach(p -> {
            assertThat(p.dataType()).as(p.name()).isEqualTo("d:text");
            assertThat(p.multiple()).as(p.name()).isFalse();
            assertThat(p.tokenised()).as("%s must match whole values", p.name()).isEqualTo("false");
            assertThat(listConstraints(p)).as(p.name()).hasSize(1);
        });
    }

    @Test
    void defaultsSatisfyTheirOwnConstraints() {
        model.properties.values().stream().filter(p -> p.defaultValue() != null).forEach(p -> {
            if (p.dataType().equals("d:boolean")) {
                assertThat(p.defaultValue()).as(p.name()).isIn("true", "false");
            }
            for (String ref : p.constraintRefs()) {
                ContentModel.Constraint c = model.constraints.get(ref);
                if (c.type().equals("LIST")) {
                    assertThat(c.parameter("allowedValues")).as(p.name()).contains(p.defaultValue());
                } else {
                    assertThat(p.defaultValue()).as(p.name()).matches(c.parameter("expression").get(0));
                }
            }
        });
    }

    @Test
    void theDocumentedTypesAndAspectsAreAllThere() {
        assertThat(model.types.keySet()).containsExactlyInAnyOrder("imm:client", "imm:case", "imm:document",
                "imm:petitionDraft", "imm:coverLetter", "imm:jobDescription", "imm:supportLetter", "imm:evidence",
                "imm:uscisNotice", "imm:rfeResponse", "imm:researchMemo", "imm:clientCorrespondence",
                "imm:identityDocument", "imm:evidenceWaiver", "imm:rfeIssue", "imm:recruitmentStep", "imm:statusCheck");
        assertThat(model.aspects.keySet()).containsExactlyInAnyOrder("imm:outsourcingConsent", "imm:confidentiality",
                "imm:attorneyApproval", "imm:lpoShare", "imm:filing", "imm:sent", "imm:evidenceTags", "imm:permCase",
                "imm:evidenceRecords", "imm:uscisStatus", "imm:residence", "imm:mailMessage", "imm:mailQuarantine",
                "imm:mailAttachment", "imm:reply");
        assertThat(model.types.get("imm:client").parent()).isEqualTo("cm:folder");
        assertThat(model.types.get("imm:case").parent()).isEqualTo("cm:folder");
        assertThat(model.types.values().stream().filter(t -> "imm:document".equals(t.parent()))).hasSize(10);
        assertThat(model.types.get("imm:document").mandatoryAspects()).containsExactly("imm:confidentiality");
    }

    @Test
    void noFolderTypeDeclaresAChildAssociationSoCmisMayFileAnyDocumentInIt() {
        // Alfresco's CMIS layer answers cmis:allowedChildObjectTypeIds from the child associations a folder
        // type declares (its own and its parents', not its aspects'), and refuses every other type: with
        // imm:evidenceWaivers on imm:case, a live repository refused the kit's uploads into a case. Records
        // kept under a folder hang on an aspect.
        List<String> folderTypes = model.types.values().stream().filter(t -> "cm:folder".equals(t.parent())
                || "imm:client".equals(t.parent()) || "imm:case".equals(t.parent())).map(ContentModel.ModelClass::name).toList();
        assertThat(folderTypes).contains("imm:client", "imm:case");
        for (String type : folderTypes) {
            assertThat(model.types.get(type).associationNames()).as(type)
                    .noneMatch(a -> model.associations.get(a).child());
        }
        assertThat(model.types.get("imm:case").mandatoryAspects()).contains("imm:evidenceRecords");
        assertThat(model.aspects.get("imm:evidenceRecords").associationNames()).containsExactly("imm:evidenceWaivers");
    }

    @Test
    void theApprovalCannotBeWrittenOverCmisOrShareForms() {
        // protected properties are read-only over CMIS: only the review workflow records approvals
        assertThat(model.aspects.get("imm:attorneyApproval").propertyNames()).allSatisfy(
                n -> assertThat(model.properties.get(n).protectedValue()).as(n).isTrue());
        assertThat(model.aspects.get("imm:attorneyApproval").propertyNames()).containsExactlyInAnyOrder("imm:approver",
                "imm:approvedOn", "imm:approvalOutcome", "imm:approvalComment", "imm:approvedVersionLabel");
        assertThat(model.aspects.get("imm:attorneyApproval").mandatoryAspects()).containsExactly("cm:versionable");
        assertThat(model.aspects.get("imm:lpoShare").propertyNames()).allSatisfy(
                n -> assertThat(model.properties.get(n).protectedValue()).as(n).isTrue());
    }

    private List<ContentModel.Constraint> listConstraints(Property p) {
        return p.constraintRefs().stream().map(model.constraints::get).filter(c -> c != null && c.type().equals("LIST"))
                .toList();
    }

    private String alfrescoAncestor(String typeName) {
        String current = typeName;
        Set<String> seen = new HashSet<>();
        while (model.types.containsKey(current)) {
            assertThat(seen.add(current)).as("inheritance cycle through %s", current).isTrue();
            current = model.types.get(current).parent();
        }
        return current;
    }

    private static List<String> classSequence() {
        return List.of("title", "description", "parent", "archive", "includedInSuperTypeQuery", "properties",
                "associations", "overrides", "mandatory-aspects");
    }

    private static void prefixOf(String qualifiedName, Set<String> into) {
        if (qualifiedName != null && qualifiedName.contains(":")) {
            into.add(qualifiedName.substring(0, qualifiedName.indexOf(':')));
        }
    }

    private static void checkOrder(Element element, Map<String, List<String>> sequences, List<String> problems) {
        List<String> sequence = sequences.get(element.getLocalName());
        List<Element> children = ContentModel.children(element, null);
        if (sequence != null) {
            int last = -1;
            for (Element child : children) {
                int position = sequence.indexOf(child.getLocalName());
                String where = element.getLocalName() + (element.hasAttribute("name") ? " " + element.getAttribute("name") : "");
                if (position < 0) {
                    problems.add(where + ": unexpected <" + child.getLocalName() + ">");
                } else if (position < last || position == last && !child.getLocalName().equals("parameter")) {
                    problems.add(where + ": <" + child.getLocalName() + "> out of order or repeated");
                } else {
                    last = position;
                }
            }
        }
        children.forEach(c -> checkOrder(c, sequences, problems));
    }
}
