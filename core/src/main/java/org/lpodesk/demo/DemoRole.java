package org.lpodesk.demo;

import java.util.Optional;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorRole;

/** The roles of DESIGN.md, "Roles and places": the demo has a user for each. */
public enum DemoRole {
    FIRM_ATTORNEY,
    FIRM_PARALEGAL,
    FIRM_ADMIN,
    LPO_MANAGER,
    LPO_ASSOCIATE,
    LPO_REVIEWER,
    /** A service account for CMIS and REST clients: no LPO Desk group, only its own permissions. */
    INTEGRATOR;

    public boolean firm() {
        return this == FIRM_ATTORNEY || this == FIRM_PARALEGAL || this == FIRM_ADMIN;
    }

    public boolean vendor() {
        return this == LPO_MANAGER || this == LPO_ASSOCIATE || this == LPO_REVIEWER;
    }

    /** The group a user of this role joins, e.g. {@code GROUP_IMM_ATTORNEYS} or {@code GROUP_LPO_DEMO_LPO_MANAGERS}. */
    public Optional<String> authority(Vendor vendor) {
        return switch (this) {
            case FIRM_ATTORNEY -> Optional.of(FirmGroup.ATTORNEYS.authority());
            case FIRM_PARALEGAL -> Optional.of(FirmGroup.PARALEGALS.authority());
            case FIRM_ADMIN -> Optional.of(FirmGroup.ADMINS.authority());
            case LPO_MANAGER -> Optional.of(vendor.group(VendorRole.MANAGERS));
            case LPO_ASSOCIATE -> Optional.of(vendor.group(VendorRole.ASSOCIATES));
            case LPO_REVIEWER -> Optional.of(vendor.group(VendorRole.REVIEWERS));
            case INTEGRATOR -> Optional.empty();
        };
    }
}
