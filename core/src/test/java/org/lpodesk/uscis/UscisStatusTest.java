package org.lpodesk.uscis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.identifier.ReceiptNumber;

class UscisStatusTest {

    private static final ReceiptNumber EAC = ReceiptNumber.parse("EAC2190012345");
    private static final Instant T0 = Instant.parse("2026-12-01T14:00:00Z");

    private static StatusCheck good(int hours, String text) {
        return StatusCheck.good(EAC, T0.plus(Duration.ofHours(hours)), "system", StatusSource.API, "I-140", text,
                "On " + hours + " we ...", Optional.of(T0));
    }

    @Test
    void theLogKeepsEveryCheckAndTheChangesOfStatusTextAreItsEvents() {
        StatusLog log = StatusLog.empty(EAC)
                .with(good(0, "Case Was Received"))
                .with(good(24, "Case Was Received"))
                .with(StatusCheck.failed(EAC, T0.plus(Duration.ofHours(48)), "system", StatusSource.API, "HTTP 503, tried again tomorrow"))
                .with(good(72, "Request for Evidence Was Sent"));
        assertThat(log.checks()).hasSize(4);
        assertThat(log.last()).get().extracting(StatusCheck::statusText).isEqualTo("Request for Evidence Was Sent");
        assertThat(log.changes()).extracting(c -> c.to().statusText())
                .containsExactly("Case Was Received", "Request for Evidence Was Sent");
        assertThat(log.changes().get(1).from()).get().extracting(StatusCheck::statusText).isEqualTo("Case Was Received");
        // a failed check never replaces the last good status, and is no event
        StatusLog failedLast = log.with(StatusCheck.failed(EAC, T0.plus(Duration.ofHours(96)), "system", StatusSource.API,
                "answer was for IOE0912345678"));
        assertThat(failedLast.last()).isEqualTo(log.last());
        assertThat(failedLast.changes()).hasSize(2);
        assertThat(log.wouldChange(good(100, "request for evidence was sent"))).isFalse();
        assertThat(log.wouldChange(good(100, "Case Was Approved"))).isTrue();
    }

    @Test
    void badChecksAreRefused() {
        assertThatThrownBy(() -> good(0, " "))
                .hasMessage("A status check of EAC2190012345 needs the status text USCIS showed, or the reason the check failed.");
        ReceiptNumber other = ReceiptNumber.parse("IOE0912345678");
        assertThatThrownBy(() -> StatusLog.empty(EAC).with(StatusCheck.good(other, T0, "pat", StatusSource.MANUAL, "I-485",
                "Case Was Received", "", Optional.empty())))
                .hasMessage("A check of IOE0912345678 cannot go into the status log of EAC2190012345.");
    }

    @Test
    void statusTextsThatCallForActionAreRecognised() {
        assertThat(StatusMeaning.of("Request for Evidence Was Sent")).isEqualTo(StatusMeaning.EVIDENCE_REQUESTED);
        assertThat(StatusMeaning.of("Request for Evidence Was Sent").obtainNotice()).isTrue();
        assertThat(StatusMeaning.of("Notice of Intent to Deny Was Sent").suggests()).contains(CaseStatus.RFE_NOID_RECEIVED);
        assertThat(StatusMeaning.of("Case Was Approved").suggests()).contains(CaseStatus.APPROVED);
        assertThat(StatusMeaning.of("Card Was Mailed To Me")).isEqualTo(StatusMeaning.APPROVED);
        assertThat(StatusMeaning.of("Case Was Denied").suggests()).contains(CaseStatus.DENIED);
        assertThat(StatusMeaning.of("Fingerprint Fee Was Received")).isEqualTo(StatusMeaning.OTHER);
        assertThat(StatusMeaning.of("Case Was Transferred And A New Office Has Jurisdiction").suggests()).isEmpty();
    }

    @Test
    void tenThousandReceiptsNeverExceedTheQuotaOrTheRateAndTheRestIsReported() {
        CheckPlanner planner = new CheckPlanner(new CheckPlanner.Settings(10_000, 10, 10));
        List<ReceiptNumber> receipts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            receipts.add(ReceiptNumber.parse(String.format("EAC%010d", 2_190_000_000L + i)));
        }
        CheckPlanner.Plan plan = planner.plan(receipts, Set.of(), T0);
        assertThat(plan.slots()).hasSize(9_000);
        assertThat(plan.skipped()).hasSize(1_000).startsWith(receipts.get(9_000));
        // never more than 10 requests in any second
        for (int i = 10; i < plan.slots().size(); i++) {
            assertThat(Duration.between(plan.slots().get(i - 10).at(), plan.slots().get(i).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        // a second run the same day (after a restart) plans only what today's log lacks, within what is left
        Set<ReceiptNumber> done = new HashSet<>(receipts.subList(0, 4_000));
        CheckPlanner.Plan resumed = planner.plan(receipts, done, T0.plus(Duration.ofHours(3)));
        assertThat(resumed.alreadyToday()).isEqualTo(4_000);
        assertThat(resumed.slots()).hasSize(5_000).noneMatch(s -> done.contains(s.receiptNumber()));
        assertThat(resumed.slots().size() + resumed.alreadyToday()).isLessThanOrEqualTo(10_000);
        assertThat(resumed.skipped()).hasSize(1_000);
        assertThatThrownBy(() -> new CheckPlanner.Settings(10_000, 100, 10)).hasMessageStartingWith("USCIS check settings");
    }
}
