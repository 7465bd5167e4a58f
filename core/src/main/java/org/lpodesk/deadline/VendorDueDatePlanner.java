package org.lpodesk.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.lpodesk.deadline.VendorDueDateRefusedException.Reason;

/**
 * Derives a vendor's due date backwards from the case deadline: latest vendor due date = case
 * deadline − filing time − the firm's review buffer, both in business days. Refuses a due date
 * that leaves no buffer, lies in the past or lies after the case deadline.
 */
public final class VendorDueDatePlanner {

    private final HolidayCalendar calendar;
    private final VendorDueDatePolicy policy;
    private final Clock clock;

    /**
     * @param clock decides "today"; its zone should be the firm's (a vendor in India is already
     *              in tomorrow when the firm in New York is not)
     */
    public VendorDueDatePlanner(HolidayCalendar calendar, VendorDueDatePolicy policy, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The same planner with another buffer and filing time, e.g. for one case. */
    public VendorDueDatePlanner withPolicy(VendorDueDatePolicy other) {
        return new VendorDueDatePlanner(calendar, other, clock);
    }

    public VendorDueDatePolicy policy() {
        return policy;
    }

    /** The day the filing must leave the firm: the deadline less the filing time. */
    public LocalDate sendBy(LocalDate caseDeadline) {
        return calendar.minusBusinessDays(caseDeadline, policy.filingBusinessDays());
    }

    /** The latest vendor due date for the deadline, without looking at today. */
    public LocalDate latestVendorDueDate(LocalDate caseDeadline) {
        return calendar.minusBusinessDays(sendBy(caseDeadline), policy.reviewBufferBusinessDays());
    }

    /**
     * The latest allowed vendor due date, to pre-fill an outsourcing request.
     *
     * @throws VendorDueDateRefusedException when the deadline has passed or even that date is past
     */
    public VendorDueDate suggest(LocalDate caseDeadline) {
        Objects.requireNonNull(caseDeadline, "caseDeadline");
        LocalDate latest = latestVendorDueDate(caseDeadline);
        LocalDate today = LocalDate.now(clock);
        refuseIfNoTime(null, caseDeadline, latest, today);
        return new VendorDueDate(latest, latest, sendBy(caseDeadline), caseDeadline, policy, 0);
    }

    /**
     * Accepts a requested vendor due date, or refuses it with the dates in the message.
     *
     * @throws VendorDueDateRefusedException when the date is after the deadline, leaves no review
     *                                       buffer or is in the past
     */
    public VendorDueDate check(LocalDate requested, LocalDate caseDeadline) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(caseDeadline, "caseDeadline");
        LocalDate latest = latestVendorDueDate(caseDeadline);
        LocalDate today = LocalDate.now(clock);
        if (!caseDeadline.isBefore(today) && requested.isAfter(caseDeadline)) {
            throw refusal(Reason.AFTER_CASE_DEADLINE, "refusal.afterCaseDeadline", requested, caseDeadline, latest, today);
        }
        refuseIfNoTime(requested, caseDeadline, latest, today);
        if (requested.isAfter(latest)) {
            throw refusal(Reason.NO_REVIEW_BUFFER, "refusal.noReviewBuffer", requested, caseDeadline, latest, today);
        }
        if (requested.isBefore(today)) {
            throw refusal(Reason.IN_THE_PAST, "refusal.inThePast", requested, caseDeadline, latest, today);
        }
        return new VendorDueDate(requested, latest, sendBy(caseDeadline), caseDeadline, policy,
                calendar.businessDaysBetween(requested, latest));
    }

    /**
     * {@link #check(LocalDate, LocalDate)} for a due moment, e.g. a workflow timer date: the day
     * counted is the one in the firm's zone (the clock's), not the vendor's.
     */
    public VendorDueDate check(ZonedDateTime requested, LocalDate caseDeadline) {
        Objects.requireNonNull(requested, "requested");
        return check(requested.withZoneSameInstant(clock.getZone()).toLocalDate(), caseDeadline);
    }

    private void refuseIfNoTime(LocalDate requested, LocalDate caseDeadline, LocalDate latest, LocalDate today) {
        if (caseDeadline.isBefore(today)) {
            throw refusal(Reason.CASE_DEADLINE_PASSED, "refusal.caseDeadlinePassed", requested, caseDeadline, latest,
                    today);
        }
        if (latest.isBefore(today)) {
            throw refusal(Reason.NO_TIME_LEFT, "refusal.noTimeLeft", requested, caseDeadline, latest, today);
        }
    }

    private VendorDueDateRefusedException refusal(Reason reason, String key, LocalDate requested,
            LocalDate caseDeadline, LocalDate latest, LocalDate today) {
        // One argument order for every refusal text, so translators can use any of them.
        Text text = Text.of(key, requested == null ? "" : requested, caseDeadline, latest, today,
                policy.reviewBufferBusinessDays(), policy.filingBusinessDays(), sendBy(caseDeadline));
        return new VendorDueDateRefusedException(reason, text, requested, caseDeadline, latest, today);
    }
}
