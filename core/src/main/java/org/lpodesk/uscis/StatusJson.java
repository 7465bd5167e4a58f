package org.lpodesk.uscis;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * The status log as the case page, the dashlet and the kit read it, shaped once here: per receipt
 * number its last good status and every check, latest status first (as {@link StatusLog} orders
 * them), each with its source, who, when it was recorded and when its status held (the firm's
 * calendar days) and what it means for the case.
 */
public final class StatusJson {

    /** A stored check as the repository hands it over. */
    public record Row(String id, StatusCheck check, boolean changed, Optional<String> screenshotId,
                      Optional<String> screenshotName) {
    }

    /** A change for the "status changes" list, with the case it belongs to. */
    public record ChangeRow(String caseId, String caseNumber, String beneficiary, Optional<String> previousText, Row row) {
    }

    private final ZoneId firmZone;
    private final Function<StatusSource, String> sourceLabel;

    /** @param sourceLabel the label of a source in the caller's language (the model's list labels) */
    public StatusJson(ZoneId firmZone, Function<StatusSource, String> sourceLabel) {
        this.firmZone = firmZone;
        this.sourceLabel = sourceLabel;
    }

    /**
     * @param receipts  the case's receipt numbers (a number never checked is listed with no checks)
     * @param suggested the case status the last change suggests, with its label
     */
    public Map<String, Object> history(String caseId, String caseNumber, List<ReceiptNumber> receipts, List<Row> rows,
                                       Optional<Map.Entry<String, String>> suggested, Map<String, Object> api) {
        Set<ReceiptNumber> numbers = new LinkedHashSet<>(receipts);
        rows.forEach(r -> numbers.add(r.check().receiptNumber()));
        List<Map<String, Object>> perReceipt = new ArrayList<>();
        for (ReceiptNumber number : numbers) {
            List<Row> own = rows.stream().filter(r -> r.check().receiptNumber().equals(number))
                    .sorted(Comparator.comparing((Row r) -> r.check().asOf()).thenComparing(r -> r.check().checkedAt())
                            .reversed()).toList();
            Map<String, Object> receipt = new LinkedHashMap<>();
            receipt.put("receiptNumber", number.value());
            own.stream().filter(r -> r.check().ok()).findFirst().ifPresentOrElse(last -> receipt.put("last", check(last)),
                    () -> receipt.put("last", null));
            receipt.put("checks", own.stream().map(this::check).toList());
            perReceipt.add(receipt);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case", caseId);
        json.put("caseNumber", caseNumber);
        json.put("receipts", perReceipt);
        json.put("suggestedStatus", suggested.map(s -> Map.of("value", s.getKey(), "label", s.getValue())).orElse(null));
        json.put("api", api);
        return json;
    }

    /** The changes newest first. */
    public Map<String, Object> changes(List<ChangeRow> changes, int days) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ChangeRow c : changes.stream().sorted(Comparator.comparing((ChangeRow c) -> c.row().check().checkedAt())
                .reversed()).toList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("case", c.caseId());
            item.put("caseNumber", c.caseNumber());
            item.put("beneficiary", c.beneficiary());
            item.put("previousStatus", c.previousText().orElse(null));
            item.putAll(check(c.row()));
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("days", days);
        json.put("items", items);
        return json;
    }

    private Map<String, Object> check(Row row) {
        StatusCheck c = row.check();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", row.id());
        json.put("receiptNumber", c.receiptNumber().value());
        json.put("checkedAt", c.checkedAt().toString());
        json.put("checkedOn", c.checkedAt().atZone(firmZone).toLocalDate().toString());
        // when the status held: the look's day, or a notice's date
        json.put("asOfOn", c.asOf().atZone(firmZone).toLocalDate().toString());
        json.put("checkedBy", c.checkedBy());
        json.put("source", c.source().name());
        json.put("sourceLabel", sourceLabel.apply(c.source()));
        json.put("formType", c.formType());
        json.put("statusText", c.statusText());
        json.put("statusDescription", c.statusDescription());
        json.put("uscisModifiedOn", c.uscisModified().map(m -> m.atZone(firmZone).toLocalDate().toString()).orElse(null));
        json.put("failure", c.failure().orElse(null));
        json.put("changed", row.changed());
        json.put("meaning", c.ok() ? StatusMeaning.of(c.statusText()).name() : null);
        json.put("screenshot", row.screenshotId().map(id -> Map.of("id", id, "name", row.screenshotName().orElse("")))
                .orElse(null));
        return json;
    }
}
