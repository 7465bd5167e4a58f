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
 * The policy's answer for one request: a verdict per document, in request order, and the
 * warnings of an allowed share (a bulk-data count near its limit). The request is allowed only
 * when every document may be shared, so a start check can fail before anything is shared;
 * {@link #summary()} then names every reason and the documents it applies to.
 */
public record SharingDecision(String vendorId, TaskKind kind, List<DocumentDecision> decisions,
                              List<SharingWarning> warnings) {

    public SharingDecision {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(kind, "kind");
        decisions = List.copyOf(decisions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SharingDecision(String vendorId, TaskKind kind, List<DocumentDecision> decisions) {
        this(vendorId, kind, decisions, List.of());
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
        // one sentence per reason and distinct details, each listing its documents: a bulk-data
        // refusal names its category, and two categories over their limits are two sentences
        Map<List<Object>, List<String>> documentsByCause = new LinkedHashMap<>();
        Map<List<Object>, List<String>> argsByCause = new LinkedHashMap<>();
        for (RefusalReason reason : reasons()) {
            for (DocumentDecision d : decisions) {
                for (Refusal r : d.refusals()) {
                    if (r.reason() != reason) {
                        continue;
                    }
                    List<Object> cause = new ArrayList<>();
                    cause.add(reason);
                    cause.addAll(r.args().subList(Math.min(1, r.args().size()), r.args().size()));
                    documentsByCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(d.document().name());
                    argsByCause.putIfAbsent(cause, r.args());
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<List<Object>, List<String>> e : documentsByCause.entrySet()) {
            List<String> args = new ArrayList<>(argsByCause.get(e.getKey()));
            args.set(0, String.join(", ", e.getValue()));
            parts.add(Messages.format(locale, "sharing.summary." + ((RefusalReason) e.getKey().get(0)).name(),
                    args.toArray()));
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
