package org.lpodesk.deadline;

/**
 * The deadline rules, as data: a stable id (stored with every computed date and shown in the
 * UI), the source it comes from and its default figure. A firm overrides a figure with the
 * property {@link #propertyKey()}; see {@link DeadlineSettings}.
 */
public enum DeadlineRule {
    RFE("rfe", "72 FR 19100 (2007); USCIS PM-602-0040", 84, Unit.DAYS),
    RFE_I539("rfe.i539", "72 FR 19100 (2007); USCIS PM-602-0040", 30, Unit.DAYS),
    NOID("noid", "USCIS Policy Manual, Vol. 1, Part E, Ch. 10", 30, Unit.DAYS),
    NOIR("noir", "USCIS Policy Manual, Vol. 1, Part E, Ch. 10", 30, Unit.DAYS),
    NOIT("noit", "USCIS Policy Manual, Vol. 1, Part E, Ch. 10", 30, Unit.DAYS),
    I290B_APPEAL("appeal.i290b", "Form I-290B instructions", 30, Unit.DAYS),
    REVOCATION_APPEAL("appeal.revocation", "Form I-290B instructions", 15, Unit.DAYS),
    MAIL_SERVICE("mail", "8 CFR 103.8(b)", 3, Unit.DAYS),
    /** Has no figure: its setting is the {@link RollPolicy}. */
    WEEKEND_HOLIDAY("weekendHoliday",
            "8 CFR 1.2 (definition of \"day\"); Matter of Escobar, 18 I&N Dec. 412 (BIA 1983)", 0, Unit.POLICY),
    PWD_MIN_VALIDITY("pwd.minValidity", "20 CFR 656.40(c)", 90, Unit.DAYS),
    PWD_MAX_VALIDITY("pwd.maxValidity", "20 CFR 656.40(c)", 12, Unit.MONTHS),
    PERM_QUIET_PERIOD("perm.quietPeriod", "20 CFR 656.17(e)", 30, Unit.DAYS),
    PERM_RECRUITMENT_WINDOW("perm.recruitmentWindow", "20 CFR 656.17(e)", 180, Unit.DAYS),
    SWA_JOB_ORDER("perm.swaJobOrder", "20 CFR 656.17(e)", 30, Unit.DAYS),
    NOTICE_OF_FILING("perm.noticeOfFiling", "20 CFR 656.17(e); 20 CFR 656.10(d)", 10, Unit.BUSINESS_DAYS),
    ETA9089_VALIDITY("eta9089.validity", "20 CFR 656.30(b)", 180, Unit.DAYS),
    PERM_AUDIT_RESPONSE("perm.auditResponse", "20 CFR 656.20(b)", 30, Unit.DAYS),
    PERM_RECORD_RETENTION("perm.recordRetention", "20 CFR 656.10(f)", 60, Unit.MONTHS);

    /** What a rule's figure counts. */
    public enum Unit {
        DAYS("days"),
        BUSINESS_DAYS("businessDays"),
        MONTHS("months"),
        POLICY("policy");

        private final String keySuffix;

        Unit(String keySuffix) {
            this.keySuffix = keySuffix;
        }

        public String keySuffix() {
            return keySuffix;
        }
    }

    static final String PROPERTY_PREFIX = "lpodesk.deadline.";

    private final String id;
    private final String citation;
    private final int defaultFigure;
    private final Unit unit;

    DeadlineRule(String id, String citation, int defaultFigure, Unit unit) {
        this.id = id;
        this.citation = citation;
        this.defaultFigure = defaultFigure;
        this.unit = unit;
    }

    /** Stable id, e.g. {@code rfe.i539}; stored with each computed date. */
    public String id() {
        return id;
    }

    /** The legal source, as shown next to a computed date. */
    public String citation() {
        return citation;
    }

    public int defaultFigure() {
        return defaultFigure;
    }

    public Unit unit() {
        return unit;
    }

    public boolean hasFigure() {
        return unit != Unit.POLICY;
    }

    /** The configuration key that overrides this rule, e.g. {@code lpodesk.deadline.rfe.days}. */
    public String propertyKey() {
        return PROPERTY_PREFIX + id + "." + unit.keySuffix();
    }

    /** Key of the rule's short name in the message bundle. */
    public String messageKey() {
        return "rule." + id;
    }

    /** The rule with the given id. */
    public static DeadlineRule byId(String id) {
        for (DeadlineRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw DeadlineException.of("rule.unknownId", id);
    }
}
