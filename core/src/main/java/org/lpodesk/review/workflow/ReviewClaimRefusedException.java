package org.lpodesk.review.workflow;

import org.lpodesk.api.UserRefusal;
/**
 * A review task offered to someone who may not hold it (not a firm attorney, or the drafter).
 * The Alfresco tier answers it as 403 Forbidden with this message.
 */
public final class ReviewClaimRefusedException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public ReviewClaimRefusedException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.FORBIDDEN;
    }
}
