package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed vendor attestation as the firm recorded it. The expiry is optional: without one the
 * attestation runs for the firm's configured validity from the signing date (see
 * {@link AttestationRules}), so a firm that changes its validity changes it for every attestation
 * that named no date of its own.
 *
 * @param kind          what it attests
 * @param signedOn      the date the vendor's officer signed it
 * @param signer        who signed it (name and title, as on the document)
 * @param document      the signed document's reference (a node reference or the firm's file number)
 * @param expiresOn     the last day it holds, or null for the firm's default validity
 * @param coveredPerson true when the vendor states covered-person facts (50%+ ownership from, or
 *                      staff primarily resident in, a country of concern); always false for security
 * @param facts         the facts stated with a covered-person statement, or null
 */
public record Attestation(AttestationKind kind, LocalDate signedOn, String signer, String document,
                          LocalDate expiresOn, boolean coveredPerson, String facts) {

    private static final int MAX_TEXT = 500;

    public Attestation {
        if (kind == null) {
            throw new IllegalArgumentException(Messages.format("attestation.kind.missing"));
        }
        String label = Messages.format(kind.labelKey());
        if (signer == null || signer.isBlank()) {
            throw new IllegalArgumentException(Messages.format("attestation.signer.blank", label));
        }
        signer = signer.strip();
        if (signedOn == null) {
            throw new IllegalArgumentException(Messages.format("attestation.signedOn.missing", label, signer));
        }
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException(Messages.format("attestation.document.blank", label, signer,
                    signedOn.toString()));
        }
        document = document.strip();
        if (expiresOn != null && !expiresOn.isAfter(signedOn)) {
            throw new IllegalArgumentException(Messages.format("attestation.expiry.notAfterSigning", label,
                    expiresOn.toString(), signedOn.toString()));
        }
        if (coveredPerson && !kind.speaksToCoveredStatus()) {
            throw new IllegalArgumentException(Messages.format("attestation.coveredPerson.notApplicable", label));
        }
        facts = facts == null || facts.isBlank() ? null : facts.strip();
        if (coveredPerson && facts == null) {
            throw new IllegalArgumentException(Messages.format("attestation.facts.missing", label, signer));
        }
        for (String text : new String[] {signer, document, facts}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new IllegalArgumentException(Messages.format("attestation.text.tooLong", label, MAX_TEXT));
            }
        }
    }

    /** A "not a covered person" (or security) attestation with the firm's default validity. */
    public static Attestation clean(AttestationKind kind, LocalDate signedOn, String signer, String document) {
        return new Attestation(kind, signedOn, signer, document, null, false, null);
    }

    /** The last day the attestation holds: its own expiry, else the signing date plus {@code defaultValidity}. */
    public LocalDate lastValidDay(Period defaultValidity) {
        Objects.requireNonNull(defaultValidity, "defaultValidity");
        return expiresOn != null ? expiresOn : signedOn.plus(defaultValidity);
    }

    public Optional<LocalDate> expiryIfSet() {
        return Optional.ofNullable(expiresOn);
    }
}
