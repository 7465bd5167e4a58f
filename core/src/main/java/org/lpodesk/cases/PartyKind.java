package org.lpodesk.cases;

/** A party is a person (a self-petitioner, a relative) or an organisation (an employer). */
public enum PartyKind {
    INDIVIDUAL,
    ORGANIZATION
}
