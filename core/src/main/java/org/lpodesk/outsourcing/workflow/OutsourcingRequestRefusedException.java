package org.lpodesk.outsourcing.workflow;

import java.util.List;
import org.lpodesk.api.UserRefusal;

/** The start check refused an outsourcing request; the message names every reason. */
public final class OutsourcingRequestRefusedException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public OutsourcingRequestRefusedException(List<String> reasons) {
        super(Texts.format("request.refused", reasons.size(), String.join(" ", reasons)));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
