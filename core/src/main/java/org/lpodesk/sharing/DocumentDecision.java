package org.lpodesk.sharing;

import java.util.List;
import java.util.Objects;

/** The verdict on one document: shared when no refusal applies. */
public record DocumentDecision(DocumentRef document, List<Refusal> refusals) {

    public DocumentDecision {
        Objects.requireNonNull(document, "document");
        refusals = List.copyOf(refusals);
    }

    public Verdict verdict() {
        return refusals.isEmpty() ? Verdict.SHARE : Verdict.REFUSE;
    }

    public boolean shared() {
        return refusals.isEmpty();
    }

    public boolean refusedFor(RefusalReason reason) {
        return refusals.stream().anyMatch(r -> r.reason() == reason);
    }
}
