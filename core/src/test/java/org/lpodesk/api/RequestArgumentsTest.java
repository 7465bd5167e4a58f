package org.lpodesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.TaskKind;

class RequestArgumentsTest {

    private static RequestArguments args(Map<String, ?> values) {
        return RequestArguments.of(values);
    }

    @Test
    void missingRequiredArgumentNamesIt() {
        assertThatThrownBy(() -> args(Map.of("other", "x")).requiredText("caseId"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("The argument 'caseId' is required.")
                .extracting(e -> ((InvalidArgumentException) e).argument()).isEqualTo("caseId");
        assertThatThrownBy(() -> args(Map.of("caseId", "   ")).requiredText("caseId"))
                .hasMessage("The argument 'caseId' is required.");
    }

    @Test
    void integerOutsideItsRangeIsRefusedWithTheRange() {
        assertThat(args(Map.of()).optionalInt("days", 30, 1, 365)).isEqualTo(30);
        assertThat(args(Map.of("days", "7")).optionalInt("days", 30, 1, 365)).isEqualTo(7);
        assertThatThrownBy(() -> args(Map.of("days", "0")).optionalInt("days", 30, 1, 365))
                .hasMessage("The argument 'days' is 0; it must be between 1 and 365.");
        assertThatThrownBy(() -> args(Map.of("days", "ten")).optionalInt("days", 30, 1, 365))
                .hasMessage("The argument 'days' has the value 'ten', which is not a whole number.");
    }

    @Test
    void datesMonthsAndNodeRefsMustHaveTheirExactShape() {
        assertThat(args(Map.of("due", "2026-03-31")).requiredDate("due")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> args(Map.of("due", "31/03/2026")).requiredDate("due"))
                .hasMessageContaining("'31/03/2026'").hasMessageContaining("YYYY-MM-DD");
        assertThat(args(Map.of("month", "2026-02")).requiredMonth("month")).isEqualTo(YearMonth.of(2026, 2));
        assertThatThrownBy(() -> args(Map.of("month", "2026-2")).requiredMonth("month"))
                .hasMessageContaining("'2026-2'").hasMessageContaining("YYYY-MM");
        String ref = "workspace://SpacesStore/1a2b3c4d-0000-4000-8000-123456789abc";
        assertThat(args(Map.of("caseId", ref)).requiredNodeRef("caseId")).isEqualTo(ref);
        assertThatThrownBy(() -> args(Map.of("caseId", "archive://SpacesStore/x")).requiredNodeRef("caseId"))
                .hasMessageContaining("'archive://SpacesStore/x'");
    }

    @Test
    void enumArgumentsListTheAcceptedValues() {
        assertThat(args(Map.of("kind", "RFE_RESPONSE")).requiredEnum("kind", TaskKind.class))
                .isEqualTo(TaskKind.RFE_RESPONSE);
        assertThatThrownBy(() -> args(Map.of("kind", "rfe")).requiredEnum("kind", TaskKind.class))
                .hasMessageContaining("'rfe'").hasMessageContaining("RFE_RESPONSE");
        assertThat(args(Map.of("format", "CSV")).optionalChoice("format", "json", "json", "csv")).isEqualTo("csv");
        assertThatThrownBy(() -> args(Map.of("format", "xml")).optionalChoice("format", "json", "json", "csv"))
                .hasMessage("The argument 'format' has the value 'xml'; accepted values are: json, csv.");
    }

    @Test
    void jsonKeepsOrderAndEscapesWhatWouldBreakOutOfAString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Smith \"Jr\"\n</script>");
        m.put("due", LocalDate.of(2026, 1, 2));
        m.put("kinds", List.of(TaskKind.RFE_RESPONSE));
        m.put("n", 3);
        m.put("none", null);
        assertThat(Json.write(m)).isEqualTo(
                "{\"name\":\"Smith \\\"Jr\\\"\\n\\u003c/script>\",\"due\":\"2026-01-02\",\"kinds\":[\"RFE_RESPONSE\"],"
                        + "\"n\":3,\"none\":null}");
    }
}
