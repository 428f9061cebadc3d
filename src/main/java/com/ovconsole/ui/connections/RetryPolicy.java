package com.ovconsole.ui.connections;

import java.time.Duration;

/**
 * How the connect flow waits for an appliance that is starting (503) or refuses connections:
 * back-off from {@code firstDelay} doubling up to {@code maxDelay}; a starting appliance is
 * waited for up to {@code startingLimit}, a refused connection only {@code refusedAttempts} times
 * (a wrong port must not look like a slow start for fifteen minutes).
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration startingLimit, int refusedAttempts) {

    /** PowerShell's habit: every 5 s at most, up to 15 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofMinutes(15), 3);

    /** The wait before attempt {@code attempt + 1} (attempt counts from 0). */
    public Duration delay(int attempt) {
        long millis = firstDelay.toMillis() << Math.min(attempt, 16);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
