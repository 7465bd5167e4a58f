package org.lpodesk.sharing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.TaskKind;

/**
 * The policy's answer for one request: a verdict per document, in request order. The request is
 * allowed only when every document may be shared, so a start check can fail before anything is
 * shared; {@link #summary()} then names every reason and the documents it applies to.
 */
public record SharingDecision(String vendorId, TaskKind kind, List<DocumentDecision> decisions) {

    public SharingDecision {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(kind, "kind");
        decisions = List.copyOf(decisions);
    }

    /** True when no document is refused (also when there is nothing to share). */
    public boolean allowed() {
        return decisions.stream().allMatch(DocumentDecision::shared);
    }

    public List<DocumentRef> shareable() {
        return decisions.stream().filter(DocumentDecision::shared).map(DocumentDecision::document)
                .collect(Collectors.toUnmodifiableList());
    }

    public List<DocumentDecision> refused() {
        return decisions.stream().filter(d -> !d.shared()).collect(Collectors.toUnmodifiableList());
    }

    /** Every distinct reason, in the policy's order of checking. */
    public Set<RefusalReason> reasons() {
        return decisions.stream().flatMap(d -> d.refusals().stream()).map(Refusal::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RefusalReason.class)));
    }

    /** In English; empty when allowed. */
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /**
     * "These documents cannot be shared with this vendor for this task. reason (documents …) …" with every reason,
     * or empty when allowed.
     */
    public String summary(Locale locale) {
        if (allowed()) {
            return "";
        }
        Map<RefusalReason, List<String>> documentsByReason = new LinkedHashMap<>();
        Map<RefusalReason, List<String>> argsByReason = new LinkedHashMap<>();
        for (RefusalReason reason : reasons()) {
            documentsByReason.put(reason, new ArrayList<>());
        }
        for (DocumentDecision d : decisions) {
            for (Refusal r : d.refusals()) {
                documentsByReason.get(r.reason()).add(d.document().name());
                argsByReason.putIfAbsent(r.reason(), r.args());
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RefusalReason, List<String>> e : documentsByReason.entrySet()) {
            List<String> args = new ArrayList<>(argsByReason.get(e.getKey()));
            args.set(0, String.join(", ", e.getValue()));
            parts.add(Messages.format(locale, "sharing.summary." + e.getKey().name(), args.toArray()));
        }
        return Messages.format(locale, "sharing.summary.refused", vendorId, kind.name(), String.join(" ", parts));
    }

    /**
     * @return this decision when allowed
     * @throws SharingRefusedException naming every reason when any document is refused
     */
    public SharingDecision requireAllowed() {
        if (!allowed()) {
            throw new SharingRefusedException(this);
        }
        return this;
    }
}
