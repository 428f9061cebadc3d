package com.ovconsole.api;

import com.ovconsole.api.model.TaskResource;
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

    /**
     * The wait before the next poll: the backed-off interval, but no longer than the task itself
     * expects to need ({@code expectedDuration} scaled by what is left), so a short task is seen
     * finishing when it finishes rather than up to {@code maxInterval} later. Never below
     * {@code initialInterval}.
     */
    Duration delayBefore(Duration backedOff, TaskResource task) {
        if (task == null || task.expectedDuration() == null || task.expectedDuration() <= 0) {
            return backedOff;
        }
        int left = Math.max(0, 100 - task.percent());
        Duration remaining = Duration.ofMillis(task.expectedDuration() * 10L * left);
        Duration capped = remaining.compareTo(backedOff) < 0 ? remaining : backedOff;
        return capped.compareTo(initialInterval) < 0 ? initialInterval : capped;
    }
}
