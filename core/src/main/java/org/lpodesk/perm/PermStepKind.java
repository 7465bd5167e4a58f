package org.lpodesk.perm;

import org.lpodesk.deadline.RecruitmentStep;

/**
 * The recruitment steps of a PERM case as the firm records them ({@code imm:permStepKinds} in the
 * model is checked against this list): the mandatory ones of 20 CFR 656.17(e)(1)(i) and
 * 656.10(d), and each additional step of 656.17(e)(1)(ii), of which a professional occupation
 * needs three. Each counts for the filing window as the rule it falls under.
 */
public enum PermStepKind {
    SWA_JOB_ORDER(RecruitmentStep.Kind.SWA_JOB_ORDER),
    SUNDAY_AD(RecruitmentStep.Kind.SUNDAY_NEWSPAPER_AD),
    NOTICE_OF_FILING(RecruitmentStep.Kind.NOTICE_OF_FILING),
    IN_HOUSE_MEDIA(RecruitmentStep.Kind.IN_HOUSE_MEDIA),
    /** 656.17(e)(1)(ii)(A) */
    JOB_FAIR(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (B) */
    EMPLOYER_WEBSITE(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (C) a job search website other than the employer's */
    JOB_SEARCH_WEBSITE(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (D) */
    ON_CAMPUS_RECRUITING(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (E) */
    TRADE_ORGANIZATION(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (F) */
    PRIVATE_EMPLOYMENT_FIRM(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (G) with incentives */
    EMPLOYEE_REFERRAL(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (H) */
    CAMPUS_PLACEMENT_OFFICE(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (I) local and ethnic newspapers */
    LOCAL_NEWSPAPER(RecruitmentStep.Kind.ADDITIONAL_STEP),
    /** (J) */
    RADIO_TV_AD(RecruitmentStep.Kind.ADDITIONAL_STEP);

    /** Additional steps a professional occupation needs (656.17(e)(1)(i)(B)). */
    public static final int ADDITIONAL_STEPS_REQUIRED = 3;

    private final RecruitmentStep.Kind counted;

    PermStepKind(RecruitmentStep.Kind counted) {
        this.counted = counted;
    }

    /** How the filing-window rules count the step. */
    public RecruitmentStep.Kind counted() {
        return counted;
    }

    public boolean additional() {
        return counted == RecruitmentStep.Kind.ADDITIONAL_STEP;
    }

    public String messageKey() {
        return "perm.kind." + name();
    }
}
