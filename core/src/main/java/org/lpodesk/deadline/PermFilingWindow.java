package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When an ETA-9089 may be filed after the given recruitment: not before {@link #earliest()}
 * (the quiet period after the mandatory steps) and not after {@link #latest()} (180 days after
 * the oldest step).
 *
 * @param notes findings about the recruitment itself (missing or short steps, closed window)
 */
public record PermFilingWindow(Deadline earliest, Deadline latest, List<DeadlineNote> notes) {

    public PermFilingWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        notes = List.copyOf(notes);
    }

    /** False when the quiet period ends after the oldest step has gone stale. */
    public boolean isOpen() {
        return !earliest.date().isAfter(latest.date());
    }

    public boolean allowsFilingOn(LocalDate day) {
        return !day.isBefore(earliest.date()) && !day.isAfter(latest.date());
    }

    public boolean isFlagged() {
        return notes.stream().anyMatch(DeadlineNote::isWarning);
    }

    public boolean hasNote(DeadlineNote.Code code) {
        return notes.stream().anyMatch(n -> n.code() == code);
    }
}
