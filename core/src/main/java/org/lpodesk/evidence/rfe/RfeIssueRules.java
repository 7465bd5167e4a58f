package org.lpodesk.evidence.rfe;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.notice.NoticeKind;

/**
 * What an RFE issue record may be: an issue of a notice that asks for something (an RFE, or a
 * notice of intent to deny, revoke or terminate, which USCIS answers the same way), numbered once
 * within its notice, answered only by exhibits of the same case. Each refusal names the notice,
 * the number or the exhibit, and changes nothing.
 */
public final class RfeIssueRules {

    private static final Set<NoticeKind> ASKING = EnumSet.of(NoticeKind.RFE, NoticeKind.NOID, NoticeKind.NOIR,
            NoticeKind.NOIT);

    /** Whether a notice of this stored kind asks for evidence or a reply, and so has issues to answer. */
    public static boolean asks(String noticeKind) {
        return noticeKind != null && ASKING.stream().anyMatch(k -> k.name().equals(noticeKind));
    }

    /**
     * The number a new issue of a notice gets when whoever enters it leaves the numbering to the
     * repository: one after the highest taken, so that issues entered in the notice's order keep its numbers.
     */
    public static int nextNumber(Collection<Integer> numbersTaken) {
        return numbersTaken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /**
     * @param noticeKind   the stored {@code imm:noticeKind} of the notice the issue is filed under (may be null)
     * @param requirement  what USCIS found unmet, as the notice words it
     * @param numbersTaken the numbers of the notice's other issues
     */
    public void checkIssue(String noticeName, String noticeKind, int number, String requirement,
                           Collection<Integer> numbersTaken) {
        if (!asks(noticeKind)) {
            throw new InvalidArgumentException("notice", EvidenceMessages.format("rfe.issue.not-a-request", noticeName,
                    noticeKind == null ? "none" : noticeKind));
        }
        if (number < 1) {
            throw new InvalidArgumentException("issueNumber", EvidenceMessages.format("rfe.issue.bad-number", number, noticeName));
        }
        if (requirement == null || requirement.isBlank()) {
            throw new InvalidArgumentException("issueRequirement", EvidenceMessages.format("rfe.issue.no-requirement", number,
                    noticeName));
        }
        if (numbersTaken.contains(number)) {
            throw new InvalidArgumentException("issueNumber", EvidenceMessages.format("rfe.issue.duplicate-number", number,
                    noticeName));
        }
    }

    /**
     * @param exhibitCase the case the exhibit lies in, empty outside any case
     * @param noticeCase  the case of the notice whose issue it answers
     */
    public void checkExhibit(String exhibitName, Optional<String> exhibitCase, String noticeCase, int number) {
        if (exhibitCase.isEmpty() || !exhibitCase.get().equals(noticeCase)) {
            throw new InvalidArgumentException("exhibit", EvidenceMessages.format("rfe.issue.foreign-exhibit", exhibitName,
                    number));
        }
    }
}
