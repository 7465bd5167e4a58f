package org.lpodesk.firm;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The firm's three groups (DESIGN.md, "Roles and places"). The repository creates them once at
 * module start-up; the authority names are what permissions, policies and processes test.
 */
public enum FirmGroup {
    /** The only role that approves work product (see {@code ApprovalPolicy.FIRM_ATTORNEY_GROUP}). */
    ATTORNEYS,
    /** Prepares and requests, never approves. */
    PARALEGALS,
    /** Vendors, engagements, catalogue, reports. */
    ADMINS;

    private static final String BUNDLE = "org.lpodesk.firm.messages";

    /** Alfresco's short name of the group, e.g. {@code IMM_ATTORNEYS}. */
    public String shortName() {
        return "IMM_" + name();
    }

    /** The authority name, e.g. {@code GROUP_IMM_ATTORNEYS}. */
    public String authority() {
        return "GROUP_" + shortName();
    }

    public String displayName(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString("group." + name() + ".displayName");
    }
}
