package org.lpodesk.perm;

/** The period a prevailing wage is stated per, as ETA-9141 states it ({@code imm:wageUnits} repeats it). */
public enum WageUnit {
    HOUR, WEEK, BI_WEEKLY, MONTH, YEAR
}
