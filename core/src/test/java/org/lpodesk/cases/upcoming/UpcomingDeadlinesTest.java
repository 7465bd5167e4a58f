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
    private final UpcomingDeadlines upcoming = new UpcomingDeadlines(30, 365, 30, 200);

    private static UpcomingDeadlines.Item item(String date, String caseNumber) {
        return new UpcomingDeadlines.Item(LocalDate.parse(date), "CASE_DEADLINE", "Request for Evidence dated …",
                "workspace://SpacesStore/" + caseNumber, caseNumber, "Ana Silva");
    }

    @Test
    void theWindowIsBoundedOnBothSidesAndDefaultsComeFromSettings() {
        UpcomingDeadlines.Window w = upcoming.window(RequestArguments.of(Map.of()), TODAY);

        assertThat(w.from()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(w.to()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(w.skip()).isZero();
        assertThat(w.max()).isEqualTo(50);
        UpcomingDeadlines.Window asked = upcoming.window(RequestArguments.of(Map.of("days", "90", "overdueDays", "0",
                "skip", "100", "max", "200")), TODAY);
        assertThat(asked.from()).isEqualTo(TODAY);
        assertThat(asked.to()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(asked.skip()).isEqualTo(100);
    }

    @Test
    void theQueryBoundsDatesExcludesClosedCasesAndOrdersInTheDatabase() {
        String q = upcoming.window(RequestArguments.of(Map.of("days", "7", "overdueDays", "2")), TODAY).cmisQuery();

        assertThat(q).isEqualTo("SELECT c.cmis:objectId AS id FROM imm:case AS c"
                + " WHERE c.imm:caseDeadline >= TIMESTAMP '2026-02-28T00:00:00.000Z'"
                + " AND c.imm:caseDeadline < TIMESTAMP '2026-03-10T00:00:00.000Z'"
                + " AND c.imm:caseStatus <> 'CLOSED'"
                + " ORDER BY c.imm:caseDeadline ASC, c.imm:caseNumber ASC");
    }

    @Test
    void aPageSaysWhetherMoreFollowInsteadOfTruncatingSilently() {
        UpcomingDeadlines.Window w = upcoming.window(RequestArguments.of(Map.of("max", "2")), TODAY);
        List<UpcomingDeadlines.Item> rows = List.of(item("2026-02-20", "IMM-2026-00001"),
                item("2026-03-10", "IMM-2026-00002"), item("2026-03-11", "IMM-2026-00003"));

        String json = Json.write(upcoming.toJson(rows, w));

        assertThat(json).startsWith("{\"today\":\"2026-03-02\",\"days\":30,\"overdueDays\":30,\"from\":\"2026-01-31\","
                + "\"to\":\"2026-04-01\",\"skip\":0,\"max\":2,\"hasMore\":true,\"deadlines\":[{\"date\":\"2026-02-20\","
                + "\"daysLeft\":-10,\"overdue\":true,\"urgency\":\"OVERDUE\",");
        // 8 days ahead: within the two weeks every tier calls "soon" (core's Urgency, not the dashlet)
        assertThat(json).contains("IMM-2026-00002").contains("\"daysLeft\":8,\"overdue\":false,\"urgency\":\"SOON\"")
                .doesNotContain("IMM-2026-00003");
        assertThat(Json.write(upcoming.toJson(rows.subList(0, 2), w))).contains("\"hasMore\":false");
    }

    @Test
    void argumentsAreValidatedAgainstTheConfiguredMaximum() {
        assertThatThrownBy(() -> upcoming.window(RequestArguments.of(Map.of("days", "400")), TODAY))
                .hasMessage("The argument 'days' is 400; it must be between 1 and 365.");
        assertThatThrownBy(() -> upcoming.window(RequestArguments.of(Map.of("max", "201")), TODAY))
                .hasMessage("The argument 'max' is 201; it must be between 1 and 200.");
        assertThatThrownBy(() -> upcoming.window(RequestArguments.of(Map.of("overdueDays", "-1")), TODAY))
                .hasMessage("The argument 'overdueDays' is -1; it must be between 0 and 365.");
        assertThatThrownBy(() -> new UpcomingDeadlines(30, 10, 0, 50)).hasMessageContaining("30");
        assertThatThrownBy(() -> new UpcomingDeadlines(30, 365, 400, 50)).hasMessageContaining("400");
    }
}
