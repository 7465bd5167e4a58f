package org.lpodesk.cmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.lpodesk.cases.CaseType;

/**
 * Writes a synthetic practice to import: a CSV of clients and cases and a folder tree of small
 * documents, spread over several document types.
 */
public final class PracticeGenerator {

    private static final List<String> TYPE_FOLDERS = List.of("", "evidence", "petitionDraft", "coverLetter",
            "supportLetter", "identityDocument", "researchMemo", "jobDescription", "clientCorrespondence",
            "evidence");

    /** Where the practice was written and how big it is. */
    public record Practice(Path csv, Path documents, int clients, int cases, int documentCount) {
    }

    private PracticeGenerator() {
    }

    public static Practice write(Path dir, String prefix, int clients, int cases, int documentsPerCase) {
        try {
            Path docs = Files.createDirectories(dir.resolve("documents"));
            StringBuilder csv = new StringBuilder(
                    "client_name,client_kind,case_number,case_type,case_status,beneficiary_name,receipt_number,"
                            + "case_deadline\n");
            CaseType[] types = CaseType.values();
            byte[] body = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < cases; i++) {
                String client = prefix + " Client " + (i % clients);
                String number = prefix + "-" + String.format("%04d", i);
                csv.append('"').append(client).append("\",INDIVIDUAL,").append(number).append(',')
                        .append(types[i % types.length].name()).append(",DRAFTING,\"Beneficiary ").append(i)
                        .append("\",").append(String.format("WAC%010d", 2_600_000_000L + i)).append(',')
                        .append(LocalDate.of(2027, 1, 1).plusDays(i % 300)).append('\n');
                for (int d = 0; d < documentsPerCase; d++) {
                    String folder = TYPE_FOLDERS.get(d % TYPE_FOLDERS.size());
                    Path target = folder.isEmpty() ? docs.resolve(number) : docs.resolve(number).resolve(folder);
                    Files.createDirectories(target);
                    Files.write(target.resolve("doc-" + d + ".pdf"), body);
                }
            }
            Path csvFile = Files.writeString(dir.resolve("practice.csv"), csv.toString(), StandardCharsets.UTF_8);
            return new Practice(csvFile, docs, Math.min(clients, cases), cases, cases * documentsPerCase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
