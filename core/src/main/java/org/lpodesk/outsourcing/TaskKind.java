package org.lpodesk.outsourcing;

import org.lpodesk.cases.template.CaseFolderTemplate;

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
    /** A reply to the client: delivered into the case's Correspondence, where a firm member sends it once approved. */
    CLIENT_EMAIL(true, "clientCorrespondence", CaseFolderTemplate.CORRESPONDENCE),
    BLOG_UPDATE(false, "document"),
    /** Documents the vendor collects from the client: delivered as evidence, into the case's Evidence folder. */
    DOCUMENT_COLLECTION(true, "evidence", CaseFolderTemplate.EVIDENCE),
    CASE_STATUS_CHECK(true, "document"),
    PERM_MANAGEMENT(true, "document"),
    H1B_PREPARATION(true, "petitionDraft"),
    COVER_LETTER(true, "coverLetter"),
    JOB_DESCRIPTION(true, "jobDescription");

    private final boolean carriesClientDocumentsByDefault;
    private final String deliveredDocumentType;
    private final CaseFolderTemplate deliveredInto;

    TaskKind(boolean carriesClientDocumentsByDefault, String deliveredDocumentType) {
        this(carriesClientDocumentsByDefault, deliveredDocumentType, CaseFolderTemplate.DRAFTS);
    }

    TaskKind(boolean carriesClientDocumentsByDefault, String deliveredDocumentType, CaseFolderTemplate deliveredInto) {
        this.carriesClientDocumentsByDefault = carriesClientDocumentsByDefault;
        this.deliveredDocumentType = deliveredDocumentType;
        this.deliveredInto = deliveredInto;
    }

    /**
     * The case sub-folder a new document of this kind is delivered into: drafts for the firm to
     * finish, collected documents straight into Evidence, where they count for the checklist.
     */
    public CaseFolderTemplate deliveredInto() {
        return deliveredInto;
    }

    /**
     * Whether a delivered document keeps the {@code imm} type the vendor gave it (an identity
     * document stays one) with its checklist tags, instead of taking {@link #deliveredDocumentType()}.
     */
    public boolean keepsDocumentType() {
        return this == DOCUMENT_COLLECTION;
    }

    /**
     * The type, prefixed as checklists name types (e.g. {@code imm:evidence}), that a new document
     * delivered from a draft of type {@code draftType} gets: the draft's own {@code imm} type where
     * this kind {@linkplain #keepsDocumentType() keeps it}, else {@link #deliveredDocumentType()}.
     */
    public String deliveredType(String draftType) {
        return keepsDocumentType() && draftType != null && draftType.startsWith("imm:") ? draftType
                : "imm:" + deliveredDocumentType;
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
