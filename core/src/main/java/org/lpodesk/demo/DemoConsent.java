package org.lpodesk.demo;

import java.time.LocalDate;
import org.lpodesk.sharing.ConsentScope;

/** The client's recorded informed consent to outsourcing on a demo case ({@code imm:outsourcingConsent}). */
public record DemoConsent(ConsentScope scope, String recordedBy, LocalDate recordedOn, String reference) {
}
