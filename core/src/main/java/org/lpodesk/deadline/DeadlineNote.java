package org.lpodesk.deadline;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the user should know about a computed date: an adjustment made (information) or a
 * fact that needs checking (warning). Warnings never stop a computation; they are shown with it.
 */
public record DeadlineNote(Code code, Text text) {

    public enum Severity {
        INFO,
        WARNING
    }

    public enum Code {
        /** The last day fell on a weekend or holiday and was moved to the next business day. */
        ROLLED_FORWARD(Severity.INFO),
        /** The firm's roll policy moved the last day back to the previous business day. */
        ROLLED_BACK(Severity.INFO),
        /** The date is not a business day and the rule gives no extension. */
        NOT_A_BUSINESS_DAY(Severity.WARNING),
        /** The notice states a due date later than the legal maximum; the maximum is used. */
        STATED_DATE_AFTER_MAXIMUM(Severity.WARNING),
        /** No due date from the notice was entered; the legal maximum is used. */
        NO_STATED_DATE(Severity.WARNING),
        /** The denial is appealed to the BIA on Form EOIR-29, not on Form I-290B. */
        BIA_APPEAL(Severity.WARNING),
        /** The prevailing wage determination's validity end date was not entered. */
        PWD_VALIDITY_NOT_STATED(Severity.WARNING),
        /** The stated validity is shorter than the regulation's minimum. */
        PWD_VALIDITY_TOO_SHORT(Severity.WARNING),
        /** The stated validity is longer than the regulation's maximum; the maximum is used. */
        PWD_VALIDITY_TOO_LONG(Severity.WARNING),
        /** A mandatory recruitment step is missing from the plan. */
        RECRUITMENT_STEP_MISSING(Severity.WARNING),
        /** A recruitment step ran for less than the required time. */
        RECRUITMENT_STEP_TOO_SHORT(Severity.WARNING),
        /** A Sunday newspaper advertisement is dated on another day of the week. */
        AD_NOT_ON_SUNDAY(Severity.WARNING),
        /** The earliest filing date is after the latest: the recruitment must be redone. */
        FILING_WINDOW_CLOSED(Severity.WARNING);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public DeadlineNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    static DeadlineNote of(Code code, String key, Object... args) {
        return new DeadlineNote(code, Text.of(key, args));
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isWarning() {
        return code.severity() == Severity.WARNING;
    }

    public String message(Locale locale) {
        return text.format(locale);
    }

    /** The English text. */
    public String message() {
        return text.format();
    }
}
