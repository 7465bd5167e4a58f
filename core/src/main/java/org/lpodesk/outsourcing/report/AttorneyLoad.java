package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One firm attorney's review load (see {@link Indicator#ATTORNEY_REVIEW_LOAD}).
 *
 * @param attorney            the user name, or {@value #UNKNOWN} for decisions the history names nobody for
 * @param decisions           firm review decisions made
 * @param medianDecisionHours median firm business hours from the drafts reaching the firm to the decision
 */
public record AttorneyLoad(String attorney, int decisions, int approvals, int changeRequests, int cancels,
                           BigDecimal medianDecisionHours) {

    /** Stands for an attorney the history does not name (a review completed without an assignee). */
    public static final String UNKNOWN = "(unknown)";

    public AttorneyLoad {
        Objects.requireNonNull(attorney, "attorney");
    }
}
