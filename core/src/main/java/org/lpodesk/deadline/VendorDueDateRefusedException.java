package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.api.UserRefusal;

/**
 * A vendor due date the firm's rules do not allow. The English message names the dates;
 * {@link #text()} carries the bundle key and arguments for other locales.
 */
public final class VendorDueDateRefusedException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The case deadline itself has passed. */
        CASE_DEADLINE_PASSED,
        /** The requested due date is after the case deadline. */
        AFTER_CASE_DEADLINE,
        /** Even the latest allowed due date is before today: there is no time to outsource. */
        NO_TIME_LEFT,
        /** The requested due date is after the latest allowed one: it eats the review buffer. */
        NO_REVIEW_BUFFER,
        /** The requested due date is before today. */
        IN_THE_PAST
    }

    private final Reason reason;
    private final transient Text text;
    private final LocalDate requested;
    private final LocalDate caseDeadline;
    private final LocalDate latestAllowed;
    private final LocalDate today;

    VendorDueDateRefusedException(Reason reason, Text text, LocalDate requested, LocalDate caseDeadline,
            LocalDate latestAllowed, LocalDate today) {
        super(text.format());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.text = text;
        this.requested = requested;
        this.caseDeadline = caseDeadline;
        this.latestAllowed = latestAllowed;
        this.today = today;
    }

    public Reason reason() {
        return reason;
    }

    public Text text() {
        return text;
    }

    public String getMessage(Locale locale) {
        return text.format(locale);
    }

    /** The due date asked for; empty when a suggestion was refused. */
    public Optional<LocalDate> requested() {
        return Optional.ofNullable(requested);
    }

    public LocalDate caseDeadline() {
        return caseDeadline;
    }

    public LocalDate latestAllowed() {
        return latestAllowed;
    }

    public LocalDate today() {
        return today;
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
