package org.lpodesk.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lpodesk.cases.PartyKind;

/**
 * Whose data a case document carries, for the bulk-data count (28 CFR 202.205 counts distinct US
 * persons per category). The content model records no person per document, so the rule is the
 * case's: every document of a case is its beneficiary's; a financial document (tax returns, pay
 * slips, the I-864's evidence) is also the petitioner's when the petitioner is a person, because
 * the sponsor's finances are what it proves. An organisation petitioner is no person and never
 * counts. Family members filed for in the same case are counted with the beneficiary (the model
 * has no party per family member yet), which errs toward fewer persons; the firm can lower its
 * limits to keep that margin.
 *
 * <p>A person is an opaque key: a digest of the client record and the person's name as the case
 * spells it (case, spacing and accents of the letters it carries ignored), so the same beneficiary
 * in two cases of the same client counts once and the count never holds a name or an A-Number.
 */
public final class DataSubjects {

    /**
     * The case's parties as the document's case records them.
     *
     * @param clientId        the client record the case belongs to (the scope a name is unique in)
     * @param caseId          the case, standing in for the beneficiary when no name was recorded yet
     * @param beneficiaryName the beneficiary's name, or null
     * @param petitionerName  the petitioner's name, or null
     * @param petitionerKind  whether the petitioner is a person, or null when unknown (counted as one)
     */
    public record CaseParties(String clientId, String caseId, String beneficiaryName, String petitionerName,
                              PartyKind petitionerKind) {
        public CaseParties {
            Objects.requireNonNull(caseId, "caseId");
        }
    }

    /** The persons whose data a document of {@code category} in the case carries; none outside every category. */
    public Set<String> persons(CaseParties parties, DataCategory category) {
        Objects.requireNonNull(parties, "parties");
        Set<String> persons = new LinkedHashSet<>();
        if (category == null) {
            return persons;
        }
        String scope = parties.clientId() == null ? parties.caseId() : parties.clientId();
        persons.add(blank(parties.beneficiaryName()) ? key("case", parties.caseId())
                : key(scope, normalised(parties.beneficiaryName())));
        if (category == DataCategory.FINANCIAL && !blank(parties.petitionerName())
                && parties.petitionerKind() != PartyKind.ORGANIZATION) {
            persons.add(key(scope, normalised(parties.petitionerName())));
        }
        return persons;
    }

    private static String normalised(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return decomposed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String key(String scope, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
