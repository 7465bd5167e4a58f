package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A prevailing wage determination (ETA-9141) as issued by the National Prevailing Wage Center.
 *
 * @param determinedOn the determination date
 * @param validUntil   the end of the validity period printed on the determination, if entered
 */
public record PrevailingWageDetermination(LocalDate determinedOn, Optional<LocalDate> validUntil) {

    public PrevailingWageDetermination {
        Objects.requireNonNull(determinedOn, "determinedOn");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public static PrevailingWageDetermination of(LocalDate determinedOn, LocalDate validUntil) {
        return new PrevailingWageDetermination(determinedOn, Optional.of(validUntil));
    }

    public static PrevailingWageDetermination withoutValidity(LocalDate determinedOn) {
        return new PrevailingWageDetermination(determinedOn, Optional.empty());
    }
}
