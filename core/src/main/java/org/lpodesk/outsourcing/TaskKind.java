package org.lpodesk.outsourcing;

/**
 * The outsourcing catalogue: kinds of work a firm hands to an LPO vendor (../shared/DOMAIN.md).
 * The enum names are the stored values of the {@code immwf:taskKinds} LIST constraint (and of
 * the {@code imm:taskKinds} constraint where the content model records a shared task).
 */
public enum TaskKind {
    EB1_PETITION(true, "petitionDraft"),
    NIW_PETITION(true, "petitionDraft"),
    RFE_RESPONSE(true, "rfeResponse"),
    APPEAL_OR_MOTION(true, "petitionDraft"),
    LEGAL_RESEARCH(false, "researchMemo"),
    ARTICLE(false, "document"),
    NEWS_SUMMARY(false, "document"),
    CLIENT_EMAIL(true, "clientCorrespondence"),
    BLOG_UPDATE(false, "document"),
    DOCUMENT_COLLECTION(true, "document"),
    CASE_STATUS_CHECK(true, "document"),
    PERM_MANAGEMENT(true, "document"),
    H1B_PREPARATION(true, "petitionDraft"),
    COVER_LETTER(true, "coverLetter"),
    JOB_DESCRIPTION(true, "jobDescription");

    private final boolean carriesClientDocumentsByDefault;
    private final String deliveredDocumentType;

    TaskKind(boolean carriesClientDocumentsByDefault, String deliveredDocumentType) {
        this.carriesClientDocumentsByDefault = carriesClientDocumentsByDefault;
        this.deliveredDocumentType = deliveredDocumentType;
    }

    /**
     * The local name of the {@code imm} document type an approved draft of this kind becomes in
     * the case when it is delivered as a new document (e.g. {@code petitionDraft} for
     * {@code imm:petitionDraft}); a test holds every name to a type of the content model.
     */
    public String deliveredDocumentType() {
        return deliveredDocumentType;
    }

    /** Default of an engagement: research, articles, news summaries and blog updates carry none. */
    public boolean carriesClientDocumentsByDefault() {
        return carriesClientDocumentsByDefault;
    }

    public String modelValue() {
        return name();
    }
}
