package com.ovconsole.api;

import java.time.Duration;

/**
 * How a task is polled: a quick first look right after creation, then an interval that doubles
 * from {@code initialInterval} up to {@code maxInterval}; network trouble is ridden out for
 * {@code grace} before watching stops.
 */
public record PollPolicy(Duration firstDelay, Duration initialInterval, Duration maxInterval, Duration grace) {

    /** 0.5 s, then 1 s doubling to 10 s; 90 s of grace (what the Python SDK does). */
    public static final PollPolicy DEFAULT = new PollPolicy(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofSeconds(90));

    Duration next(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    }
}
