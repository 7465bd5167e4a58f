package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How pressing a dated obligation is, as the case page, the case list and the deadline dashlet colour it. One owner for the rule: Share
 * shows the value, it never compares dates itself.
 */
public enum Urgency {
    /** Open and its last day has passed. */
    OVERDUE,
    /** Open and due within {@link #SOON_DAYS} days (today included). */
    SOON,
    /** Open and due later. */
    LATER,
    /** No longer binds the case (a response was filed, or it was marked answered). */
    ANSWERED;

    /** Two weeks: long enough to draft and file a response, short enough to stand out on a page. */
    public static final int SOON_DAYS = 14;

    public static Urgency of(LocalDate due, boolean answered, LocalDate today) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        if (answered) {
            return ANSWERED;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(SOON_DAYS)) ? LATER : SOON;
    }
}
