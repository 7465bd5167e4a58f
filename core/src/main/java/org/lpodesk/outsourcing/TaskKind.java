package org.lpodesk.outsourcing;

/**
 * The outsourcing catalogue: kinds of work a firm hands to an LPO vendor (../shared/DOMAIN.md).
 * The enum names are the stored values of the {@code immwf:taskKinds} LIST constraint (and of
 * the {@code imm:taskKinds} constraint where the content model records a shared task).
 */
public enum TaskKind {
    EB1_PETITION(true),
    NIW_PETITION(true),
    RFE_RESPONSE(true),
    APPEAL_OR_MOTION(true),
    LEGAL_RESEARCH(false),
    ARTICLE(false),
    NEWS_SUMMARY(false),
    CLIENT_EMAIL(true),
    BLOG_UPDATE(false),
    DOCUMENT_COLLECTION(true),
    CASE_STATUS_CHECK(true),
    PERM_MANAGEMENT(true),
    H1B_PREPARATION(true),
    COVER_LETTER(true),
    JOB_DESCRIPTION(true);

    private final boolean carriesClientDocumentsByDefault;

    TaskKind(boolean carriesClientDocumentsByDefault) {
        this.carriesClientDocumentsByDefault = carriesClientDocumentsByDefault;
    }

    /** Default of an engagement: research, articles, news summaries and blog updates carry none. */
    public boolean carriesClientDocumentsByDefault() {
        return carriesClientDocumentsByDefault;
    }

    public String modelValue() {
        return name();
    }
}
