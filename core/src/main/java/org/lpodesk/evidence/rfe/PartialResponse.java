package org.lpodesk.evidence.rfe;

/**
 * An attorney's decision to answer an RFE in part and ask for a decision on the record
 * (8 CFR 103.2(b)(11)), with the reason; {@link #NONE} when the response answers every issue.
 */
public record PartialResponse(boolean partial, String reason, String attorney) {

    public static final PartialResponse NONE = new PartialResponse(false, null, null);
}
