package org.lpodesk.sharing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link BulkCountPort} in memory, for tests and the engine suites; thread-safe. */
public final class InMemoryBulkCounts implements BulkCountPort {

    private record Key(String vendorId, DataCategory category) {
    }

    // vendor and category → person → last day shared
    private final Map<Key, Map<String, LocalDate>> lastShared = new HashMap<>();

    @Override
    public synchronized int count(String vendorId, DataCategory category, LocalDate from) {
        return (int) persons(vendorId, category).values().stream().filter(day -> !day.isBefore(from)).count();
    }

    @Override
    public synchronized Set<String> counted(String vendorId, DataCategory category, LocalDate from,
                                            Set<String> persons) {
        Map<String, LocalDate> known = persons(vendorId, category);
        Set<String> counted = new HashSet<>();
        for (String person : persons) {
            LocalDate day = known.get(person);
            if (day != null && !day.isBefore(from)) {
                counted.add(person);
            }
        }
        return counted;
    }

    @Override
    public synchronized void record(String vendorId, DataCategory category, Set<String> persons, LocalDate sharedOn) {
        Objects.requireNonNull(sharedOn, "sharedOn");
        Map<String, LocalDate> known = lastShared.computeIfAbsent(new Key(vendorId, category), k -> new HashMap<>());
        for (String person : persons) {
            known.merge(person, sharedOn, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private Map<String, LocalDate> persons(String vendorId, DataCategory category) {
        return lastShared.getOrDefault(new Key(vendorId, category), Map.of());
    }
}
