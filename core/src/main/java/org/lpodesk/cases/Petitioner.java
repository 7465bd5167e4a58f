package org.lpodesk.cases;

import java.util.Objects;

/**
 * Who files the petition: an employer (H-1B, L-1, PERM/I-140), a relative (I-130), or the
 * beneficiary themself (EB-1A, EB-2 NIW self-petitions).
 */
public record Petitioner(String name, PartyKind kind) {

    public Petitioner {
        name = Names.requireName(name, "petitioner name");
        Objects.requireNonNull(kind, "petitioner kind must not be null");
    }
}
