package org.lpodesk.api;

/**
 * A refusal of core's rules that the user caused and can fix, as opposed to a fault. Every tier
 * answers it with the same sentence and a client error instead of a server error: the Alfresco
 * adapters map {@link Kind} to the HTTP status of REST v1, the workflow API and LPO Desk's web
 * scripts (CMIS already answers behaviours' refusals as constraint violations).
 */
public interface UserRefusal {

    /** What kind of "no" it is, and the HTTP status that says so. */
    enum Kind {
        /** The user may not do this (e.g. a paralegal claiming an attorney review): 403. */
        FORBIDDEN(403),
        /** The object's state does not allow it now (e.g. a status move out of order): 409. */
        CONFLICT(409),
        /** What was sent is incomplete or wrong (e.g. drafting finished without hours): 422. */
        INVALID(422);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    Kind refusalKind();

    /**
     * The refusal anywhere in a cause chain: Activiti wraps what a task listener throws, Alfresco
     * wraps that in a WorkflowException, and each tier must still answer with the refusal.
     */
    static java.util.Optional<UserRefusal> in(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof UserRefusal refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }

    /** The sentence for the user, from core's bundles. */
    String getMessage();
}
