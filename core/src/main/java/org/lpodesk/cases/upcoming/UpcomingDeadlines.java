package org.lpodesk.cases.upcoming;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lpodesk.api.RequestArguments;

/**
 * {@code GET /lpodesk/deadlines?days=N}: the deadlines of the cases a user can see that fall
 * within the next N days, and every one already past (an overdue deadline is the most urgent).
 * Sorted by date, then case number. The repository supplies the candidates; this decides.
 */
public final class UpcomingDeadlines {

    /**
     * One dated deadline of a case.
     *
     * @param label what is due (e.g. the notice kind or "Case deadline")
     * @param rule  the rule, with its citation, that produced the date; may be empty
     */
    public record Item(LocalDate date, String label, String rule, String caseNodeRef, String caseNumber,
                       String beneficiary) {
        public Item {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(caseNodeRef, "caseNodeRef");
            label = label == null ? "" : label;
            rule = rule == null ? "" : rule;
            caseNumber = caseNumber == null ? "" : caseNumber;
            beneficiary = beneficiary == null ? "" : beneficiary;
        }
    }

    private final int defaultDays;
    private final int maxDays;

    public UpcomingDeadlines(int defaultDays, int maxDays) {
        if (maxDays < 1 || defaultDays < 1 || defaultDays > maxDays) {
            throw new IllegalArgumentException("look-ahead settings must satisfy 1 <= default (" + defaultDays
                    + ") <= max (" + maxDays + ")");
        }
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
    }

    /** The look-ahead the request asks for, validated. */
    public int days(RequestArguments args) {
        return args.optionalInt("days", defaultDays, 1, maxDays);
    }

    /** The last day a search must cover. */
    public static LocalDate horizon(LocalDate today, int days) {
        return today.plusDays(days);
    }

    public List<Item> select(List<Item> candidates, LocalDate today, int days) {
        LocalDate last = horizon(today, days);
        List<Item> chosen = new ArrayList<>();
        for (Item item : candidates) {
            if (!item.date().isAfter(last)) {
                chosen.add(item);
            }
        }
        chosen.sort(Comparator.comparing(Item::date).thenComparing(Item::caseNumber).thenComparing(Item::label));
        return chosen;
    }

    public Map<String, Object> toJson(List<Item> selected, LocalDate today, int days) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item item : selected) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", item.date());
            row.put("daysLeft", ChronoUnit.DAYS.between(today, item.date()));
            row.put("overdue", item.date().isBefore(today));
            row.put("label", item.label());
            row.put("rule", item.rule());
            row.put("caseNodeRef", item.caseNodeRef());
            row.put("caseNumber", item.caseNumber());
            row.put("beneficiary", item.beneficiary());
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("today", today);
        out.put("days", days);
        out.put("deadlines", rows);
        return out;
    }
}
