package org.lpodesk.outsourcing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.outsourcing.usage.UsageFixtures.hourly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;

class InMemoryUsageLedgerTest {

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    private final Engagement engagement = TestEngagements.standard(TestEngagements.indiaVendor());

    @Test
    void aRetriedCloseDoesNotCountTwice() {
        UsageRecord first = hourly("t1", "acme-lpo", TaskKind.RFE_RESPONSE, "30", "750.00", "2026-03-03T10:00:00Z", true, 3);
        assertThat(ledger.record(first)).isTrue();
        assertThat(ledger.record(first)).isFalse();
        UsageRecord retriedLater = hourly("t1", "acme-lpo", TaskKind.RFE_RESPONSE, "30", "750.00", "2026-03-03T10:05:00Z", false, 3);
        assertThat(ledger.record(retriedLater)).isFalse();

        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.find("t1")).contains(first);
        MonthlyUsage march = ledger.monthly(engagement, YearMonth.of(2026, 3));
        assertThat(march.tasks()).isEqualTo(1);
        assertThat(march.hourlyHours()).isEqualByComparingTo("30");
        assertThat(march.overageHours()).isEqualByComparingTo("0");
    }

    @Test
    void concurrentRetriesRecordEachTaskOnce() throws Exception {
        int tasks = 200;
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    int recorded = 0;
                    for (int i = 0; i < tasks; i++) {
                        if (ledger.record(hourly("task-" + i, "acme-lpo", TaskKind.RFE_RESPONSE, "0.5", "12.50",
                                "2026-03-10T10:00:00Z", true, 1))) {
                            recorded++;
                        }
                    }
                    return recorded;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(workers)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(tasks);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.size()).isEqualTo(tasks);
        MonthlyUsage march = ledger.monthly(engagement, YearMonth.of(2026, 3));
        // 200 × 0.5 h = 100 h against 40: 60 h over at 35.00
        assertThat(march.hourlyHours()).isEqualByComparingTo("100");
        assertThat(march.overageAmount()).isEqualTo(Money.usd("2100.00"));
    }

    @Test
    void deliveredListsOneVendorsRecordsInAHalfOpenWindowInDeliveryOrder() {
        ledger.record(hourly("b", "acme-lpo", TaskKind.RFE_RESPONSE, "1", "25.00", "2026-03-05T00:00:00Z", true, 1));
        ledger.record(hourly("a", "acme-lpo", TaskKind.RFE_RESPONSE, "1", "25.00", "2026-03-02T00:00:00Z", true, 1));
        ledger.record(hourly("c", "acme-lpo", TaskKind.RFE_RESPONSE, "1", "25.00", "2026-03-09T00:00:00Z", true, 1));
        ledger.record(hourly("x", "other-lpo", TaskKind.RFE_RESPONSE, "1", "25.00", "2026-03-03T00:00:00Z", true, 1));
        assertThat(ledger.delivered("acme-lpo", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")))
                .extracting(UsageRecord::taskId).containsExactly("a", "b");
        assertThat(ledger.find("nope")).isEmpty();
        assertThat(ledger.find(null)).isEmpty();
    }
}
