package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One PERM recruitment step as it ran: a newspaper advertisement has the same start and end.
 *
 * @param kind  what the step is
 * @param start first day (job order placed, advertisement published, notice posted)
 * @param end   last day; not before {@code start}
 */
public record RecruitmentStep(Kind kind, LocalDate start, LocalDate end) {

    /** Recruitment steps of 20 CFR 656.17(e) and the Notice of Filing of 20 CFR 656.10(d). */
    public enum Kind {
        SWA_JOB_ORDER(true),
        SUNDAY_NEWSPAPER_AD(true),
        NOTICE_OF_FILING(true),
        /** The Notice of Filing in the employer's in-house media (20 CFR 656.10(d)(1)(ii)): timed as the notice, not counted. */
        IN_HOUSE_MEDIA(true),
        /** One of the additional steps for professional occupations (job fair, website, ...). */
        ADDITIONAL_STEP(false);

        private final boolean mandatory;

        Kind(boolean mandatory) {
            this.mandatory = mandatory;
        }

        /** Mandatory steps must all end before the quiet period; of additional ones, one may not. */
        public boolean mandatory() {
            return mandatory;
        }

        public String messageKey() {
            return "perm.step." + name();
        }
    }

    public RecruitmentStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw DeadlineException.of("perm.stepEndsBeforeStart", Text.of(kind.messageKey()), start, end);
        }
    }

    /** A step that ran on a single day, such as a newspaper advertisement. */
    public static RecruitmentStep on(Kind kind, LocalDate day) {
        return new RecruitmentStep(kind, day, day);
    }
}
