package org.lpodesk.cmis.rules;

/** Which of Alfresco's rules a value or a query broke. */
public enum RuleViolation {
    UNKNOWN_TYPE,
    UNKNOWN_ASPECT,
    UNKNOWN_PROPERTY,
    WRONG_TYPE,
    NOT_MULTI_VALUED,
    READ_ONLY,
    REQUIRED,
    CHOICE,
    PATTERN,
    LENGTH,
    RANGE,
    NOT_QUERYABLE,
    NOT_ORDERABLE
}
