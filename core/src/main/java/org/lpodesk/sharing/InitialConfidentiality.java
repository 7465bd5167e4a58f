package org.lpodesk.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The confidentiality level a new document starts with. Identity documents (passports, visas,
 * I-94 records, national ID cards) carry the numbers 28 CFR 202 and state breach laws protect,
 * so they start as {@link ConfidentialityLevel#RESTRICTED_PII} unless someone chose their level.
 *
 * <p>The repository fills {@code imm:confidentialityLevel} with the model's default
 * ({@link #MODEL_DEFAULT}) before any behaviour sees a new node, so a stored default cannot be
 * told from a default typed in on purpose; it is read as "not chosen" and raised, which errs on
 * the side of protection. A level other than the default was chosen and is kept. Clients that
 * create first and set properties after (CMIS, Share forms) keep whatever they set.
 */
public final class InitialConfidentiality {

    /** The {@code <default>} of {@code imm:confidentialityLevel} in the content model. */
    public static final ConfidentialityLevel MODEL_DEFAULT = ConfidentialityLevel.CONFIDENTIAL;

    private InitialConfidentiality() {
    }

    /**
     * @param identityDocument whether the new document is an identity document
     * @param stored           the level stored when the document was created, {@code null} if none
     * @return the level to store instead, or empty to keep the stored one
     */
    public static Optional<ConfidentialityLevel> of(boolean identityDocument, String stored) {
        if (!identityDocument) {
            return Optional.empty();
        }
        boolean chosen = stored != null && Arrays.stream(ConfidentialityLevel.values())
                .anyMatch(l -> l != MODEL_DEFAULT && l.modelValue().equals(stored));
        return chosen ? Optional.empty() : Optional.of(ConfidentialityLevel.RESTRICTED_PII);
    }
}
