package org.lpodesk.evidence.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.evidence.EvidenceMessages;

/**
 * The evidence one kind of case needs: its items and its requirements (every required item, plus
 * the groups of its rules). Immutable; built and validated by {@link ChecklistReader}.
 *
 * @param caseTypes the case types it applies to ({@code *}: every type no other checklist claims)
 */
public record Checklist(String id, String label, Set<String> caseTypes, List<ChecklistItem> items,
                        List<Requirement> rules) {

    public static final String ANY_CASE_TYPE = "*";

    public Checklist {
        Objects.requireNonNull(id, "id");
        caseTypes = Set.copyOf(caseTypes);
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    public String label(Locale locale) {
        return label != null ? label : EvidenceMessages.optional(locale, "checklist." + id).orElse(id);
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * What the case must meet to be ready for attorney review, in order: each required item, then
     * the rules' groups.
     */
    public List<Requirement> requirements() {
        List<Requirement> all = new ArrayList<>();
        items.stream().filter(ChecklistItem::required).map(i -> new Requirement.Item(i.id())).forEach(all::add);
        all.addAll(rules);
        return all;
    }

    /**
     * Refuses tags a document of this type cannot carry: an item this checklist does not have, or one
     * the type cannot satisfy. The message names the item and the type.
     */
    public void validateTag(String documentType, Collection<String> itemIds) {
        for (String itemId : itemIds) {
            ChecklistItem item = item(itemId).orElseThrow(() -> new TagRefusedException(
                    EvidenceMessages.format("tag.unknown-item", itemId, label(Locale.ENGLISH))));
            if (!item.satisfiableBy(documentType)) {
                throw new TagRefusedException(EvidenceMessages.format("tag.wrong-type",
                        item.label(Locale.ENGLISH), documentType, String.join(", ", item.satisfiedBy())));
            }
        }
    }

    /** The same checklist with items added or replaced by id, and rules replaced when given. */
    Checklist extendedBy(Checklist firm, boolean replaceRules) {
        Map<String, ChecklistItem> merged = new LinkedHashMap<>();
        items.forEach(i -> merged.put(i.id(), i));
        firm.items().forEach(i -> merged.put(i.id(), i));
        List<Requirement> mergedRules = new ArrayList<>(replaceRules ? List.of() : rules);
        mergedRules.addAll(firm.rules());
        return new Checklist(id, firm.label() != null ? firm.label() : label,
                firm.caseTypes().isEmpty() ? caseTypes : firm.caseTypes(), List.copyOf(merged.values()), mergedRules);
    }
}
