package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long an attestation holds when it names no expiry, and where each kind stands on a given
 * day. The 12-month default is the firm's policy choice (the same yearly rhythm as vendor due
 * diligence, {@link VendorVetting}); no rule fixes it, so it is configurable.
 */
public final class AttestationRules {

    public static final Period DEFAULT_VALIDITY = Period.ofMonths(12);

    /** Where one kind of attestation stands on a day. */
    public enum Status {
        VALID,
        MISSING,
        EXPIRED,
        /** Signed after the day asked about: it did not exist yet. */
        NOT_YET_SIGNED
    }

    /**
     * One kind's standing.
     *
     * @param attestation the latest attestation of the kind, or null when none is on file
     * @param lastValidDay its last valid day, or null when none is on file
     */
    public record Standing(AttestationKind kind, Status status, Attestation attestation, LocalDate lastValidDay) {
        public Standing {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
        }

        /** True when the valid attestation states covered-person facts. */
        public boolean coveredPerson() {
            return status == Status.VALID && attestation.coveredPerson();
        }
    }

    private final Period defaultValidity;

    public AttestationRules(Period defaultValidity) {
        if (defaultValidity == null || defaultValidity.isNegative() || defaultValidity.isZero()) {
            throw new IllegalArgumentException(Messages.format("attestation.validity.invalid",
                    String.valueOf(defaultValidity)));
        }
        this.defaultValidity = defaultValidity;
    }

    public static AttestationRules defaults() {
        return new AttestationRules(DEFAULT_VALIDITY);
    }

    public Period defaultValidity() {
        return defaultValidity;
    }

    /** Every kind's standing on {@code today}, in the kinds' order. */
    public Map<AttestationKind, Standing> assess(VendorAttestations attestations, LocalDate today) {
        Objects.requireNonNull(attestations, "attestations");
        Objects.requireNonNull(today, "today");
        Map<AttestationKind, Standing> standings = new EnumMap<>(AttestationKind.class);
        for (AttestationKind kind : AttestationKind.values()) {
            standings.put(kind, standing(attestations.latest(kind), kind, today));
        }
        return standings;
    }

    private Standing standing(Optional<Attestation> latest, AttestationKind kind, LocalDate today) {
        if (latest.isEmpty()) {
            return new Standing(kind, Status.MISSING, null, null);
        }
        Attestation a = latest.get();
        LocalDate last = a.lastValidDay(defaultValidity);
        if (a.signedOn().isAfter(today)) {
            return new Standing(kind, Status.NOT_YET_SIGNED, a, last);
        }
        return new Standing(kind, today.isAfter(last) ? Status.EXPIRED : Status.VALID, a, last);
    }
}
