package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskEvent;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.TaskRef;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watches one task with the real {@link TaskPoller} (short intervals) and hands the test its
 * events in order, so it can move the simulator's clock between them.
 */
final class PolledTask implements AutoCloseable {

    static final PollPolicy QUICK = new PollPolicy(Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(100), Duration.ofSeconds(5));

    private final TaskPoller poller = TaskPoller.create(QUICK);
    private final BlockingQueue<TaskEvent> events = new LinkedBlockingQueue<>();

    PolledTask(ApplianceClient client, TaskRef task) {
        poller.watch(client, task, events::add);
    }

    /** The next event, failing the test when none comes within 10 s. */
    TaskEvent next() {
        try {
            TaskEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a task event within 10 s").isNotNull();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips progress events up to the last one. */
    TaskEvent.Finished finished() {
        TaskEvent event = next();
        while (event instanceof TaskEvent.Progress) {
            event = next();
        }
        assertThat(event).isInstanceOf(TaskEvent.Finished.class);
        return (TaskEvent.Finished) event;
    }

    @Override
    public void close() {
        poller.close();
    }
}
