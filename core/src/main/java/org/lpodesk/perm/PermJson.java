package org.lpodesk.perm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lpodesk.deadline.Deadline;
import org.lpodesk.deadline.Urgency;

/**
 * The PERM record and its timeline as the repository answers them ({@code GET /lpodesk/cases/perm}):
 * everything computed here, the days left and their urgency counted against the firm's today, so
 * that Share draws and the kit prints without computing anything again.
 */
public final class PermJson {

    private PermJson() {
    }

    /**
     * @param kindLabel the label of a step kind as the model's bundle has it (the forms' words)
     * @param today     the firm's today
     */
    public static Map<String, Object> toJson(String caseRef, String caseNumber, PermRecord record, PermTimeline timeline,
                                             Function<String, String> kindLabel, Locale locale, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nodeRef", caseRef);
        json.put("caseNumber", caseNumber);
        json.put("today", today);
        json.put("pwd", record.pwd().map(pwd -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("determinedOn", pwd.determinedOn());
            p.put("validUntil", pwd.validUntil());
            p.put("wage", pwd.wage());
            p.put("wageUnit", blankToNull(pwd.wageUnit()));
            p.put("level", blankToNull(pwd.level()));
            p.put("caseNumber", blankToNull(pwd.caseNumber()));
            return p;
        }).orElse(null));
        json.put("filedOn", record.filedOn());
        json.put("flagCaseNumber", blankToNull(record.flagCaseNumber()));
        json.put("auditLetterOn", record.auditLetterOn());
        json.put("auditResponseOn", record.auditResponseOn());
        json.put("certifiedOn", record.certifiedOn());
        json.put("i140FiledOn", record.i140FiledOn());

        List<Map<String, Object>> steps = new ArrayList<>();
        record.steps().stream().sorted(Comparator.comparing(PermRecord.Step::start).thenComparing(PermRecord.Step::id))
                .forEach(s -> {
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("nodeRef", s.id());
                    step.put("kind", s.kind().name());
                    step.put("kindLabel", kindLabel.apply(s.kind().name()));
                    step.put("additional", s.kind().additional());
                    step.put("start", s.start());
                    step.put("end", s.end());
                    step.put("where", blankToNull(s.where()));
                    step.put("evidence", s.evidence());
                    steps.add(step);
                });
        json.put("steps", steps);

        json.put("earliestFiling", timeline.earliestFiling().map(d -> dated(d, locale)).orElse(null));
        json.put("latestFiling", timeline.latestFiling().map(d -> dated(d, locale)).orElse(null));
        List<Map<String, Object>> violations = new ArrayList<>();
        for (PermTimeline.Violation v : timeline.violations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", v.code().name());
            row.put("text", v.message(locale));
            row.put("citation", v.citation());
            violations.add(row);
        }
        json.put("violations", violations);
        List<Map<String, Object>> clocks = new ArrayList<>();
        for (PermTimeline.Countdown c : timeline.countdowns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.kind().name());
            row.put("label", c.label().format(locale));
            row.put("date", c.date());
            row.put("statement", c.deadline().statement(locale));
            row.put("open", c.open());
            row.put("obligation", c.kind().obligation());
            row.put("daysLeft", ChronoUnit.DAYS.between(today, c.date()));
            row.put("urgency", c.kind().obligation() ? Urgency.of(c.date(), !c.open(), today) : null);
            clocks.add(row);
        }
        json.put("countdowns", clocks);
        return json;
    }

    private static Map<String, Object> dated(Deadline deadline, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", deadline.date());
        row.put("rule", deadline.ruleId());
        row.put("statement", deadline.statement(locale));
        return row;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
