package org.lpodesk.evidence.checklist;

import java.util.List;
import java.util.Objects;

/**
 * What a checklist requires beyond single required items: a counted group ("at least 3 of these
 * 10"), alternatives ("a one-time award, or at least 3 criteria"), or all of several. Each group has
 * an id whose bundle label ({@code checklist.group.<id>}) or the firm's label names it in sentences.
 */
public sealed interface Requirement {

    String id();

    /** One item, present or waived. */
    record Item(String itemId) implements Requirement {
        public Item {
            Objects.requireNonNull(itemId, "itemId");
        }

        @Override
        public String id() {
            return itemId;
        }
    }

    /** At least {@code count} of the items, each present or waived. */
    record AtLeast(String id, String label, int count, List<String> itemIds) implements Requirement {
        public AtLeast {
            Objects.requireNonNull(id, "id");
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Any one of the alternatives. */
    record AnyOf(String id, String label, List<Requirement> alternatives) implements Requirement {
        public AnyOf {
            Objects.requireNonNull(id, "id");
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Every one of the parts. */
    record AllOf(String id, String label, List<Requirement> parts) implements Requirement {
        public AllOf {
            Objects.requireNonNull(id, "id");
            parts = List.copyOf(parts);
        }
    }
}
