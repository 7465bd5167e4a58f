package org.lpodesk.evidence.completeness;

import java.time.LocalDate;
import java.util.Objects;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.checklist.TagRefusedException;

/** An attorney's decision that an item is not needed for this case, with the reason. */
public record Waiver(String itemId, String reason, String attorney, LocalDate on) {

    public Waiver {
        Objects.requireNonNull(itemId, "itemId");
        if (reason == null || reason.isBlank()) {
            throw new TagRefusedException(EvidenceMessages.format("waiver.no-reason", itemId));
        }
        reason = reason.trim();
    }
}
