package org.lpodesk.perm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the firm recorded of one PERM case: the prevailing wage determination, each recruitment
 * step as it ran, the ETA-9089 filing, an audit, the certification and the I-140 filing. Dates
 * are calendar dates of the firm.
 */
public record PermRecord(Optional<Pwd> pwd, List<Step> steps, Optional<LocalDate> filedOn, String flagCaseNumber,
                         Optional<LocalDate> auditLetterOn, Optional<LocalDate> auditResponseOn,
                         Optional<LocalDate> certifiedOn, Optional<LocalDate> i140FiledOn) {

    public PermRecord {
        pwd = pwd == null ? Optional.empty() : pwd;
        steps = steps == null ? List.of() : List.copyOf(steps);
        filedOn = filedOn == null ? Optional.empty() : filedOn;
        flagCaseNumber = flagCaseNumber == null ? "" : flagCaseNumber;
        auditLetterOn = auditLetterOn == null ? Optional.empty() : auditLetterOn;
        auditResponseOn = auditResponseOn == null ? Optional.empty() : auditResponseOn;
        certifiedOn = certifiedOn == null ? Optional.empty() : certifiedOn;
        i140FiledOn = i140FiledOn == null ? Optional.empty() : i140FiledOn;
    }

    /**
     * A prevailing wage determination (ETA-9141) as issued.
     *
     * @param validUntil the end of validity printed on it, if entered
     * @param wage       the wage determined, in US dollars per {@code wageUnit}
     * @param level      the OEWS wage level (I to IV), when the determination states one
     * @param caseNumber the NPWC case number ({@code P-100-…})
     */
    public record Pwd(LocalDate determinedOn, Optional<LocalDate> validUntil, BigDecimal wage, String wageUnit,
                      String level, String caseNumber) {
        public Pwd {
            Objects.requireNonNull(determinedOn, "determinedOn");
            validUntil = validUntil == null ? Optional.empty() : validUntil;
            wageUnit = wageUnit == null ? "" : wageUnit;
            level = level == null ? "" : level;
            caseNumber = caseNumber == null ? "" : caseNumber;
        }
    }

    /**
     * One recruitment step as it ran.
     *
     * @param id       the record's identity in the repository
     * @param where    the newspaper, website, job order number or posting place
     * @param evidence names of the documents that prove it (tear sheet, posting, job order printout)
     */
    public record Step(String id, PermStepKind kind, LocalDate start, LocalDate end, String where, List<String> evidence) {
        public Step {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            where = where == null ? "" : where;
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** A PERM case with nothing recorded yet. */
    public static PermRecord empty() {
        return new PermRecord(Optional.empty(), List.of(), Optional.empty(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
