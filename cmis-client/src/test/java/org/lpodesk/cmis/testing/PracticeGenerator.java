package org.lpodesk.cmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Where the practice was written, how big it is, and its case numbers in CSV order. */
    public record Practice(Path csv, Path documents, int clients, int cases, int documentCount,
                           List<String> caseNumbers) {

        /** The client folder name of the case at the given CSV position. */
        public String clientOf(int caseIndex) {
            return clientName(caseNumbers.get(0).substring(0, caseNumbers.get(0).indexOf('-')), caseIndex, clients);
        }
    }

    private PracticeGenerator() {
    }

    /**
     * Case numbers and receipt numbers come from {@code numbers}, so that a practice imported into
     * a live repository does not collide with one imported before.
     */
    public static Practice write(Path dir, TestNumbers numbers, int clients, int cases, int documentsPerCase) {
        String prefix = numbers.prefix();
        List<String> caseNumbers = new ArrayList<>();
        try {
            Path docs = Files.createDirectories(dir.resolve("documents"));
            StringBuilder csv = new StringBuilder(
                    "client_name,client_kind,case_number,case_type,case_status,beneficiary_name,receipt_number,"
                            + "priority_date\n");
            CaseType[] types = CaseType.values();
            byte[] body = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < cases; i++) {
                String client = clientName(prefix, i, clients);
                String number = numbers.caseNumber();
                caseNumbers.add(number);
                csv.append('"').append(client).append("\",INDIVIDUAL,").append(number).append(',')
                        .append(types[i % types.length].name()).append(",DRAFTING,\"Beneficiary ").append(i)
                        .append("\",").append(numbers.receiptNumber("WAC")).append(',')
                        .append(LocalDate.of(2025, 1, 1).plusDays(i % 300)).append('\n');
                for (int d = 0; d < documentsPerCase; d++) {
                    String folder = TYPE_FOLDERS.get(d % TYPE_FOLDERS.size());
                    Path target = folder.isEmpty() ? docs.resolve(number) : docs.resolve(number).resolve(folder);
                    Files.createDirectories(target);
                    Files.write(target.resolve("doc-" + d + ".pdf"), body);
                }
            }
            Path csvFile = Files.writeString(dir.resolve("practice.csv"), csv.toString(), StandardCharsets.UTF_8);
            return new Practice(csvFile, docs, Math.min(clients, cases), cases, cases * documentsPerCase,
                    List.copyOf(caseNumbers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clientName(String prefix, int caseIndex, int clients) {
        return prefix + " Client " + (caseIndex % clients);
    }
}
