package org.lpodesk.cases;

import java.util.stream.Collectors;
import org.lpodesk.api.UserRefusal;

/** A case was asked to move between two statuses that do not follow each other. */
public final class IllegalCaseStatusTransitionException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final CaseStatus from;
    private final CaseStatus to;

    public IllegalCaseStatusTransitionException(CaseStatus from, CaseStatus to) {
        super(describe(from, to));
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    /** The requested status; {@code null} when none was given. */
    public CaseStatus to() {
        return to;
    }

    private static String describe(CaseStatus from, CaseStatus to) {
        String allowed = from.allowedNext().stream().map(Enum::name).collect(Collectors.joining(", "));
        if (to == null) {
            return CaseMessages.format("status.transition.missing", from.name(), allowed);
        }
        if (from == to) {
            return CaseMessages.format("status.transition.same", from.name(), allowed);
        }
        if (from.isFinal()) {
            return CaseMessages.format("status.transition.final", from.name(), to.name());
        }
        return CaseMessages.format("status.transition.illegal", from.name(), to.name(), allowed);
    }

    @Override
    public Kind refusalKind() {
        return Kind.CONFLICT;
    }
}
