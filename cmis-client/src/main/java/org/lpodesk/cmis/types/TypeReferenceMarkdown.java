package org.lpodesk.cmis.types;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDecimalDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyIntegerDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyStringDefinition;
import org.apache.chemistry.opencmis.commons.definitions.RelationshipTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.lpodesk.cmis.model.PropertyDef;

/**
 * The published type reference (docs/cmis-types.md): every CMIS type the model yields on
 * Alfresco, with the columns an integrator needs to write properties and queries.
 */
public final class TypeReferenceMarkdown {

    public String render(CmisTypeCatalog catalog, String modelSource) {
        StringBuilder md = new StringBuilder();
        md.append("# CMIS types of the `").append(catalog.model().name()).append("` model\n\n");
        md.append("Generated from `").append(modelSource).append("` by the integrator kit's type generator\n")
                .append("(`cmis-client`, `org.lpodesk.cmis.types`); do not edit by hand. Regenerate with\n")
                .append("`java -jar cmis-client/target/lpodesk-cmis.jar types --markdown docs/cmis-types.md`\n")
                .append("(a test fails while this file differs from the model).\n\n")
                .append("How Alfresco derives them (its `CMISMapping` and type/property definition wrappers):\n\n")
                .append("- `D:` types sit below `cm:content` (parent `cmis:document`), `F:` below `cm:folder`\n")
                .append("  (parent `cmis:folder`), `P:` are aspects (secondary types, parent `cmis:secondary` or\n")
                .append("  the parent aspect), `R:` peer associations (child associations are not exposed).\n")
                .append("- Property and query names are the prefixed model names. A type lists its own properties;\n")
                .append("  properties of mandatory aspects appear only on the `P:` type. Alfresco applies the\n")
                .append("  mandatory aspects itself; the kit always sends them in `cmis:secondaryObjectTypeIds`.\n")
                .append("- Queryable = indexed; orderable only when queryable, single-valued and not tokenised\n")
                .append("  (or boolean, date, datetime or a number). Aspect properties in WHERE need a JOIN to the\n")
                .append("  `P:` type on `cmis:objectId`.\n")
                .append("- Choices are closed (LIST constraints). REGEX constraints are not visible over CMIS: the\n")
                .append("  kit checks them before sending (column \"pattern (client-side)\").\n\n");
        md.append("| type id | query name | parent | title | mandatory aspects |\n|---|---|---|---|---|\n");
        for (CmisType t : catalog.types()) {
            TypeDefinition d = t.definition();
            md.append("| `").append(d.getId()).append("` | `").append(d.getQueryName()).append("` | `")
                    .append(d.getParentTypeId()).append("` | ").append(cell(d.getDisplayName())).append(" | ")
                    .append(t.mandatoryAspects().isEmpty() ? "" : t.mandatoryAspects().stream()
                            .map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        for (CmisType t : catalog.types()) {
            TypeDefinition d = t.definition();
            md.append("\n## `").append(d.getId()).append("` ").append(cell(d.getDisplayName())).append("\n\n");
            if (d.getDescription() != null && !d.getDescription().equals(d.getDisplayName())) {
                md.append(cell(d.getDescription())).append("\n\n");
            }
            md.append("Base `").append(d.getBaseTypeId().value()).append("`, parent `").append(d.getParentTypeId())
                    .append("`, creatable ").append(d.isCreatable()).append(", queryable ").append(d.isQueryable());
            if (d instanceof RelationshipTypeDefinition r) {
                md.append(", source ").append(r.getAllowedSourceTypeIds()).append(", target ")
                        .append(r.getAllowedTargetTypeIds());
            }
            md.append(".\n");
            if (d.getPropertyDefinitions() == null || d.getPropertyDefinitions().isEmpty()) {
                md.append("\nNo own properties.\n");
                continue;
            }
            md.append("\n| property | title | type | card. | required | updatability | queryable | orderable "
                    + "| choices / limits | pattern (client-side) |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (PropertyDefinition<?> p : d.getPropertyDefinitions().values()) {
                PropertyDef decl = t.source() == null ? null : t.source().properties().stream()
                        .filter(x -> x.name().equals(p.getId())).findFirst().orElse(null);
                md.append("| `").append(p.getId()).append("` | ").append(cell(p.getDisplayName())).append(" | ")
                        .append(p.getPropertyType().value()).append(" | ")
                        .append(p.getCardinality().value()).append(" | ").append(yes(p.isRequired())).append(" | ")
                        .append(p.getUpdatability().value()).append(" | ").append(yes(p.isQueryable()))
                        .append(" | ").append(yes(p.isOrderable())).append(" | ").append(limits(p)).append(" | ")
                        .append(patterns(decl)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String limits(PropertyDefinition<?> p) {
        List<String> parts = new ArrayList<>();
        if (p.getChoices() != null && !p.getChoices().isEmpty()) {
            parts.add(p.getChoices().stream().map(Choice::getDisplayName).map(v -> "`" + v + "`")
                    .collect(Collectors.joining(" ")));
        }
        if (p instanceof PropertyStringDefinition s && s.getMaxLength() != null) {
            parts.add("max length " + s.getMaxLength());
        }
        if (p instanceof PropertyIntegerDefinition i && i.getMinValue() != null) {
            parts.add(i.getMinValue() + " … " + i.getMaxValue());
        }
        if (p instanceof PropertyDecimalDefinition dec && dec.getMinValue() != null) {
            parts.add(dec.getMinValue().toPlainString() + " … " + dec.getMaxValue().toPlainString());
        }
        if (p.getDefaultValue() != null && !p.getDefaultValue().isEmpty()) {
            parts.add("default `" + p.getDefaultValue().get(0) + "`");
        }
        return String.join("; ", parts);
    }

    private static String patterns(PropertyDef decl) {
        if (decl == null) {
            return "";
        }
        return decl.regexes().stream().map(r -> (r.requiresMatch() ? "" : "not ") + "`" + r.expression()
                .replace("|", "\\|") + "`").collect(Collectors.joining(" "));
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ').strip();
    }

}
