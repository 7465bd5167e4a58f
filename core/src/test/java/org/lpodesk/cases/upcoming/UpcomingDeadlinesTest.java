package org.lpodesk.cases.upcoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.Json;
import org.lpodesk.api.RequestArguments;

class UpcomingDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final UpcomingDeadlines upcoming = new UpcomingDeadlines(30, 365);

    private static UpcomingDeadlines.Item item(String date, String caseNumber) {
        return new UpcomingDeadlines.Item(LocalDate.parse(date), "RFE response", "RFE (8 CFR 103.2(b)(8))",
                "workspace://SpacesStore/" + caseNumber, caseNumber, "Ana Silva");
    }

    @Test
    void keepsOverdueAndTheNextDaysSortedByDate() {
        List<UpcomingDeadlines.Item> chosen = upcoming.select(List.of(item("2026-04-15", "IMM-2026-00003"),
                item("2026-03-10", "IMM-2026-00002"), item("2026-02-20", "IMM-2026-00001"),
                item("2026-04-01", "IMM-2026-00004")), TODAY, 30);
        assertThat(chosen).extracting(UpcomingDeadlines.Item::caseNumber)
                .containsExactly("IMM-2026-00001", "IMM-2026-00002", "IMM-2026-00004");
        String json = Json.write(upcoming.toJson(chosen, TODAY, 30));
        assertThat(json).startsWith("{\"today\":\"2026-03-02\",\"days\":30,\"deadlines\":[{\"date\":\"2026-02-20\","
                + "\"daysLeft\":-10,\"overdue\":true,");
    }

    @Test
    void lookAheadIsValidatedAgainstTheConfiguredMaximum() {
        assertThat(upcoming.days(RequestArguments.of(Map.of()))).isEqualTo(30);
        assertThat(upcoming.days(RequestArguments.of(Map.of("days", "90")))).isEqualTo(90);
        assertThatThrownBy(() -> upcoming.days(RequestArguments.of(Map.of("days", "400"))))
                .hasMessage("The argument 'days' is 400; it must be between 1 and 365.");
        assertThatThrownBy(() -> new UpcomingDeadlines(30, 10)).hasMessageContaining("30");
    }
}
