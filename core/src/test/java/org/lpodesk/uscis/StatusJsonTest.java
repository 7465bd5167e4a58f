package org.lpodesk.uscis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.identifier.ReceiptNumber;

class StatusJsonTest {

    private static final ReceiptNumber IOE = ReceiptNumber.parse("IOE0912345678");
    private static final ReceiptNumber EAC = ReceiptNumber.parse("EAC2190012345");
    private final StatusJson json = new StatusJson(ZoneId.of("America/New_York"), s -> "label " + s.name());

    @SuppressWarnings("unchecked")
    @Test
    void eachReceiptShowsItsLastGoodStatusAndEveryCheckNewestFirstOnTheFirmsCalendar() {
        // 03:30 UTC on 2 December is still 1 December in New York
        StatusCheck received = StatusCheck.good(IOE, Instant.parse("2026-12-02T03:30:00Z"), "system", StatusSource.API,
                "I-485", "Case Was Received", "We received your case", Optional.of(Instant.parse("2026-11-20T15:00:00Z")));
        StatusCheck rfe = StatusCheck.good(IOE, Instant.parse("2026-12-03T14:00:00Z"), "paula", StatusSource.MANUAL,
                "I-485", "Request for Evidence Was Sent", "", Optional.empty());
        StatusCheck busy = StatusCheck.failed(IOE, Instant.parse("2026-12-04T14:00:00Z"), "system", StatusSource.API,
                "USCIS answered 503 on 3 tries");
        Map<String, Object> out = json.history("workspace://SpacesStore/c", "IMM-2026-00014", List.of(IOE, EAC), List.of(
                new StatusJson.Row("a", received, true, Optional.empty(), Optional.empty()),
                new StatusJson.Row("b", rfe, true, Optional.of("workspace://SpacesStore/s"), Optional.of("uscis.png")),
                new StatusJson.Row("c", busy, false, Optional.empty(), Optional.empty())),
                Optional.of(Map.entry("RFE_NOID_RECEIVED", "RFE/NOID received")), Map.of("configured", false));

        List<Map<String, Object>> receipts = (List<Map<String, Object>>) out.get("receipts");
        assertThat(receipts).extracting(r -> r.get("receiptNumber")).containsExactly("IOE0912345678", "EAC2190012345");
        Map<String, Object> ioe = receipts.get(0);
        // the failed check is listed first (newest) but the last status stays the last good one
        assertThat((List<Map<String, Object>>) ioe.get("checks")).extracting(c -> c.get("id")).containsExactly("c", "b", "a");
        assertThat((Map<String, Object>) ioe.get("last")).containsEntry("statusText", "Request for Evidence Was Sent")
                .containsEntry("meaning", "EVIDENCE_REQUESTED").containsEntry("sourceLabel", "label MANUAL")
                .containsEntry("screenshot", Map.of("id", "workspace://SpacesStore/s", "name", "uscis.png"));
        Map<String, Object> first = ((List<Map<String, Object>>) ioe.get("checks")).get(2);
        assertThat(first).containsEntry("checkedOn", "2026-12-01").containsEntry("uscisModifiedOn", "2026-11-20");
        Map<String, Object> failed = ((List<Map<String, Object>>) ioe.get("checks")).get(0);
        assertThat(failed).containsEntry("failure", "USCIS answered 503 on 3 tries").containsEntry("meaning", null);
        assertThat(receipts.get(1)).containsEntry("last", null).containsEntry("checks", List.of());
        assertThat(out.get("suggestedStatus")).isEqualTo(Map.of("value", "RFE_NOID_RECEIVED", "label", "RFE/NOID received"));
    }
}
