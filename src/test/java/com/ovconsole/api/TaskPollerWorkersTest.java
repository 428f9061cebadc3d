package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production poller's threads: polls of many tasks run side by side on the worker pool. */
class TaskPollerWorkersTest {

    private static final int TASKS = 6;
    private static final PollPolicy QUICK = new PollPolicy(Duration.ZERO, Duration.ofMillis(50),
            Duration.ofMillis(50), Duration.ofSeconds(30));

    private final CountDownLatch allInFlight = new CountDownLatch(TASKS);
    private final CountDownLatch allFinished = new CountDownLatch(TASKS);
    private final List<TaskEvent> events = new CopyOnWriteArrayList<>();
    private TestAppliance appliance;
    private ApplianceClient client;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}");
        for (int i = 0; i < TASKS; i++) {
            // Each answer waits until every task has a request in flight: only parallel polls get there.
            appliance.route("/rest/tasks/task-" + i, exchange -> {
                allInFlight.countDown();
                boolean together = await(allInFlight);
                TestAppliance.reply(exchange, 200, TestAppliance.resource("task-running.json")
                        .replace("\"taskState\": \"Running\"", "\"taskState\": \""
                                + (together ? "Completed" : "Running") + "\""));
            });
        }
        client = VersionNegotiationTest.pinned(appliance);
        client.negotiate();
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void pollsOfManyTasksAreInFlightTogetherOnTheWorkerPool() throws Exception {
        try (TaskPoller poller = TaskPoller.create(QUICK, TASKS)) {
            for (int i = 0; i < TASKS; i++) {
                poller.watch(client, new TaskRef("/rest/tasks/task-" + i), event -> {
                    events.add(event);
                    if (event instanceof TaskEvent.Finished) {
                        allFinished.countDown();
                    }
                });
            }
            assertThat(allInFlight.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(allFinished.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(events).filteredOn(TaskEvent.Finished.class::isInstance).hasSize(TASKS);
    }

    @Test
    void aPollerNeedsAtLeastOneWorker() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> TaskPoller.create(PollPolicy.DEFAULT, 0));
    }
}
