package com.ovconsole.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A scheduler and clock the test steps by hand: running a job moves the clock to its due time.
 * Hand the same object to a simulator ({@code SimulatorConfig.Builder.clock}) and its tasks advance
 * with the polls.
 */
public final class ManualScheduler extends Clock implements PollScheduler {

    private record Job(Instant due, long order, Runnable poll) {
    }

    private final PriorityQueue<Job> jobs = new PriorityQueue<>(
            Comparator.comparing(Job::due).thenComparingLong(Job::order));
    public final List<Duration> delays = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private long order;

    @Override
    public synchronized void schedule(Runnable poll, Duration delay) {
        delays.add(delay);
        jobs.add(new Job(now.plus(delay), order++, poll));
    }

    /** Runs due jobs one by one until none is left or {@code max} ran; returns how many ran. */
    public int runAll(int max) {
        int ran = 0;
        Job job;
        while (ran < max && (job = next()) != null) {
            job.poll().run();
            ran++;
        }
        return ran;
    }

    private synchronized Job next() {
        Job job = jobs.poll();
        if (job != null) {
            now = job.due();
        }
        return job;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
