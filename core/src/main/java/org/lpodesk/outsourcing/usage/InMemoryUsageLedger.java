package org.lpodesk.outsourcing.usage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A thread-safe ledger in memory, for tests and the engine suites. */
public final class InMemoryUsageLedger implements UsageLedger {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryUsageLedger.class);

    private final ConcurrentMap<String, UsageRecord> byTaskId = new ConcurrentHashMap<>();

    @Override
    public boolean record(UsageRecord record) {
        Objects.requireNonNull(record, "record");
        UsageRecord existing = byTaskId.putIfAbsent(record.taskId(), record);
        if (existing != null && !existing.equals(record)) {
            // A retry that computed different figures (a later clock, say): the first record stands.
            LOG.debug("Task {} is already recorded; kept {} and ignored {}", record.taskId(), existing, record);
        }
        return existing == null;
    }

    @Override
    public Optional<UsageRecord> find(String taskId) {
        return taskId == null ? Optional.empty() : Optional.ofNullable(byTaskId.get(taskId));
    }

    @Override
    public List<UsageRecord> delivered(String vendorId, Instant fromInclusive, Instant toExclusive) {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        return byTaskId.values().stream()
                .filter(r -> r.vendorId().equals(vendorId))
                .filter(r -> !r.delivered().isBefore(fromInclusive) && r.delivered().isBefore(toExclusive))
                .sorted(Comparator.comparing(UsageRecord::delivered).thenComparing(UsageRecord::taskId))
                .collect(Collectors.toUnmodifiableList());
    }

    /** Every record, any vendor, any month. */
    public int size() {
        return byTaskId.size();
    }
}
