package org.lpodesk.outsourcing.report;

import java.util.Objects;

/**
 * Who asks for a report, as the web script tier established it from the user's groups: firm
 * administrators and attorneys see every vendor; a vendor's user sees its own scorecard only; anyone
 * else (a paralegal, an associate of no vendor) sees none.
 *
 * @param userName the user, for the refusal's message
 * @param role     what the user may see
 * @param vendorId the user's vendor when {@code role} is {@link Role#VENDOR}, else null
 */
public record ReportViewer(String userName, Role role, String vendorId) {

    public enum Role { FIRM, VENDOR, NONE }

    public ReportViewer {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        if ((role == Role.VENDOR) != (vendorId != null)) {
            throw new IllegalArgumentException("a vendor viewer names its vendor, and only it: " + role + " " + vendorId);
        }
    }

    public static ReportViewer firm(String userName) {
        return new ReportViewer(userName, Role.FIRM, null);
    }

    public static ReportViewer vendor(String userName, String vendorId) {
        return new ReportViewer(userName, Role.VENDOR, vendorId);
    }

    public static ReportViewer none(String userName) {
        return new ReportViewer(userName, Role.NONE, null);
    }
}
