package org.lpodesk.evidence.completeness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Requirement;

/**
 * A case's evidence measured against its checklist: each item's status and the documents that
 * count for it, each requirement met or not with its sentence, and the case ready for attorney
 * review when every requirement is met. A count, never a judgement on the merits: the attorney's
 * final-merits note is separate.
 */
public record CaseCompleteness(Checklist checklist, List<ItemState> items, List<RequirementState> requirements) {

    public CaseCompleteness {
        items = List.copyOf(items);
        requirements = List.copyOf(requirements);
    }

    /** One item: its status, the documents that count (or would, once translated), the waiver. */
    public record ItemState(ChecklistItem item, ItemStatus status, List<EvidenceDocument> documents,
                            Optional<Waiver> waiver) {
        public ItemState {
            documents = List.copyOf(documents);
        }
    }

    /** One requirement and whether it is met; its sentence says how far the evidence goes. */
    public record RequirementState(Requirement requirement, boolean met, Sentence sentence) {
    }

    /** A text of the bundle with its arguments, rendered in each reader's locale. */
    public record Sentence(String key, List<Object> args) {
        public Sentence {
            args = List.copyOf(args);
        }

        public String format(Locale locale) {
            Object[] resolved = args.stream().map(a -> a instanceof Sentence s ? s.format(locale)
                    : a instanceof Labelled l ? l.label(locale) : a).toArray();
            return EvidenceMessages.format(locale, key, resolved);
        }
    }

    /** An argument shown by its label in the reader's locale. */
    public interface Labelled {
        String label(Locale locale);
    }

    public String checklistId() {
        return checklist.id();
    }

    public boolean ready() {
        return requirements.stream().allMatch(RequirementState::met);
    }

    public int requiredCount() {
        return requirements.size();
    }

    public int missingCount() {
        return (int) requirements.stream().filter(r -> !r.met()).count();
    }

    /** Criteria of a counted list (EB-1A's ten, EB-1B's six) with evidence that counts. */
    public int criteriaEvidenced() {
        return (int) items.stream().filter(i -> i.item().criterion() && i.status() == ItemStatus.PRESENT).count();
    }

    /** Items not met, required ones first, then those of unmet groups, then the optional rest. */
    public List<String> missingItemIds() {
        return orderedItems().stream().filter(i -> !i.status().met()).map(i -> i.item().id()).toList();
    }

    /** Every item, those that keep the case from being ready first, in the checklist's order within each rank. */
    public List<ItemState> orderedItems() {
        return items.stream().sorted(java.util.Comparator.comparingInt(this::rank)).toList();
    }

    private int rank(ItemState state) {
        if (state.status().met()) {
            return 3;
        }
        if (state.item().required()) {
            return 0;
        }
        boolean inUnmetGroup = requirements.stream().filter(r -> !r.met())
                .anyMatch(r -> mentions(r.requirement(), state.item().id()));
        return inUnmetGroup ? 1 : 2;
    }

    private static boolean mentions(Requirement requirement, String itemId) {
        if (requirement instanceof Requirement.Item item) {
            return item.itemId().equals(itemId);
        }
        if (requirement instanceof Requirement.AtLeast atLeast) {
            return atLeast.itemIds().contains(itemId);
        }
        if (requirement instanceof Requirement.AnyOf anyOf) {
            return anyOf.alternatives().stream().anyMatch(r -> mentions(r, itemId));
        }
        return requirement instanceof Requirement.AllOf allOf && allOf.parts().stream().anyMatch(r -> mentions(r, itemId));
    }

    /** Why the case is not ready, one sentence per unmet requirement; empty when ready. */
    public List<String> reasons(Locale locale) {
        return requirements.stream().filter(r -> !r.met()).map(r -> r.sentence().format(locale)).toList();
    }

    /** One sentence for the case: ready, or how many requirements are unmet and which. */
    public String summary(Locale locale) {
        if (ready()) {
            return EvidenceMessages.format(locale, "summary.ready", checklist.label(locale), requiredCount());
        }
        return EvidenceMessages.format(locale, "summary.not-ready", checklist.label(locale), missingCount(),
                requiredCount(), reasons(locale).stream().collect(Collectors.joining("; ")));
    }

    /**
     * The checklist as a vendor collecting documents reads it on the task: the case's summary,
     * then one line per item, what keeps the case from being ready first, each with the item id
     * to tag an upload with. Item states only: the firm's documents themselves are not named.
     */
    public List<String> brief(Locale locale) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(summary(locale));
        for (ItemState state : orderedItems()) {
            lines.add(EvidenceMessages.format(locale, state.item().required() ? "brief.item.required" : "brief.item.optional",
                    state.status().label(locale), state.item().label(locale), state.item().id()));
        }
        return lines;
    }
}
