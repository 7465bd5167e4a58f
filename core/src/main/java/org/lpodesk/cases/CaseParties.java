package org.lpodesk.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * The parties of one case. Applications filed by the person themself (I-485, I-765, I-131,
 * N-400) have no separate petitioner.
 */
public record CaseParties(Client client, Optional<Petitioner> petitioner, Beneficiary beneficiary) {

    public CaseParties {
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(petitioner, "petitioner must not be null (use Optional.empty())");
        Objects.requireNonNull(beneficiary, "beneficiary must not be null");
    }
}
