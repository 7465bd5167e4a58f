package org.lpodesk.uscis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.notice.NoticeKind;

class StatusRunTest {

    private static final Instant START = Instant.parse("2026-12-02T07:00:00Z");

    /** A clock that the run's sleeps and the checker's own time move forward. */
    private static final class StepClock extends Clock {
        private Instant now = START;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<ReceiptNumber> receipts(int n) {
        List<ReceiptNumber> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(ReceiptNumber.parse(String.format("IOE%010d", 9_000_000_000L + i)));
        }
        return all;
    }

    @Test
    void tenThousandReceiptsNeverExceedTheRateOrTheDailyBudget() {
        CheckPlanner.Settings settings = new CheckPlanner.Settings(10_000, 10, 10);
        StepClock clock = new StepClock();
        List<Instant> requests = new ArrayList<>();
        List<StatusCheck> stored = new ArrayList<>();
        CheckPlanner.Plan plan = new CheckPlanner(settings).plan(receipts(10_000), Set.of(), clock.instant());
        StatusRun.Report report = new StatusRun(settings, clock, clock::advance).run(plan, (receipt, by) -> {
            requests.add(clock.instant());
            // every 100th request is slowed by USCIS's "wait" answers for three seconds
            clock.advance(requests.size() % 100 == 0 ? Duration.ofSeconds(3) : Duration.ofMillis(40));
            return StatusCheck.good(receipt, clock.instant(), by, StatusSource.API, "I-485", "Case Was Received", "",
                    Optional.empty());
        }, stored::add, "system");

        assertThat(report.checked()).isEqualTo(9_000).isEqualTo(stored.size());
        assertThat(report.skipped()).hasSize(1_000);
        for (int i = 10; i < requests.size(); i++) {
            // any ten consecutive requests span at least a second: never more than 10 a second
            assertThat(Duration.between(requests.get(i - 10), requests.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        for (int i = 1; i < requests.size(); i++) {
            assertThat(Duration.between(requests.get(i - 1), requests.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        }
        // 9,000 at 10/s, spaced 5% wider, is 945 s; the 90 slow answers add their 3 s each at most, and the
        // late slots do not bunch up
        assertThat(report.took()).isBetween(Duration.ofMillis(8_999 * 105), Duration.ofMillis(8_999 * 105 + 90 * 3_000 + 1_000));
    }

    @Test
    void refusedCredentialsStopTheRunAndLeaveTheRestReported() {
        CheckPlanner.Settings settings = new CheckPlanner.Settings(100, 0, 10);
        StepClock clock = new StepClock();
        List<StatusCheck> stored = new ArrayList<>();
        CheckPlanner.Plan plan = new CheckPlanner(settings).plan(receipts(5), Set.of(), clock.instant());
        StatusRun.Report report = new StatusRun(settings, clock, clock::advance).run(plan, (receipt, by) -> {
            if (stored.size() == 2) {
                throw new CaseStatusApi.CredentialsRefusedException("refused");
            }
            return StatusCheck.good(receipt, clock.instant(), by, StatusSource.API, "", "Case Was Received", "", Optional.empty());
        }, stored::add, "system");
        assertThat(report.credentialsRefused()).isTrue();
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.left()).containsExactlyElementsOf(receipts(5).subList(2, 5));
    }

    @Test
    void aCheckTheRepositoryCouldNotStoreIsCountedAndTheRunGoesOn() {
        CheckPlanner.Settings settings = new CheckPlanner.Settings(100, 0, 10);
        StepClock clock = new StepClock();
        List<StatusCheck> stored = new ArrayList<>();
        CheckPlanner.Plan plan = new CheckPlanner(settings).plan(receipts(4), Set.of(), clock.instant());
        StatusRun.Report report = new StatusRun(settings, clock, clock::advance).run(plan,
                (receipt, by) -> receipt.value().endsWith("1")
                        ? StatusCheck.failed(receipt, clock.instant(), by, StatusSource.API, "HTTP 503")
                        : StatusCheck.good(receipt, clock.instant(), by, StatusSource.API, "", "Case Was Received", "", Optional.empty()),
                check -> {
                    if (check.receiptNumber().value().endsWith("2")) {
                        throw new IllegalStateException("database down");
                    }
                    stored.add(check);
                }, "system");
        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.notRecorded()).isEqualTo(1);
        assertThat(stored).extracting(c -> c.receiptNumber().value()).doesNotContain("IOE9000000002");
    }

    @Test
    void aManualRecordFollowsTheSameRulesWhoeverMakesIt() {
        Instant now = START;
        StatusCheck ok = ManualStatus.check(" EAC2190012345 ", " Case Was Received ", "We received your Form I-140",
                "I-140", Optional.of(now.minus(Duration.ofDays(2))), now, "pat");
        assertThat(ok.source()).isEqualTo(StatusSource.MANUAL);
        assertThat(ok.statusText()).isEqualTo("Case Was Received");
        assertThat(ok.checkedBy()).isEqualTo("pat");
        assertThatThrownBy(() -> ManualStatus.check("EAC219001234", "Case Was Received", "", "", Optional.empty(), now, "pat"))
                .hasMessageContaining("EAC219001234");
        assertThatThrownBy(() -> ManualStatus.check("EAC2190012345", "  ", "", "", Optional.empty(), now, "pat"))
                .hasMessage("Record the status title the USCIS page showed for EAC2190012345 (e.g. \"Case Was Received\").");
        assertThatThrownBy(() -> ManualStatus.check("EAC2190012345", "x".repeat(201), "", "", Optional.empty(), now, "pat"))
                .hasMessageStartingWith("A status title has at most 200 characters");
        assertThatThrownBy(() -> ManualStatus.check("EAC2190012345", "Case Was Received", "", "",
                Optional.of(now.plusSeconds(3600)), now, "pat"))
                .hasMessage("The date USCIS last changed the case cannot be in the future.");
    }

    @Test
    void anOldNoticeFiledAfterANewerStatusIsHistoryNotTheCurrentStatus() {
        ReceiptNumber ioe = ReceiptNumber.parse("IOE0912345678");
        // the RFE notice of 24 November is filed first, the receipt notice of 6 August after it (the demo's order)
        StatusCheck rfe = NoticeStatus.check(ioe, NoticeKind.RFE, Instant.parse("2026-11-24T05:00:00Z"), START, "pat");
        StatusCheck receipt = NoticeStatus.check(ioe, NoticeKind.RECEIPT, Instant.parse("2026-08-06T04:00:00Z"),
                START.plusSeconds(1), "pat");
        StatusLog log = StatusLog.empty(ioe).with(rfe);
        assertThat(log.wouldChange(receipt)).as("an earlier event is no change of today's status").isFalse();
        StatusLog both = log.with(receipt);
        assertThat(both.last()).contains(rfe);
        assertThat(both.changes()).extracting(c -> c.to().statusText())
                .containsExactly("Case Was Received", "Request for Evidence Was Sent");
        // a look at USCIS's page holds at the moment it was made, whatever USCIS's modified date
        StatusCheck approved = StatusCheck.good(ioe, START.plusSeconds(3600), "paula", StatusSource.MANUAL, "I-140",
                "Case Was Approved", "", Optional.of(Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(both.wouldChange(approved)).isTrue();
        assertThat(both.with(approved).last()).contains(approved);
    }

    @Test
    void aNoticeIsAnEntryUnderUscissOwnTitleSoThatTheApiSeeingTheSameEventIsNoChange() {
        ReceiptNumber eac = ReceiptNumber.parse("EAC2190012345");
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(NoticeStatus.titleOf(kind)).as(kind.name()).isNotBlank();
        }
        assertThat(StatusMeaning.of(NoticeStatus.titleOf(NoticeKind.RFE))).isEqualTo(StatusMeaning.EVIDENCE_REQUESTED);
        assertThat(StatusMeaning.of(NoticeStatus.titleOf(NoticeKind.NOID))).isEqualTo(StatusMeaning.INTENT_NOTICE);
        assertThat(StatusMeaning.of(NoticeStatus.titleOf(NoticeKind.APPROVAL))).isEqualTo(StatusMeaning.APPROVED);
        assertThat(StatusMeaning.of(NoticeStatus.titleOf(NoticeKind.DENIAL))).isEqualTo(StatusMeaning.DENIED);
        assertThat(StatusMeaning.of(NoticeStatus.titleOf(NoticeKind.REVOCATION))).isEqualTo(StatusMeaning.OTHER);
        StatusCheck fromNotice = NoticeStatus.check(eac, NoticeKind.RFE, Instant.parse("2026-11-30T05:00:00Z"), START, "pat");
        StatusLog log = StatusLog.empty(eac).with(fromNotice);
        assertThat(fromNotice.source()).isEqualTo(StatusSource.NOTICE);
        assertThat(fromNotice.uscisModified()).contains(Instant.parse("2026-11-30T05:00:00Z"));
        assertThat(log.wouldChange(StatusCheck.good(eac, START.plusSeconds(60), "system", StatusSource.API, "I-140",
                "Request for Evidence Was Sent", "", Optional.empty()))).isFalse();
    }
}
