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

    /** The sentence for the user, from core's bundles. */
    String getMessage();
}
