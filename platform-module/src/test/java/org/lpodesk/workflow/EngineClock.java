package org.lpodesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The engine's clock as a java.time clock, so beans and timers agree when a test moves time. */
final class EngineClock extends Clock {

    private final org.activiti.engine.runtime.Clock engineClock;
    private final ZoneId zone;

    EngineClock(org.activiti.engine.runtime.Clock engineClock) {
        this(engineClock, ZoneOffset.UTC);
    }

    private EngineClock(org.activiti.engine.runtime.Clock engineClock, ZoneId zone) {
        this.engineClock = engineClock;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new EngineClock(engineClock, newZone);
    }

    @Override
    public Instant instant() {
        return engineClock.getCurrentTime().toInstant();
    }
}
