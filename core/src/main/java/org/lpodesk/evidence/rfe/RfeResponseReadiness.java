package org.lpodesk.evidence.rfe;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lpodesk.evidence.EvidenceMessages;

/**
 * Whether an RFE response may go out: USCIS takes one response per request, everything at once, so
 * every issue the RFE names must be answered by at least one exhibit, unless a firm attorney
 * recorded a partial response with its reason (8 CFR 103.2(b)(11); Policy Manual Vol. 1 Part E
 * Ch. 6). A response to a notice whose issues were never entered is not held back: there is
 * nothing to check it against.
 */
public final class RfeResponseReadiness {

    /** @throws RfeResponseRefusedException naming every unanswered issue, or what the partial response lacks */
    public void check(String response, Collection<RfeIssue> issues, PartialResponse partial) {
        check("rfe.unanswered", response, issues, partial);
    }

    /**
     * The same rule one step earlier: the vendor's reviewer sends an RFE response of case
     * {@code caseNumber} to the firm only when it answers every issue (or an attorney decided a
     * partial response), so that the firm's review does not start on a response USCIS would
     * take as incomplete.
     *
     * @throws RfeResponseRefusedException naming every unanswered issue, or what the partial response lacks
     */
    public void checkDelivery(String caseNumber, Collection<RfeIssue> issues, PartialResponse partial) {
        check("rfe.delivery.unanswered", caseNumber, issues, partial);
    }

    /** One line per issue, as an outsourced RFE response task shows them: requirement, what is missing, exhibits. */
    public List<String> describe(Collection<RfeIssue> issues, Locale locale) {
        return issues.stream().sorted(Comparator.comparingInt(RfeIssue::number))
                .map(i -> EvidenceMessages.format(locale, i.answered() ? "rfe.issue.answered" : "rfe.issue.open",
                        i.number(), i.requirement(), blankAsDash(i.missingEvidence()), String.join(", ", i.exhibits())))
                .toList();
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }

    private void check(String key, String response, Collection<RfeIssue> issues, PartialResponse partial) {
        if (partial.partial()) {
            if (partial.reason() == null || partial.reason().isBlank()) {
                throw new RfeResponseRefusedException(EvidenceMessages.format("rfe.partial.no-reason", response));
            }
            if (partial.attorney() == null || partial.attorney().isBlank()) {
                throw new RfeResponseRefusedException(EvidenceMessages.format("rfe.partial.no-attorney", response));
            }
            return;
        }
        List<RfeIssue> open = unanswered(issues);
        if (!open.isEmpty()) {
            String listed = open.stream().map(i -> EvidenceMessages.format(Locale.ENGLISH, "rfe.issue", i.number(), i.requirement()))
                    .collect(Collectors.joining("; "));
            throw new RfeResponseRefusedException(EvidenceMessages.format(key, response, open.size(), listed));
        }
    }

    /** The issues no exhibit answers yet, by number. */
    public List<RfeIssue> unanswered(Collection<RfeIssue> issues) {
        return issues.stream().filter(i -> !i.answered()).sorted(Comparator.comparingInt(RfeIssue::number)).toList();
    }
}
