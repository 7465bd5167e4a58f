package org.lpodesk.correspondence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a reply the mail server refused is tried again: after 1, 5, 15, 60 and 240 minutes, then
 * no more (the reply is FAILED and a person sends it again). A mail server that is down for a
 * few hours is the usual cause; retrying faster only fills its queue.
 */
public record SendSchedule(List<Duration> delays) {

    public static final SendSchedule DEFAULT = new SendSchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofMinutes(240)));

    public SendSchedule {
        delays = List.copyOf(delays);
    }

    /** The pauses as a firm writes them ({@code lpodesk.mail.retry.delays}): ISO-8601 durations, comma separated. */
    public static SendSchedule parse(String delays) {
        java.util.List<Duration> parsed = new java.util.ArrayList<>();
        for (String part : (delays == null ? "" : delays).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                Duration d = Duration.parse(part.strip());
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException(Messages.format("send.retryDelay", part.strip()));
                }
                parsed.add(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(Messages.format("send.retryDelay", part.strip()), e);
            }
        }
        return new SendSchedule(parsed);
    }

    /** The next attempt after the {@code failures}-th failure at {@code failedAt}; empty when there is none. */
    public Optional<Instant> next(int failures, Instant failedAt) {
        if (failures < 1 || failures > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delays.get(failures - 1)));
    }
}
