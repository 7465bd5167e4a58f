package org.lpodesk.cases;

import java.util.Objects;

/**
 * Who engaged the firm and whose informed consent governs outsourcing: the employer, or the
 * individual. The {@code imm:client} folder holds the client's cases.
 */
public record Client(String name, PartyKind kind) {

    public Client {
        name = Names.requireName(name, "client name");
        Objects.requireNonNull(kind, "client kind must not be null");
    }
}
