package org.lpodesk.cases;

import java.util.Objects;
import java.util.Optional;

import org.lpodesk.identifier.ANumber;

/**
 * The person the case is for (the beneficiary of a petition, or the applicant of an
 * application such as I-485 or N-400). Many first-time beneficiaries have no A-Number yet.
 */
public record Beneficiary(String fullName, Optional<ANumber> aNumber) {

    public Beneficiary {
        fullName = Names.requireName(fullName, "beneficiary name");
        Objects.requireNonNull(aNumber, "A-Number must not be null (use Optional.empty())");
    }

    public static Beneficiary withoutANumber(String fullName) {
        return new Beneficiary(fullName, Optional.empty());
    }
}
