package com.ovconsole.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand (the simulator's tasks, sessions and start-up), so nothing sleeps. */
public class ManualClock extends Clock {

    /** The demo's "now": the time the seeded inventory was made for. */
    public static final Instant DEMO_TIME = Instant.parse("2026-11-27T10:15:00Z");

    private volatile Instant now;

    public ManualClock() {
        this(DEMO_TIME);
    }

    public ManualClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
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
