package org.lpodesk.notice;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of a USCIS notice that decide its response or appeal deadline.
 *
 * @param kind          what the notice is
 * @param noticeDate    the date printed on the notice (for mailed notices, the mailing date)
 * @param service       how it was served
 * @param statedDueDate the due date the notice itself states, if it states one
 * @param form          the form the notice concerns, normalised to upper case with a hyphen
 *                      ("i539" and "I 539" become "I-539"); empty when unknown
 */
public record UscisNotice(NoticeKind kind, LocalDate noticeDate, ServiceMethod service,
        Optional<LocalDate> statedDueDate, Optional<String> form) {

    public UscisNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(statedDueDate, "statedDueDate");
        form = Objects.requireNonNull(form, "form").map(UscisNotice::normaliseForm).filter(f -> !f.isEmpty());
    }

    /** A notice without a stated due date and without a known form. */
    public static UscisNotice of(NoticeKind kind, LocalDate noticeDate, ServiceMethod service) {
        return new UscisNotice(kind, noticeDate, service, Optional.empty(), Optional.empty());
    }

    public UscisNotice withStatedDueDate(LocalDate statedDueDate) {
        return new UscisNotice(kind, noticeDate, service, Optional.of(statedDueDate), form);
    }

    public UscisNotice withForm(String form) {
        return new UscisNotice(kind, noticeDate, service, statedDueDate, Optional.ofNullable(form));
    }

    /** True when the notice concerns the given form, compared after normalisation. */
    public boolean concernsForm(String formNumber) {
        return form.isPresent() && form.get().equals(normaliseForm(formNumber));
    }

    /**
     * Users type form numbers in many ways; comparing "I-539", "i539" and "I 539" as one form is
     * what lets the I-539 rule apply whatever was typed.
     */
    static String normaliseForm(String raw) {
        String compact = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        int digit = 0;
        while (digit < compact.length() && Character.isLetter(compact.charAt(digit))) {
            digit++;
        }
        if (digit == 0 || digit == compact.length()) {
            return compact;
        }
        return compact.substring(0, digit) + "-" + compact.substring(digit);
    }
}
