package org.lpodesk.cmis.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import has created so far, one line per object ({@code key TAB objectId}), appended
 * and flushed as each object is created, so an interrupted import resumes where it stopped.
 */
public final class ImportJournal implements AutoCloseable {

    private final Map<String, String> done = new HashMap<>();
    private final BufferedWriter out;

    private ImportJournal(Path file) {
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    int tab = line.lastIndexOf('\t');
                    // a line cut short by the interruption has no tab: the object is looked up again
                    if (tab > 0) {
                        done.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportJournal open(Path file) {
        return new ImportJournal(file);
    }

    public Optional<String> objectId(String key) {
        return Optional.ofNullable(done.get(key));
    }

    public int size() {
        return done.size();
    }

    public void record(String key, String objectId) {
        try {
            out.write(key + "\t" + objectId + "\n");
            out.flush();
            done.put(key, objectId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
