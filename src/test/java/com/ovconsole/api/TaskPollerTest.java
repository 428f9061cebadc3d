package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.model.TaskState;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskPollerTest {

    private static final String TASK = "/rest/tasks/BA3C8C84-4122-4A40-A3C3-D86CE9EDB5ED";
    private static final String DROP = "drop";

    private final ManualScheduler scheduler = new ManualScheduler();
    private final TaskPoller poller = new TaskPoller(scheduler, scheduler, PollPolicy.DEFAULT);
    private final List<TaskEvent> events = new CopyOnWriteArrayList<>();
    private final Deque<String> script = new ArrayDeque<>();
    private TestAppliance appliance;
    private ApplianceClient client;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}")
                .route(TASK, this::scripted);
        client = VersionNegotiationTest.pinned(appliance);
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    @Test
    void pollsWithBackOffUntilCompleted() {
        script.add(task("Starting"));
        script.add(task("Running"));
        script.add(task("Running"));
        script.add(task("Running"));
        script.add(task("Running"));
        script.add(task("Running"));
        script.add(task("Completed"));

        TaskWatch watch = poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(20);

        assertThat(scheduler.delays).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        assertThat(events).hasSize(7).last().isInstanceOf(TaskEvent.Finished.class);
        assertThat(((TaskEvent.Finished) events.get(6)).resource().percent()).isEqualTo(100);
        assertThat(watch.isWatching()).isFalse();
    }

    @Test
    void warningIsATerminalSuccessAndErrorCarriesTheTaskErrors() {
        script.add(task("Warning"));
        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(5);
        TaskEvent.Finished warning = (TaskEvent.Finished) events.get(0);
        assertThat(warning.resource().state().isSuccess()).isTrue();

        events.clear();
        script.add(TestAppliance.resource("task-error.json"));
        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(5);

        TaskEvent.Finished error = (TaskEvent.Finished) events.get(0);
        assertThat(error.resource().state()).isEqualTo(TaskState.ERROR);
        assertThat(error.resource().taskErrors().get(0).errorCode()).isEqualTo("MacTypeDiffGlobalMacType");
    }

    @Test
    void unknownStateKeepsPollingAndKeepsTheRawValue() {
        script.add(task("Reticulating"));
        script.add(task("Completed"));

        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(5);

        TaskEvent.Progress progress = (TaskEvent.Progress) events.get(0);
        assertThat(progress.resource().state()).isEqualTo(TaskState.UNKNOWN);
        assertThat(progress.resource().taskState()).isEqualTo("Reticulating");
        assertThat(events.get(1)).isInstanceOf(TaskEvent.Finished.class);
    }

    @Test
    void deletedTaskIsReportedGone() {
        poller.watch(client, new TaskRef(TASK), events::add);
        appliance.route(TASK, exchange -> TestAppliance.reply(exchange, 404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\"}"));
        scheduler.runAll(5);

        assertThat(events).containsExactly(new TaskEvent.Gone(new TaskRef(TASK)));
    }

    @Test
    void droppedConnectionsAreRiddenOutThenPollingResumes() {
        script.add(DROP);
        script.add(DROP);
        script.add(task("Completed"));

        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(10);

        assertThat(events).hasSize(3);
        TaskEvent.Reconnecting second = (TaskEvent.Reconnecting) events.get(1);
        assertThat(second.failingFor()).isEqualTo(Duration.ofSeconds(1));
        assertThat(second.cause()).isInstanceOf(TransportException.class);
        assertThat(events.get(2)).isInstanceOf(TaskEvent.Finished.class);
    }

    @Test
    void applianceStartingIsRiddenOutLikeANetworkDrop() {
        script.add("503");
        script.add(task("Completed"));

        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(5);

        assertThat(((TaskEvent.Reconnecting) events.get(0)).cause()).isInstanceOf(ApplianceStartingException.class);
        assertThat(events.get(1)).isInstanceOf(TaskEvent.Finished.class);
    }

    @Test
    void forbiddenTaskStopsWatchingWithTheApplianceError() {
        script.add("403");

        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(5);

        TaskEvent.StoppedWatching stopped = (TaskEvent.StoppedWatching) events.get(0);
        assertThat(((ApplianceErrorException) stopped.cause()).status()).isEqualTo(403);
        assertThat(events).hasSize(1);
    }

    @Test
    void networkTroubleLongerThanTheGracePeriodStopsWatching() {
        for (int i = 0; i < 30; i++) {
            script.add(DROP);
        }

        poller.watch(client, new TaskRef(TASK), events::add);
        scheduler.runAll(30);

        TaskEvent last = events.get(events.size() - 1);
        assertThat(last).isInstanceOf(TaskEvent.StoppedWatching.class);
        // 0.5 s, then failures at +1, +2, +4, +8, +10 ... : the first beyond 90 s of failing stops it.
        assertThat(events.subList(0, events.size() - 1)).allMatch(e -> e instanceof TaskEvent.Reconnecting);
        TaskEvent.Reconnecting lastRetry = (TaskEvent.Reconnecting) events.get(events.size() - 2);
        assertThat(lastRetry.failingFor()).isLessThanOrEqualTo(Duration.ofSeconds(90));
        assertThat(events).hasSize(13);
    }

    @Test
    void expiredSessionDuringPollingLogsInAgainAndResumes() {
        AtomicInteger logins = new AtomicInteger();
        appliance.route("/rest/login-sessions", exchange -> TestAppliance.reply(exchange, 200,
                "{\"sessionID\":\"session-" + logins.incrementAndGet() + "\"}"));
        appliance.route(TASK, exchange -> {
            boolean fresh = "session-2".equals(exchange.getRequestHeaders().getFirst("auth"));
            TestAppliance.reply(exchange, fresh ? 200 : 401, fresh ? task("Completed")
                    : "{\"errorCode\":\"AUTHN_SESSION_INVALID\",\"message\":\"Session expired\"}");
        });
        ApplianceClient relogging = ApplianceClient.builder(appliance.address())
                .pinnedSha256(TestAppliance.fingerprint("appliance-a"))
                .reloginHook((address, user) -> Optional.of(new Credentials(user, "pw".toCharArray(), "LOCAL", false)))
                .build();
        relogging.login(new Credentials("alice", "pw".toCharArray(), "LOCAL", false));

        poller.watch(relogging, new TaskRef(TASK), events::add);
        scheduler.runAll(5);

        assertThat(events).singleElement().isInstanceOf(TaskEvent.Finished.class);
        assertThat(logins).hasValue(2);
    }

    @Test
    void stoppedWatchDeliversNothingMore() {
        script.add(task("Running"));
        script.add(task("Running"));
        TaskWatch watch = poller.watch(client, new TaskRef(TASK), event -> {
            events.add(event);
        });
        scheduler.runAll(1);
        watch.stop();
        scheduler.runAll(5);

        assertThat(events).hasSize(1);
        assertThat(appliance.requestsTo(TASK)).hasSize(1);
    }

    private void scripted(HttpExchange exchange) throws IOException {
        String next = script.isEmpty() ? task("Running") : script.poll();
        if (DROP.equals(next)) {
            // Headers promise 4 KiB, the connection ends after a few bytes: a drop the JDK does not retry.
            exchange.sendResponseHeaders(200, 4096);
            exchange.getResponseBody().write("{\"uri\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            exchange.close();
            return;
        }
        if (next.matches("\\d{3}")) {
            TestAppliance.reply(exchange, Integer.parseInt(next), "{\"errorCode\":\"E" + next + "\",\"message\":\"m\"}");
            return;
        }
        TestAppliance.reply(exchange, 200, next);
    }

    private static String task(String state) {
        return TestAppliance.resource("task-running.json").replace("\"taskState\": \"Running\"",
                "\"taskState\": \"" + state + "\"");
    }
}
