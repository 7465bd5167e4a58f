package org.lpodesk.outsourcing;

/** The three groups every vendor has; each is {@code GROUP_LPO_<ID>_<suffix>}. */
public enum VendorRole {
    /** LPO client managers: accept and assign tasks. */
    MANAGERS,
    /** LPO associates: draft, in the assignment folders of their tasks only. */
    ASSOCIATES,
    /** US-licensed LPO reviewers: quality review before the firm attorney. */
    REVIEWERS;

    public String groupSuffix() {
        return name();
    }
}
