package org.lpodesk.evidence.completeness;

import java.util.Locale;
import org.lpodesk.evidence.EvidenceMessages;

/** Where one checklist item stands. */
public enum ItemStatus {
    /** No document that counts, no waiver. */
    MISSING,
    /** At least one document of a type that satisfies it, readable (English or translated). */
    PRESENT,
    /** Only foreign-language documents without a certified translation: they do not count yet. */
    NEEDS_TRANSLATION,
    /** No evidence, but an attorney waived it with a reason. */
    WAIVED;

    /** Met for the checklist's rules: present, or waived by an attorney. */
    public boolean met() {
        return this == PRESENT || this == WAIVED;
    }

    public String label(Locale locale) {
        return EvidenceMessages.format(locale, "status." + name());
    }
}
