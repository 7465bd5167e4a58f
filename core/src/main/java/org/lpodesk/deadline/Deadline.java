package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A computed date with the rule that produced it, an explanation for people and any notes
 * (adjustments made, facts to check).
 *
 * @param date        the date
 * @param rule        the rule that produced it; {@link #ruleId()} and {@link #citation()} come from it
 * @param explanation how the date was reached, as a bundle key with arguments
 * @param notes       adjustments and warnings, in the order they arose
 */
public record Deadline(LocalDate date, DeadlineRule rule, Text explanation, List<DeadlineNote> notes) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        notes = List.copyOf(notes);
    }

    public String ruleId() {
        return rule.id();
    }

    public String citation() {
        return rule.citation();
    }

    /** True when a note asks the user to check something. */
    public boolean isFlagged() {
        return notes.stream().anyMatch(DeadlineNote::isWarning);
    }

    public boolean hasNote(DeadlineNote.Code code) {
        return notes.stream().anyMatch(n -> n.code() == code);
    }

    public String explain(Locale locale) {
        return explanation.format(locale);
    }

    /** The English explanation. */
    public String explain() {
        return explanation.format();
    }

    /**
     * The explanation with the rule's citation, as the repository stores it next to the date
     * ({@code imm:responseDeadlineRule}, {@code imm:caseDeadlineRule}) for every client to show.
     */
    public String statement(Locale locale) {
        return Text.of("explain.statement", explanation, rule.citation()).format(locale);
    }

    /** The English statement. */
    public String statement() {
        return statement(Locale.ENGLISH);
    }
}
