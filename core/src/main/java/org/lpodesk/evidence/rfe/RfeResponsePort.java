package org.lpodesk.evidence.rfe;

import java.util.List;

/**
 * Port: what an outsourced RFE response on a case must answer, read from the repository when the
 * vendor's task asks (the issues are entered and answered while the vendor works, so nothing is
 * copied into the process ahead of time).
 */
public interface RfeResponsePort {

    /**
     * The issues of the notices the drafts respond to ({@code imm:respondsTo}); where no draft names
     * a notice, of the case's notices that ask for something (RFE, NOID, NOIR, NOIT) and are not answered yet. Each issue
     * carries its exhibits; the partial-response decision is the one an attorney recorded on a
     * draft, if any. Read without the current user's permissions: the vendor's reviewer cannot
     * open the firm's notice, the rule still applies.
     */
    ResponseState state(String caseId, List<String> draftIds);

    /** The issues to answer and the attorney's partial-response decision. */
    record ResponseState(List<RfeIssue> issues, PartialResponse partial) {

        public static final ResponseState NONE = new ResponseState(List.of(), PartialResponse.NONE);

        public ResponseState {
            issues = List.copyOf(issues);
        }
    }
}
