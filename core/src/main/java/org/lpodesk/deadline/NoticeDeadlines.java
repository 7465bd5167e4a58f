package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

/**
 * Response and appeal deadlines of USCIS notices: RFE, NOID/NOIR/NOIT responses and I-290B
 * appeals or motions after a denial or revocation. The notice's own due date governs when it is
 * within the legal maximum; a later one is not accepted silently but flagged, and the maximum
 * is used. The last day then follows the weekend-and-holiday rule of 8 CFR 1.2.
 */
public final class NoticeDeadlines {

    /** Forms whose denials are appealed to the BIA on Form EOIR-29 rather than on Form I-290B. */
    private static final List<String> BIA_APPEAL_FORMS = List.of("I-130", "I-360");

    private final HolidayCalendar calendar;
    private final DeadlineRules rules;

    public NoticeDeadlines(HolidayCalendar calendar, DeadlineRules rules) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The date by which the response, appeal or motion must be received, or empty for notices
     * that start no such period (receipt, biometrics, approval, transfer, interview).
     *
     * @throws DeadlineException when the stated due date is before the notice date
     */
    public Optional<Deadline> responseDeadline(UscisNotice notice) {
        Objects.requireNonNull(notice, "notice");
        Optional<DeadlineRule> rule = ruleFor(notice);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        notice.statedDueDate().filter(stated -> stated.isBefore(notice.noticeDate())).ifPresent(stated -> {
            throw DeadlineException.of("notice.statedBeforeNoticeDate", stated, notice.noticeDate());
        });
        return Optional.of(compute(notice, rule.get()));
    }

    /**
     * Refuses what no notice can say, before anything is stored: a notice dated after today in the
     * firm's zone (a typing error that would push the deadline out), a stated due date before the
     * notice date.
     *
     * @throws DeadlineException naming the date and the fix
     */
    public void check(UscisNotice notice, LocalDate today) {
        Objects.requireNonNull(notice, "notice");
        if (notice.noticeDate().isAfter(today)) {
            throw DeadlineException.of("notice.dateInFuture", notice.noticeDate(), today);
        }
        notice.statedDueDate().filter(stated -> stated.isBefore(notice.noticeDate())).ifPresent(stated -> {
            throw DeadlineException.of("notice.statedBeforeNoticeDate", stated, notice.noticeDate());
        });
    }

    /**
     * A flag for a stated due date on a kind of notice that starts no response period (a kind
     * changed from RFE to receipt, say): the date is kept as entered but sets no deadline.
     */
    public Optional<Text> unusedStatedDate(UscisNotice notice) {
        if (notice.statedDueDate().isEmpty() || ruleFor(notice).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Text.of("notice.statedWithoutPeriod", Text.of("notice.kind." + notice.kind().name()),
                notice.statedDueDate().get()));
    }

    /** The rule that governs the notice's period, if it starts one. */
    public Optional<DeadlineRule> ruleFor(UscisNotice notice) {
        NoticeKind kind = notice.kind();
        return Optional.ofNullable(switch (kind) {
            case RFE -> notice.concernsForm("I-539") ? DeadlineRule.RFE_I539 : DeadlineRule.RFE;
            case NOID -> DeadlineRule.NOID;
            case NOIR -> DeadlineRule.NOIR;
            case NOIT -> DeadlineRule.NOIT;
            case DENIAL -> DeadlineRule.I290B_APPEAL;
            case REVOCATION -> DeadlineRule.REVOCATION_APPEAL;
            case RECEIPT, BIOMETRICS, APPROVAL, TRANSFER, INTERVIEW -> null;
        });
    }

    private Deadline compute(UscisNotice notice, DeadlineRule rule) {
        int days = rules.figure(rule);
        int mailDays = notice.service() == ServiceMethod.MAIL ? rules.figure(DeadlineRule.MAIL_SERVICE) : 0;
        Text mailPart = mailDays > 0 ? Text.of("explain.part.mail", mailDays) : Text.of("explain.part.electronic");
        Text kind = Text.of("notice.kind." + notice.kind().name());

        LocalDate lastDay = notice.noticeDate().plusDays((long) days + mailDays);
        // The legal maximum always follows 8 CFR 1.2; the firm's policy only shapes its own docket
        // date, so a stated date on a Saturday is never called "later than the law allows" merely
        // because the firm rolls backward.
        LocalDate legalMaximum = calendar.businessDayOnOrAfter(lastDay);
        Rolling.Rolled maximum = Rolling.apply(calendar, rules.rollPolicy(), lastDay);
        List<DeadlineNote> notes = new ArrayList<>();
        Rolling.Rolled result;
        Text explanation;
        Optional<LocalDate> stated = notice.statedDueDate();
        if (stated.isEmpty()) {
            result = maximum;
            explanation = Text.of("explain.notice.computed", maximum.date(), kind, notice.noticeDate(), days, mailPart,
                    maximum.part());
            if (rule != DeadlineRule.I290B_APPEAL && rule != DeadlineRule.REVOCATION_APPEAL) {
                notes.add(DeadlineNote.of(DeadlineNote.Code.NO_STATED_DATE, "note.noStatedDate"));
            }
        } else if (stated.get().isAfter(legalMaximum)) {
            result = maximum;
            explanation = Text.of("explain.notice.capped", maximum.date(), kind, notice.noticeDate(), days, mailPart,
                    stated.get(), maximum.part());
            notes.add(DeadlineNote.of(DeadlineNote.Code.STATED_DATE_AFTER_MAXIMUM, "note.statedAfterMaximum",
                    stated.get(), days, mailPart, notice.noticeDate(), legalMaximum));
        } else {
            result = Rolling.apply(calendar, rules.rollPolicy(), stated.get());
            explanation = Text.of("explain.notice.stated", result.date(), kind, notice.noticeDate(), days, mailPart,
                    legalMaximum, result.part());
        }
        result.note().ifPresent(notes::add);
        if (notice.kind() == NoticeKind.DENIAL) {
            BIA_APPEAL_FORMS.stream().filter(notice::concernsForm).findFirst().ifPresent(form ->
                    notes.add(DeadlineNote.of(DeadlineNote.Code.BIA_APPEAL, "note.biaAppeal", form)));
        }
        return new Deadline(result.date(), rule, explanation, notes);
    }
}
