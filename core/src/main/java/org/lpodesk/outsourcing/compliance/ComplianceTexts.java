package org.lpodesk.outsourcing.compliance;

/** The compliance API's refusals, worded once for every adapter. */
public final class ComplianceTexts {

    private ComplianceTexts() {
    }

    public static String notAdministrator(String user) {
        return Messages.format("compliance.notAdministrator", user);
    }

    public static String unknownVendor(String vendorId) {
        return Messages.format("compliance.vendor.unknown", vendorId);
    }

    public static String notVendorUser(String user, String vendorId) {
        return Messages.format("residence.notVendorUser", user, vendorId);
    }

    public static String residenceNotAllowed(String user, String vendorId) {
        return Messages.format("residence.notAllowed", user, vendorId);
    }
}
