package com.ovconsole.api;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a poll later. A seam: production wraps a ScheduledExecutorService, tests step by hand. */
@FunctionalInterface
public interface PollScheduler {

    void schedule(Runnable poll, Duration delay);

    static PollScheduler of(ScheduledExecutorService executor) {
        return (poll, delay) -> executor.schedule(poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** {@code timer} only keeps time; each due poll runs on {@code workers}. */
    static PollScheduler of(ScheduledExecutorService timer, Executor workers) {
        return (poll, delay) -> timer.schedule(() -> {
            try {
                workers.execute(poll);
            } catch (RejectedExecutionException closing) {
                // The poller is closing: the poll is dropped with it.
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
