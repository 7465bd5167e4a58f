package org.lpodesk.cmis.importer;

import java.util.List;

/**
 * What an import did: objects created, skipped because they were already there (journal or
 * repository), and refused with the reason.
 */
public record ImportSummary(boolean dryRun, Counts created, Counts skipped, List<Refusal> refused) {

    /** Clients, cases and documents. */
    public record Counts(int clients, int cases, int documents) {
        public int total() {
            return clients + cases + documents;
        }
    }

    /** One thing not imported: where it comes from (CSV line or file) and why. */
    public record Refusal(String source, String reason) {
    }

    public ImportSummary {
        refused = List.copyOf(refused);
    }
}
