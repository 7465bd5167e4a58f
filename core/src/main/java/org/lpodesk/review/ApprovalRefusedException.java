package org.lpodesk.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lpodesk.api.UserRefusal;

/** Thrown by the {@code orElseThrow} helpers when {@link ApprovalPolicy} refused. */
public final class ApprovalRefusedException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final List<Refusal> refusals;

    public ApprovalRefusedException(List<Refusal> refusals) {
        super(describe(refusals, Locale.ROOT));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public String getMessage(Locale locale) {
        return describe(refusals, locale);
    }

    private static String describe(List<Refusal> refusals, Locale locale) {
        return refusals.stream().map(r -> r.message(locale)).collect(Collectors.joining(" "));
    }

    @Override
    public Kind refusalKind() {
        return Kind.FORBIDDEN;
    }
}
