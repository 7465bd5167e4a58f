package org.lpodesk.billing;

/** Which way a vendor charges for one task kind. */
public enum BillingMode {
    /** A fixed price per task, whatever the hours. */
    FLAT_FEE,
    /** Hours logged count against the engagement's monthly package; above it, the overage rate. */
    HOURLY;

    public String modelValue() {
        return name();
    }
}
