package org.lpodesk.cmis.client;

import java.time.Instant;

/** A document whose current version a firm attorney approved. */
public record Deliverable(String id, String name, String typeId, String versionLabel, String approver,
        Instant approvedOn) {
}
