package com.ovconsole.api;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a poll later. A seam: production wraps a ScheduledExecutorService, tests step by hand. */
@FunctionalInterface
public interface PollScheduler {

    void schedule(Runnable poll, Duration delay);

    static PollScheduler of(ScheduledExecutorService executor) {
        return (poll, delay) -> executor.schedule(poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
