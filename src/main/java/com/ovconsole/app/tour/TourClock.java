package com.ovconsole.app.tour;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tour's clock, shared by the simulators and the console: it stands still unless the tour
 * moves it, so every date, age, progress and ETA on screen is the same on every run.
 */
final class TourClock extends Clock {

    /** A Monday morning: the date every tour picture shows. */
    static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    TourClock() {
        this(new AtomicReference<>(START), ZoneOffset.UTC);
    }

    private TourClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves time on (tasks progress, sessions age, a starting appliance gets further). */
    void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TourClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
