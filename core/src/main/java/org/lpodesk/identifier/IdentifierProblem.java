package org.lpodesk.identifier;

/** What is wrong with a value given as an identifier. */
public enum IdentifierProblem {
    /** Null, empty or only whitespace. */
    BLANK,
    /** Spaces, dashes or slashes inside the value. */
    SEPARATOR,
    /** A receipt number that is not 13 characters long. */
    WRONG_LENGTH,
    /** A receipt number whose first three characters are not letters A-Z. */
    PREFIX_NOT_LETTERS,
    /** A receipt number whose office prefix is in lower case. */
    PREFIX_NOT_UPPER_CASE,
    /** A character that must be a digit 0-9 is not. */
    NOT_A_DIGIT,
    /** An A-Number that does not start with an upper-case A. */
    MISSING_A,
    /** An A-Number with fewer than 7 or more than 9 digits. */
    DIGIT_COUNT,
    /** A valid A-Number that is not in its stored 9-digit form. */
    NOT_STORED_FORM
}
