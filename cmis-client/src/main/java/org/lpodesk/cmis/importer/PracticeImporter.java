package org.lpodesk.cmis.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.client.DuplicateNameException;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.Identifiers;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewCase;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.client.NewDocument;
import org.lpodesk.cmis.importer.ImportSummary.Counts;
import org.lpodesk.cmis.importer.ImportSummary.Refusal;

/**
 * Bulk import of an existing practice: a CSV of clients and cases (one line per case) and a
 * folder tree of documents ({@code <documents>/<case number>/[<document type>/[<checklist item>/]]<file>},
 * where the optional middle folder is the local name of a {@code D:imm:*} type such as
 * {@code evidence}; files directly in the case folder become {@code imm:document}; a third level
 * names the evidence checklist item the document is evidence for, e.g.
 * {@code evidence/eb1a.criterion.prizes/}; the repository checks it against the case's checklist).
 *
 * <p>Every object is checked against the model before anything is sent; what breaks a rule is
 * refused with the reason and the rest goes on. Each created object is written to the journal,
 * so a second run skips it; an object created just before an interruption, and not yet in the
 * journal, is found by its path and skipped too, so nothing is created twice.
 */
public final class PracticeImporter {

    /** The CSV columns; client_name and case_number are required, the others optional. */
    public static final List<String> COLUMNS = List.of("client_name", "client_kind", "client_reference",
            "client_email", "case_number", "case_type", "case_status", "beneficiary_name", "petitioner_name",
            "receipt_number", "a_number", "priority_date", "responsible_attorney");

    private static final String BASE_DOCUMENT_TYPE = "D:imm:document";

    private final ImmigrationCmisClient kit;

    public PracticeImporter(ImmigrationCmisClient kit) {
        this.kit = kit;
    }

    /** What to import and where. {@code documents} may be null (cases only). */
    public record Request(Path csv, Path documents, String targetFolder, Path journal, boolean dryRun) {
    }

    private record PlannedCase(int line, NewCase kase, List<PlannedDocument> documents) {
    }

    private record PlannedClient(int line, NewClient client, List<PlannedCase> cases) {
    }

    /** @param checklistItem the evidence checklist item the document is tagged with, or null */
    private record PlannedDocument(String key, Path file, String typeId, String checklistItem) {
    }

    /** A checklist item id as checklists write them: letters, digits, dots, hyphens and underscores. */
    private static final java.util.regex.Pattern ITEM_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ImportSummary run(Request request, ImportProgress progress) {
        CsvTable table = CsvTable.read(request.csv());
        for (String required : List.of("client_name", "case_number")) {
            if (!table.header().contains(required)) {
                throw new ImportException(Messages.get("import.csvMissingColumn", request.csv(), required,
                        String.join(",", COLUMNS)));
            }
        }
        for (String column : table.header()) {
            if ("case_deadline".equals(column)) {
                throw new ImportException(Messages.get("import.csvCaseDeadline", request.csv()));
            }
            if (!COLUMNS.contains(column)) {
                throw new ImportException(Messages.get("import.csvUnknownColumn", request.csv(), column,
                        String.join(",", COLUMNS)));
            }
        }
        List<Refusal> refused = new ArrayList<>();
        Map<String, PlannedClient> clients = plan(table, request.documents(), refused);
        int total = 0;
        for (PlannedClient c : clients.values()) {
            total += 1 + c.cases().size() + c.cases().stream().mapToInt(k -> k.documents().size()).sum();
        }
        progress.started(total);
        Run run = new Run(progress, total, refused);
        if (request.dryRun()) {
            return run.dryRun(clients);
        }
        FolderRef target = kit.folderRef(request.targetFolder());
        try (ImportJournal journal = ImportJournal.open(request.journal())) {
            return run.importAll(clients, target, journal);
        }
    }

