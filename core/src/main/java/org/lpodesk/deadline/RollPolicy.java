package org.lpodesk.deadline;

/**
 * What happens when the last day of a USCIS (8 CFR chapter I) period is a Saturday, Sunday or
 * legal holiday. The law is {@link #FORWARD}; a firm that wants its docket to show a working
 * day before the weekend chooses {@link #BACKWARD}.
 */
public enum RollPolicy {
    /** To the next business day, as 8 CFR 1.2 provides. */
    FORWARD,
    /** To the business day before: earlier than the law requires, for cautious dockets. */
    BACKWARD,
    /** Keep the computed date and warn that it is not a business day. */
    NONE
}
