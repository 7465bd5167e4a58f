package org.lpodesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The engine's clock as a java.time clock, so beans and timers agree when a test moves time. */
final class EngineClock extends Clock {

    private final org.activiti.engine.runtime.Clock engineClock;

    EngineClock(org.activiti.engine.runtime.Clock engineClock) {
        this.engineClock = engineClock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine clock has no zone");
    }

    @Override
    public Instant instant() {
        return engineClock.getCurrentTime().toInstant();
    }
}
