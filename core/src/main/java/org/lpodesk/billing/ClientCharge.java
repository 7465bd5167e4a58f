package org.lpodesk.billing;

/**
 * How the firm charges its client for a vendor's work on a task kind. A lawyer may bill
 * outsourced legal work as a fee (it is the firm's legal service, supervised by the firm), or pass
 * it through as a disbursement at the actual cost with no surcharge and no overhead (ABA Formal
 * Op. 93-379 and 00-420 on costs and disbursements; Op. 08-451 applies them to outsourcing).
 */
public enum ClientCharge {
    /** Billed to the client as a legal fee for the firm's service. */
    FEE,
    /** Passed through to the client at the vendor's actual cost, nothing added. */
    COST;

    public String modelValue() {
        return name();
    }
}
