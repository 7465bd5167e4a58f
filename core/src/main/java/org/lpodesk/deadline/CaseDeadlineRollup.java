package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.notice.NoticeKind;

/**
 * A case's deadline: the earliest obligation of the case that is still open. Today the
 * obligations are the response deadlines of its USCIS notices; a notice is answered when a
 * response to it was filed or a user marked it answered. The repository keeps the result on the
 * case ({@code imm:caseDeadline}, {@code imm:caseDeadlineRule}) whenever one of them changes, so
 * that every client reads the same date and no client computes it again.
 */
public final class CaseDeadlineRollup {

    /**
     * One dated obligation of a case.
     *
     * @param source    what it comes from (the notice's node reference), a tie-breaker too
     * @param label     what is due, for people ("Request for Evidence dated 2026-11-20")
     * @param due       the last day
     * @param statement how the date was reached, with its source ({@link Deadline#statement()})
     * @param answered  true once the obligation no longer binds the case
     */
    public record Obligation(String source, String label, LocalDate due, String statement, boolean answered) {
        public Obligation {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(due, "due");
            label = label == null ? "" : label;
            statement = statement == null ? "" : statement;
        }

        /**
         * A notice's response deadline. The notice is answered when a user marked it so or when a
         * response to it ({@code imm:respondsTo}) was filed.
         */
        public static Obligation ofNotice(String source, NoticeKind kind, LocalDate noticeDate, LocalDate due,
                                          String statement, boolean markedAnswered, boolean responseFiled) {
            String label = Text.of("caseDeadline.notice", Text.of("notice.kind." + kind.name()), noticeDate).format();
            return new Obligation(source, label, due, statement, markedAnswered || responseFiled);
        }
    }

    /**
     * The case deadline as stored on the case.
     *
     * @param date   the earliest open obligation's last day
     * @param rule   what it is and why that day, one sentence for people
     * @param source the obligation's source
     */
    public record CaseDeadline(LocalDate date, String rule, String source) {
    }

    private static final Comparator<Obligation> EARLIEST =
            Comparator.comparing(Obligation::due).thenComparing(Obligation::source);

    /** The case deadline, or empty when nothing is open. */
    public Optional<CaseDeadline> of(Collection<Obligation> obligations) {
        return obligations.stream().filter(o -> !o.answered()).min(EARLIEST)
                .map(o -> new CaseDeadline(o.due(), rule(o, obligations), o.source()));
    }

    private static String rule(Obligation earliest, Collection<Obligation> all) {
        long open = all.stream().filter(o -> !o.answered()).count();
        return Text.of("caseDeadline.rule", earliest.label(),
                Text.of("caseDeadline.open", open), Text.of("caseDeadline.answered", all.size() - open),
                earliest.statement()).format();
    }
}
