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
import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.model.PropertyDef;

/**
 * The published type reference (docs/cmis-types.md): every CMIS type the model yields on
 * Alfresco, with the columns an integrator needs to write properties and queries.
 */
public final class TypeReferenceMarkdown {

    public String render(CmisTypeCatalog catalog, String modelSource) {
        StringBuilder md = new StringBuilder();
        md.append(Messages.get("reference.title", catalog.model().name())).append("\n\n");
        md.append(Messages.get("reference.intro", modelSource)).append("\n\n");
        md.append(Messages.get("reference.rules")).append("\n\n");
        md.append(Messages.get("reference.typesHeader")).append("\n");
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
            md.append(Messages.get("reference.typeFacts", d.getBaseTypeId().value(), d.getParentTypeId(),
                    String.valueOf(d.isCreatable()), String.valueOf(d.isQueryable())));
            if (d instanceof RelationshipTypeDefinition r) {
                md.append(Messages.get("reference.relationshipFacts", r.getAllowedSourceTypeIds(),
                        r.getAllowedTargetTypeIds()));
            }
            md.append(".\n");
            if (d.getPropertyDefinitions() == null || d.getPropertyDefinitions().isEmpty()) {
                md.append("\n").append(Messages.get("reference.noProperties")).append("\n");
                continue;
            }
            md.append("\n").append(Messages.get("reference.propertiesHeader")).append("\n");
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
            parts.add(Messages.get("reference.maxLength", s.getMaxLength().toString()));
        }
        if (p instanceof PropertyIntegerDefinition i && i.getMinValue() != null) {
            parts.add(Messages.get("reference.range", i.getMinValue().toString(), i.getMaxValue().toString()));
        }
        if (p instanceof PropertyDecimalDefinition dec && dec.getMinValue() != null) {
            parts.add(Messages.get("reference.range", dec.getMinValue().toPlainString(),
                    dec.getMaxValue().toPlainString()));
        }
        if (p.getDefaultValue() != null && !p.getDefaultValue().isEmpty()) {
            parts.add(Messages.get("reference.default", String.valueOf(p.getDefaultValue().get(0))));
        }
        return String.join("; ", parts);
    }

    private static String patterns(PropertyDef decl) {
        if (decl == null) {
            return "";
        }
        return decl.regexes().stream().map(r -> (r.requiresMatch() ? "" : Messages.get("reference.notPattern")) + "`"
                + r.expression()
                .replace("|", "\\|") + "`").collect(Collectors.joining(" "));
    }

    private static String yes(boolean b) {
        return Messages.get(b ? "reference.yes" : "reference.no");
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ').strip();
    }

}