    private Map<String, PlannedClient> plan(CsvTable table, Path documents, List<Refusal> refused) {
        Map<String, PlannedClient> clients = new LinkedHashMap<>();
        Map<String, Integer> caseLines = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String source = Messages.get("import.sourceLine", row.line());
            try {
                String clientName = row.get("client_name");
                String caseNumber = row.get("case_number");
                if (clientName == null || caseNumber == null) {
                    throw new IllegalArgumentException(Messages.get("import.rowIncomplete",
                            clientName == null ? "client_name" : "case_number"));
                }
                Integer earlier = caseLines.putIfAbsent(caseNumber, row.line());
                if (earlier != null) {
                    throw new IllegalArgumentException(Messages.get("import.duplicateCase", caseNumber, earlier));
                }
                NewCase kase = new NewCase(caseNumber, row.get("case_type"), row.get("case_status"),
                        row.get("beneficiary_name"), row.get("petitioner_name"), row.get("receipt_number"),
                        Identifiers.aNumber(row.get("a_number")), date(row, "priority_date", "imm:priorityDate"),
                        row.get("responsible_attorney"));
                kit.check(kase);
                PlannedClient client = clients.get(clientName);
                if (client == null) {
                    NewClient nc = new NewClient(null, clientName, row.get("client_kind"),
                            row.get("client_reference"), row.get("client_email"));
                    kit.check(nc);
                    client = new PlannedClient(row.line(), nc, new ArrayList<>());
                    clients.put(clientName, client);
                }
                client.cases().add(new PlannedCase(row.line(), kase, documentsOf(documents, caseNumber, refused)));
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(source, e.getMessage()));
            }
        }
        return clients;
    }

    private LocalDate date(CsvTable.Row row, String column, String propertyId) {
        return kit.rules().date(propertyId, row.get(column));
    }

    private List<PlannedDocument> documentsOf(Path root, String caseNumber, List<Refusal> refused) {
        List<PlannedDocument> result = new ArrayList<>();
        if (root == null) {
            return result;
        }
        Path caseDir = root.resolve(caseNumber);
        if (!Files.isDirectory(caseDir)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = caseDir.relativize(file);
                String key = "doc:" + caseNumber + "/" + rel.toString().replace('\\', '/');
                if (rel.getNameCount() == 1) {
                    result.add(new PlannedDocument(key, file, BASE_DOCUMENT_TYPE, null));
                } else if (rel.getNameCount() == 2 || rel.getNameCount() == 3) {
                    String typeId = "D:imm:" + rel.getName(0);
                    String item = rel.getNameCount() == 3 ? rel.getName(1).toString() : null;
                    if (item != null && !ITEM_ID.matcher(item).matches()) {
                        refused.add(new Refusal(file.toString(), Messages.get("import.badChecklistItem", item)));
                    } else if (kit.catalog().type(typeId).isPresent()) {
                        result.add(new PlannedDocument(key, file, typeId, item));
                    } else {
                        refused.add(new Refusal(file.toString(), Messages.get("import.unknownDocumentType",
                                rel.getName(0), documentTypeFolders())));
                    }
                } else {
                    refused.add(new Refusal(file.toString(), Messages.get("import.tooDeep", caseNumber)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private String documentTypeFolders() {
        return String.join(", ", kit.catalog().types().stream().map(t -> t.id())
                .filter(id -> id.startsWith("D:imm:")).map(id -> id.substring("D:imm:".length())).toList());
    }

    private static String mimeType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "pdf" -> "application/pdf";
            case "txt" -> "text/plain";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "tif", "tiff" -> "image/tiff";
            default -> "application/octet-stream";
        };
    }

    /** The state of one run: counters and the progress shown. */
    private final class Run {
        private final ImportProgress progress;
        private final int total;
        private final List<Refusal> refused;
        private int done;
        private int clientsCreated;
        private int casesCreated;
        private int docsCreated;
        private int clientsSkipped;
        private int casesSkipped;
        private int docsSkipped;

        Run(ImportProgress progress, int total, List<Refusal> refused) {
            this.progress = progress;
            this.total = total;
            this.refused = refused;
        }

        ImportSummary dryRun(Map<String, PlannedClient> clients) {
            for (PlannedClient c : clients.values()) {
                clientsCreated++;
                tick(c.client().clientName());
                for (PlannedCase k : c.cases()) {
                    casesCreated++;
                    tick(k.kase().caseNumber());
                    for (PlannedDocument d : k.documents()) {
                        try {
                            kit.check(NewDocument.of(d.typeId(), d.file().getFileName().toString(),
                                    mimeType(d.file()), null));
                            docsCreated++;
                        } catch (IllegalArgumentException e) {
                            refused.add(new Refusal(d.file().toString(), e.getMessage()));
                        }
                        tick(d.key());
                    }
                }
            }
            return summary(true);
        }

        ImportSummary importAll(Map<String, PlannedClient> clients, FolderRef target, ImportJournal journal) {
            for (PlannedClient c : clients.values()) {
                String name = c.client().effectiveFolderName();
                FolderRef clientFolder;
                try {
                    clientFolder = ensureFolder(journal, "client:" + name, target, name, true,
                            () -> kit.createClient(target, c.client()));
                } catch (IllegalArgumentException e) {
                    refused.add(new Refusal(Messages.get("import.sourceLine", c.line()), e.getMessage()));
                    skipAll(c);
                    continue;
                }
                tick(name);
                for (PlannedCase k : c.cases()) {
                    String number = k.kase().caseNumber();
                    FolderRef caseFolder;
                    try {
                        caseFolder = ensureFolder(journal, "case:" + number, clientFolder, number, false,
                                () -> kit.createCase(clientFolder, k.kase()));
                    } catch (IllegalArgumentException e) {
                        refused.add(new Refusal(Messages.get("import.sourceLine", k.line()), e.getMessage()));
                        done += 1 + k.documents().size();
                        continue;
                    }
                    tick(number);
                    for (PlannedDocument d : k.documents()) {
                        importDocument(journal, caseFolder, d);
                        tick(d.key());
                    }
                }
            }
            return summary(false);
        }

        private void importDocument(ImportJournal journal, FolderRef caseFolder, PlannedDocument d) {
            if (journal.objectId(d.key()).isPresent()) {
                docsSkipped++;
                return;
            }
            String name = d.file().getFileName().toString();
            try {
                byte[] content = Files.readAllBytes(d.file());
                NewDocument doc = NewDocument.of(d.typeId(), name, mimeType(d.file()), content);
                if (d.checklistItem() != null) {
                    doc = doc.withAspect(ImmigrationCmisClient.EVIDENCE_TAGS_ASPECT)
                            .with("imm:checklistItems", List.of(d.checklistItem()));
                }
                String id = kit.uploadDocument(caseFolder, doc).id();
                journal.record(d.key(), id);
                docsCreated++;
            } catch (DuplicateNameException e) {
                String existing = kit.idAt(caseFolder.path() + "/" + name).orElseThrow(() -> e);
                journal.record(d.key(), existing);
                docsSkipped++;
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(d.file().toString(), e.getMessage()));
            } catch (org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException e) {
                // the repository's refusal (a checklist item the case's checklist lacks): nothing was stored
                refused.add(new Refusal(d.file().toString(), e.getMessage()));
            } catch (IOException e) {
                refused.add(new Refusal(d.file().toString(), e.getMessage()));
            }
        }

        private FolderRef ensureFolder(ImportJournal journal, String key, FolderRef parent, String name,
                boolean client, java.util.function.Supplier<FolderRef> create) {
            String path = (parent.path().endsWith("/") ? parent.path() : parent.path() + "/") + name;
            String typeId = client ? ImmigrationCmisClient.CLIENT_TYPE : ImmigrationCmisClient.CASE_TYPE;
            var known = journal.objectId(key);
            if (known.isPresent()) {
                count(client, false);
                return new FolderRef(known.get(), name, path, typeId);
            }
            try {
                FolderRef created = create.get();
                journal.record(key, created.id());
                count(client, true);
                return created;
            } catch (DuplicateNameException e) {
                String existing = kit.idAt(path).orElseThrow(() -> e);
                journal.record(key, existing);
                count(client, false);
                return new FolderRef(existing, name, path, typeId);
            }
        }

        private void count(boolean client, boolean created) {
            if (client) {
                if (created) {
                    clientsCreated++;
                } else {
                    clientsSkipped++;
                }
            } else if (created) {
                casesCreated++;
            } else {
                casesSkipped++;
            }
        }

        private void skipAll(PlannedClient c) {
            done += 1 + c.cases().size() + c.cases().stream().mapToInt(k -> k.documents().size()).sum();
        }

        private void tick(String label) {
            done++;
            progress.step(done, total, label);
        }

        private ImportSummary summary(boolean dry) {
            return new ImportSummary(dry, new Counts(clientsCreated, casesCreated, docsCreated),
                    new Counts(clientsSkipped, casesSkipped, docsSkipped), refused);
        }
    }
}
