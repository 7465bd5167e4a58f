package org.lpodesk.cases;

/**
 * Immigration case types the firm handles. The enum names are the stored values of the
 * {@code imm:caseTypes} LIST constraint; the content model is checked against this enum.
 */
public enum CaseType {
    EB1A,
    EB1B,
    EB1C,
    EB2_NIW,
    PERM,
    H1B_CAP,
    H1B_EXTENSION,
    H1B_TRANSFER,
    H1B_AMENDMENT,
    L1,
    O1,
    I130,
    I485,
    I765,
    I131,
    N400,
    I290B;

    /** The value stored in the repository and exposed over CMIS. */
    public String modelValue() {
        return name();
    }
}
