package org.lpodesk.outsourcing.compliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;

/**
 * An attestation as a firm administrator submits it (the compliance page's form, the web API):
 * each field checked and refused by name before anything is stored. A signing date after the
 * firm's today is refused: a future attestation would read as missing until that day, which is
 * never what the person recording a signed document means.
 */
public final class AttestationRequest {

    private AttestationRequest() {
    }

    /** @throws InvalidArgumentException naming the field and the rule it breaks */
    public static Attestation parse(Map<String, ?> body, LocalDate today) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(today, "today");
        RequestArguments args = RequestArguments.of(body);
        AttestationKind kind = args.requiredEnum("kind", AttestationKind.class);
        String label = Messages.format(kind.labelKey());
        String signer = args.optionalText("signer").orElseThrow(() ->
                new InvalidArgumentException("signer", Messages.format("attestation.signer.blank", label)));
        LocalDate signedOn = args.optionalDate("signedOn").orElseThrow(() ->
                new InvalidArgumentException("signedOn", Messages.format("attestation.signedOn.missing", label, signer)));
        if (signedOn.isAfter(today)) {
            throw new InvalidArgumentException("signedOn", Messages.format("attestation.signedOn.future", label,
                    signedOn.toString(), today.toString()));
        }
        String document = args.optionalText("document").orElseThrow(() -> new InvalidArgumentException("document",
                Messages.format("attestation.document.blank", label, signer, signedOn.toString())));
        LocalDate expiresOn = args.optionalDate("expiresOn").orElse(null);
        if (expiresOn != null && !expiresOn.isAfter(signedOn)) {
            throw new InvalidArgumentException("expiresOn", Messages.format("attestation.expiry.notAfterSigning",
                    label, expiresOn.toString(), signedOn.toString()));
        }
        boolean covered = coveredPerson(body.get("coveredPerson"));
        String facts = args.optionalText("facts").orElse(null);
        try {
            return new Attestation(kind, signedOn, signer, document, expiresOn, covered, facts);
        } catch (IllegalArgumentException refused) {
            // what is left for the record to refuse concerns the covered-person statement and its facts
            throw new InvalidArgumentException(covered && facts != null ? "coveredPerson" : "facts",
                    refused.getMessage());
        }
    }

    private static boolean coveredPerson(Object value) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        String text = value.toString().strip();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidArgumentException("coveredPerson", Messages.format("attestation.coveredPerson.notBoolean",
                text));
    }
}
