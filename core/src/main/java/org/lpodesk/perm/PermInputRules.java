package org.lpodesk.perm;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.deadline.Text;

/**
 * What a PERM record may hold: facts that cannot be true are refused when entered, each with a
 * sentence naming the dates, so that nothing half-true is stored. Facts that can be true but
 * break a rule (a filing outside the window, a short notice) are stored and flagged by
 * {@link PermTracker} instead: the record says what happened.
 */
public final class PermInputRules {

    /** DOL FLAG case numbers, e.g. {@code G-100-23123-456789} ({@code imm:flagCaseNumberFormat} repeats it). */
    public static final String FLAG_CASE_NUMBER_PATTERN = "G-100-[0-9]{5}-[0-9]{6}";
    /** NPWC prevailing wage case numbers, e.g. {@code P-100-23123-456789} ({@code imm:pwdCaseNumberFormat}). */
    public static final String PWD_CASE_NUMBER_PATTERN = "P-100-[0-9]{5}-[0-9]{6}";
    private static final Pattern FLAG_CASE_NUMBER = Pattern.compile(FLAG_CASE_NUMBER_PATTERN);
    private static final Pattern PWD_CASE_NUMBER = Pattern.compile(PWD_CASE_NUMBER_PATTERN);

    /** One recruitment step on its own. */
    public void checkStep(PermRecord.Step step) {
        if (step.end().isBefore(step.start())) {
            throw refused("end", "perm.input.stepEndsBeforeStart", Text.of(step.kind().messageKey()), step.start(), step.end());
        }
        if (step.kind() == PermStepKind.SUNDAY_AD
                && (step.start().getDayOfWeek() != DayOfWeek.SUNDAY || !step.end().equals(step.start()))) {
            throw refused("start", "perm.input.adNotOnSunday", step.start(), step.start().getDayOfWeek());
        }
    }

    /** The determination on its own. */
    public void checkPwd(PermRecord.Pwd pwd) {
        if (pwd.validUntil().isPresent() && pwd.validUntil().get().isBefore(pwd.determinedOn())) {
            throw refused("pwdValidUntil", "pwd.validUntilBeforeDetermination", pwd.validUntil().get(), pwd.determinedOn());
        }
        if (pwd.wage() != null && pwd.wage().compareTo(BigDecimal.ZERO) <= 0) {
            throw refused("pwdWage", "perm.input.wageNotPositive", pwd.wage().toPlainString());
        }
        if (!pwd.caseNumber().isEmpty() && !PWD_CASE_NUMBER.matcher(pwd.caseNumber()).matches()) {
            throw refused("pwdCaseNumber", "perm.input.pwdCaseNumber", pwd.caseNumber());
        }
    }

    /** The case's own dates, in the order the process runs them. */
    public void checkCase(PermRecord record) {
        record.pwd().ifPresent(this::checkPwd);
        record.steps().forEach(this::checkStep);
        if (!record.flagCaseNumber().isEmpty() && !FLAG_CASE_NUMBER.matcher(record.flagCaseNumber()).matches()) {
            throw refused("flagCaseNumber", "perm.input.flagCaseNumber", record.flagCaseNumber());
        }
        Optional<LocalDate> filed = record.filedOn();
        record.pwd().ifPresent(pwd -> filed.filter(f -> f.isBefore(pwd.determinedOn())).ifPresent(f -> {
            throw refused("filedOn", "perm.input.filedBeforePwd", f, pwd.determinedOn());
        }));
        after("auditLetterOn", record.auditLetterOn(), "perm.input.auditWithoutFiling", filed, "perm.input.auditBeforeFiling");
        after("auditResponseOn", record.auditResponseOn(), "perm.input.responseWithoutAudit", record.auditLetterOn(),
                "perm.input.responseBeforeAudit");
        after("certifiedOn", record.certifiedOn(), "perm.input.certifiedWithoutFiling", filed, "perm.input.certifiedBeforeFiling");
        after("i140FiledOn", record.i140FiledOn(), "perm.input.i140WithoutCertification", record.certifiedOn(),
                "perm.input.i140BeforeCertification");
    }

    /** A later event needs the earlier one, on or before its own day. */
    private static void after(String argument, Optional<LocalDate> later, String withoutKey, Optional<LocalDate> earlier,
                              String beforeKey) {
        if (later.isEmpty()) {
            return;
        }
        if (earlier.isEmpty()) {
            throw refused(argument, withoutKey, later.get());
        }
        if (later.get().isBefore(earlier.get())) {
            throw refused(argument, beforeKey, later.get(), earlier.get());
        }
    }

    private static InvalidArgumentException refused(String argument, String key, Object... args) {
        return new InvalidArgumentException(argument, Text.of(key, args).format());
    }
}
