package org.lpodesk.demo;

import org.lpodesk.cases.Client;

/** A client folder ({@code imm:client}) of the firm site; {@code id} names it within the demo data. */
public record DemoClient(String id, Client client, String email) {
}
