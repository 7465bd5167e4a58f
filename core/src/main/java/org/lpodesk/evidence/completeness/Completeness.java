package org.lpodesk.evidence.completeness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Requirement;
import org.lpodesk.evidence.checklist.TagRefusedException;
import org.lpodesk.evidence.completeness.CaseCompleteness.ItemState;
import org.lpodesk.evidence.completeness.CaseCompleteness.RequirementState;
import org.lpodesk.evidence.completeness.CaseCompleteness.Sentence;

/**
 * Computes a case's completeness from its checklist, its tagged documents and the attorneys'
 * waivers. A document counts for an item when it is tagged with it, its type satisfies it and it is
 * readable (English, or with a certified translation); a tag its type cannot satisfy counts for
 * nothing (the repository refuses such tags when they are written). Linear in documents × tags.
 */
public final class Completeness {

    public CaseCompleteness of(Checklist checklist, Collection<EvidenceDocument> documents, Collection<Waiver> waivers) {
        Map<String, List<EvidenceDocument>> tagged = new HashMap<>();
        for (EvidenceDocument document : documents) {
            for (String itemId : document.itemIds()) {
                tagged.computeIfAbsent(itemId, k -> new ArrayList<>()).add(document);
            }
        }
        Map<String, Waiver> waived = new HashMap<>();
        for (Waiver waiver : waivers) {
            if (checklist.item(waiver.itemId()).isPresent()) {
                waived.put(waiver.itemId(), waiver);
            }
        }
        List<ItemState> items = new ArrayList<>();
        Map<String, ItemState> byId = new HashMap<>();
        for (ChecklistItem item : checklist.items()) {
            List<EvidenceDocument> candidates = tagged.getOrDefault(item.id(), List.of()).stream()
                    .filter(d -> item.satisfiableBy(d.documentType())).toList();
            List<EvidenceDocument> counting = candidates.stream().filter(EvidenceDocument::readable).toList();
            Optional<Waiver> waiver = Optional.ofNullable(waived.get(item.id()));
            ItemStatus status = !counting.isEmpty() ? ItemStatus.PRESENT
                    : waiver.isPresent() ? ItemStatus.WAIVED
                    : !candidates.isEmpty() ? ItemStatus.NEEDS_TRANSLATION
                    : ItemStatus.MISSING;
            ItemState state = new ItemState(item, status, counting.isEmpty() ? candidates : counting, waiver);
            items.add(state);
            byId.put(item.id(), state);
        }
        List<RequirementState> requirements = new ArrayList<>();
        for (Requirement requirement : checklist.requirements()) {
            requirements.add(evaluate(requirement, byId));
        }
        return new CaseCompleteness(checklist, items, requirements);
    }

    /** Refuses a waiver of an item the case's checklist does not have. */
    public static void checkWaivable(Checklist checklist, String itemId) {
        if (checklist.item(itemId).isEmpty()) {
            throw new TagRefusedException(EvidenceMessages.format("tag.unknown-item", itemId,
                    checklist.label(java.util.Locale.ENGLISH)));
        }
    }

    private RequirementState evaluate(Requirement requirement, Map<String, ItemState> items) {
        if (requirement instanceof Requirement.Item ref) {
            ItemState state = items.get(ref.itemId());
            return new RequirementState(requirement, state.status().met(),
                    new Sentence("rule.item", List.of(labelled(state.item()), labelled(state.status()))));
        }
        if (requirement instanceof Requirement.AtLeast atLeast) {
            long met = atLeast.itemIds().stream().filter(id -> items.get(id).status().met()).count();
            return new RequirementState(requirement, met >= atLeast.count(),
                    new Sentence("rule.at-least", List.of(group(atLeast.id(), atLeast.label()), met, atLeast.count(),
                            atLeast.itemIds().size())));
        }
        if (requirement instanceof Requirement.AnyOf anyOf) {
            List<RequirementState> alternatives = anyOf.alternatives().stream().map(r -> evaluate(r, items)).toList();
            Optional<RequirementState> met = alternatives.stream().filter(RequirementState::met).findFirst();
            if (met.isPresent()) {
                return new RequirementState(requirement, true,
                        new Sentence("rule.any-of.met", List.of(group(anyOf.id(), anyOf.label()), met.get().sentence())));
            }
            return new RequirementState(requirement, false, new Sentence("rule.any-of.unmet",
                    List.of(group(anyOf.id(), anyOf.label()), joined(alternatives, "rule.or"))));
        }
        Requirement.AllOf allOf = (Requirement.AllOf) requirement;
        List<RequirementState> parts = allOf.parts().stream().map(r -> evaluate(r, items)).toList();
        List<RequirementState> unmet = parts.stream().filter(p -> !p.met()).toList();
        return new RequirementState(requirement, unmet.isEmpty(), unmet.isEmpty()
                ? new Sentence("rule.all-of.met", List.of(group(allOf.id(), allOf.label())))
                : new Sentence("rule.all-of.unmet", List.of(group(allOf.id(), allOf.label()), joined(unmet, "rule.and"))));
    }

    /** Sentences joined by a localized "or"/"and" sentence, left to right. */
    private static Object joined(List<RequirementState> states, String joinKey) {
        Object joined = states.get(0).sentence();
        for (int i = 1; i < states.size(); i++) {
            joined = new Sentence(joinKey, List.of(joined, states.get(i).sentence()));
        }
        return joined;
    }

    private static CaseCompleteness.Labelled labelled(ChecklistItem item) {
        return item::label;
    }

    private static CaseCompleteness.Labelled labelled(ItemStatus status) {
        return status::label;
    }

    private static CaseCompleteness.Labelled group(String id, String label) {
        return locale -> label != null ? label : EvidenceMessages.optional(locale, "checklist.group." + id).orElse(id);
    }
}
