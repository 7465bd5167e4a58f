package org.lpodesk.cmis.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.chemistry.opencmis.commons.definitions.PropertyDecimalDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyIntegerDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyStringDefinition;
import org.apache.chemistry.opencmis.commons.definitions.RelationshipTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.model.ContentModel;
import org.lpodesk.cmis.model.ContentModelReader;
import org.lpodesk.cmis.model.ModelException;

class CmisTypeMapperTest {

    private static CmisTypeCatalog map(String resource) throws Exception {
        try (InputStream in = CmisTypeMapperTest.class.getResourceAsStream(resource)) {
            ContentModel model = new ContentModelReader().read(in, resource);
            return new CmisTypeMapper().map(model, ModelLabels.none());
        }
    }

    private static PropertyDefinition<?> prop(CmisTypeCatalog c, String type, String id) {
        return c.type(type).orElseThrow().definition().getPropertyDefinitions().get(id);
    }

    @Test
    void typesGetAlfrescosIdsAndParents() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        assertThat(c.type("D:t:doc").orElseThrow().definition().getParentTypeId()).isEqualTo("cmis:document");
        assertThat(c.type("D:t:subdoc").orElseThrow().definition().getParentTypeId()).isEqualTo("D:t:doc");
        assertThat(c.type("F:t:folder").orElseThrow().definition().getParentTypeId()).isEqualTo("cmis:folder");
        assertThat(c.type("P:t:stamp").orElseThrow().definition().getParentTypeId()).isEqualTo("cmis:secondary");
        assertThat(c.type("P:t:substamp").orElseThrow().definition().getParentTypeId()).isEqualTo("P:t:stamp");
        TypeDefinition doc = c.type("D:t:doc").orElseThrow().definition();
        assertThat(doc.getQueryName()).isEqualTo("t:doc");
        assertThat(doc.getLocalNamespace()).isEqualTo("http://example.org/t");
    }

    @Test
    void aspectsBelowVersionableAuditableOrReferenceableAreNotExposed() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        assertThat(c.type("P:t:versionish")).isEmpty();
        assertThat(c.type("P:cm:versionable")).isEmpty();
        assertThat(c.type("P:cm:titled")).isPresent();
        // mandatory aspects are carried for the client, the hidden ones left out
        assertThat(c.type("D:t:subdoc").orElseThrow().mandatoryAspects()).containsExactly("P:t:stamp");
    }

    @Test
    void onlyPeerAssociationsBecomeRelationshipTypes() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        RelationshipTypeDefinition peer = (RelationshipTypeDefinition) c.type("R:t:peer").orElseThrow().definition();
        assertThat(peer.getAllowedSourceTypeIds()).containsExactly("D:t:doc");
        assertThat(peer.getAllowedTargetTypeIds()).containsExactly("F:t:folder");
        assertThat(c.type("R:t:kids")).isEmpty();
    }

    @Test
    void dataTypesMapAndUnexposedOnesAreDropped() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        Map<String, PropertyType> expected = Map.of("t:text", PropertyType.STRING, "t:both", PropertyType.STRING,
                "t:count", PropertyType.INTEGER, "t:big", PropertyType.INTEGER, "t:ratio", PropertyType.DECIMAL,
                "t:day", PropertyType.DATETIME, "t:flag", PropertyType.BOOLEAN, "t:ref", PropertyType.ID);
        expected.forEach((id, type) -> assertThat(prop(c, "D:t:doc", id).getPropertyType()).as(id).isEqualTo(type));
        assertThat(c.type("D:t:doc").orElseThrow().definition().getPropertyDefinitions())
                .doesNotContainKeys("t:anything", "t:qn", "t:loc");
        // a type lists its own properties only: the subtype inherits on the server
        assertThat(c.type("D:t:subdoc").orElseThrow().definition().getPropertyDefinitions()).isEmpty();
        // mandatory aspect properties live on the aspect, not on the type
        assertThat(prop(c, "D:t:doc", "t:stampedBy")).isNull();
        assertThat(prop(c, "P:t:stamp", "t:stampedBy").isRequired()).isTrue();
    }

    @Test
    void cardinalityRequiredUpdatabilityQueryableAndOrderableFollowAlfresco() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        assertThat(prop(c, "D:t:doc", "t:tags").getCardinality()).isEqualTo(Cardinality.MULTI);
        assertThat(prop(c, "D:t:doc", "t:code").isRequired()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:text").isRequired()).isFalse();
        assertThat(prop(c, "D:t:doc", "t:locked").getUpdatability()).isEqualTo(Updatability.READONLY);
        assertThat(prop(c, "D:t:doc", "t:text").getUpdatability()).isEqualTo(Updatability.READWRITE);
        assertThat(prop(c, "D:t:doc", "t:hidden").isQueryable()).isFalse();
        assertThat(prop(c, "D:t:doc", "t:hidden").isOrderable()).isFalse();
        // plain tokenised text: queryable, not orderable
        assertThat(prop(c, "D:t:doc", "t:text").isQueryable()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:text").isOrderable()).isFalse();
        assertThat(prop(c, "D:t:doc", "t:code").isOrderable()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:both").isOrderable()).isTrue();
        // numbers, dates and booleans sort even when tokenised; multi-valued never
        assertThat(prop(c, "D:t:doc", "t:count").isOrderable()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:day").isOrderable()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:flag").isOrderable()).isTrue();
        assertThat(prop(c, "D:t:doc", "t:tags").isOrderable()).isFalse();
    }

    @Test
    void constraintsBecomeClosedChoicesLengthsAndRanges() throws Exception {
        CmisTypeCatalog c = map("/models/mapping-cases.xml");
        PropertyDefinition<?> colour = prop(c, "D:t:doc", "t:colour");
        assertThat(colour.isOpenChoice()).isFalse();
        assertThat(colour.getChoices()).extracting(ch -> ch.getDisplayName()).containsExactly("RED", "GREEN");
        assertThat(((PropertyStringDefinition) prop(c, "D:t:doc", "t:short")).getMaxLength())
                .isEqualTo(BigInteger.valueOf(5));
        PropertyDecimalDefinition ratio = (PropertyDecimalDefinition) prop(c, "D:t:doc", "t:ratio");
        assertThat(ratio.getMinValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ratio.getMaxValue()).isEqualByComparingTo(BigDecimal.ONE);
        PropertyIntegerDefinition count = (PropertyIntegerDefinition) prop(c, "D:t:doc", "t:count");
        assertThat(count.getMaxValue()).isEqualTo(BigInteger.valueOf(Integer.MAX_VALUE));
        PropertyIntegerDefinition big = (PropertyIntegerDefinition) prop(c, "D:t:doc", "t:big");
        assertThat(big.getMaxValue()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
        // REGEX is not exposed over CMIS: it stays on the model declaration for the client
        assertThat(c.property("t:code").orElseThrow().declaration().regexes()).hasSize(1);
        assertThat(java.util.List.copyOf(prop(c, "D:t:doc", "t:flag").getDefaultValue())).isEqualTo(java.util.List.of(true));
    }

    @Test
    void aParentTheKitDoesNotKnowIsNamed() {
        String xml = "<model name='x:m' xmlns='http://www.alfresco.org/model/dictionary/1.0'>"
                + "<namespaces><namespace uri='u' prefix='x'/></namespaces>"
                + "<types><type name='x:t'><parent>cm:person</parent></type></types></model>";
        ContentModel model = new ContentModelReader().read(new ByteArrayInputStream(xml.getBytes(
                StandardCharsets.UTF_8)), "inline");
        assertThatThrownBy(() -> new CmisTypeMapper().map(model, ModelLabels.none()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("Class cm:person (referenced by x:t) is neither in the model nor one of");
    }

    @Test
    void theImmModelYieldsItsCaseFolderAndDocumentTypes() {
        CmisTypeCatalog c = ImmModel.catalog();
        assertThat(c.type("F:imm:case")).isPresent();
        assertThat(c.type("F:imm:client")).isPresent();
        assertThat(c.type("D:imm:uscisNotice").orElseThrow().definition().getParentTypeId())
                .isEqualTo("D:imm:document");
        assertThat(c.type("D:imm:evidence").orElseThrow().mandatoryAspects()).contains("P:imm:confidentiality");
        assertThat(c.type("P:imm:attorneyApproval").orElseThrow().definition().getPropertyDefinitions()
                .get("imm:approver").getUpdatability()).isEqualTo(Updatability.READONLY);
    }

    @Test
    void thePublishedTypeReferenceIsUpToDate() throws Exception {
        Path published = Path.of("..", "docs", "cmis-types.md");
        String expected = new TypeReferenceMarkdown().render(ImmModel.catalog(), ImmModel.SOURCE_PATH);
        assertThat(published).as("docs/cmis-types.md is missing; run: java -jar cmis-client/target/lpodesk-cmis.jar "
                + "types --markdown docs/cmis-types.md").exists();
        assertThat(Files.readString(published, StandardCharsets.UTF_8))
                .as("docs/cmis-types.md is stale; run: java -jar cmis-client/target/lpodesk-cmis.jar types "
                        + "--markdown docs/cmis-types.md")
                .isEqualTo(expected);
    }
}
