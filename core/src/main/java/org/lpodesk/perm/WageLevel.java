package org.lpodesk.perm;

/** The OEWS wage level a determination names ({@code imm:wageLevels} repeats it). */
public enum WageLevel {
    I, II, III, IV
}
