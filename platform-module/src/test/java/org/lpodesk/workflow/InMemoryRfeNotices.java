package org.lpodesk.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lpodesk.evidence.rfe.PartialResponse;
import org.lpodesk.evidence.rfe.RfeIssue;
import org.lpodesk.evidence.rfe.RfeResponsePort;

/**
 * The RFE issues of the suites' cases as the repository would hold them: entered on the case's
 * notice, answered by linking exhibits, and an attorney's partial-response decision on a draft.
 */
final class InMemoryRfeNotices implements RfeResponsePort {

    private final Map<String, List<RfeIssue>> issuesByCase = new HashMap<>();
    private final Map<String, PartialResponse> partialByDraft = new HashMap<>();

    synchronized void issue(String caseId, int number, String requirement, String missing) {
        issuesByCase.computeIfAbsent(caseId, c -> new ArrayList<>())
                .add(new RfeIssue(number, requirement, missing, "", List.of()));
    }

    synchronized void answer(String caseId, int number, String exhibit) {
        List<RfeIssue> issues = issuesByCase.get(caseId);
        for (int i = 0; i < issues.size(); i++) {
            RfeIssue issue = issues.get(i);
            if (issue.number() == number) {
                List<String> exhibits = new ArrayList<>(issue.exhibits());
                exhibits.add(exhibit);
                issues.set(i, new RfeIssue(number, issue.requirement(), issue.missingEvidence(), issue.examples(), exhibits));
            }
        }
    }

    synchronized void partial(String draftId, String reason, String attorney) {
        partialByDraft.put(draftId, new PartialResponse(true, reason, attorney));
    }

    @Override
    public synchronized ResponseState state(String caseId, List<String> draftIds) {
        PartialResponse partial = draftIds.stream().map(partialByDraft::get).filter(p -> p != null).findFirst()
                .orElse(PartialResponse.NONE);
        return new ResponseState(issuesByCase.getOrDefault(caseId, List.of()), partial);
    }
}
