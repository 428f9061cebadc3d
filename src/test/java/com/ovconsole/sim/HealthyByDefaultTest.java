package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standalone simulator as a new user starts it: a plain client (the JDK's HttpClient trusting
 * the demo certificate, not our ApplianceClient) logs in, updates and creates profiles and follows
 * every task to its end. Without flags all of them complete; {@code --faults demo} shows trouble.
 */
class HealthyByDefaultTest {

    private ApplianceSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void onlyPortGivesAPlainConversationWhereEveryTaskCompletes() throws InterruptedException {
        SimulatorConfig config = ApplianceSimulatorMain.parse(new String[] {"--port", "0"});
        simulator = ApplianceSimulator.start(config);
        Conversation talk = new Conversation(new SimClient(simulator, 3800).login(), false);

        List<String> tasks = talk.updateThenCreate(4, "healthy");
        Map<String, String> ends = talk.followToTheEnd(tasks, config.taskSeconds());

        assertThat(ends).hasSize(8);
        assertThat(ends.values()).containsOnly("Completed");
        assertThat(talk.serverErrors).isZero();
        assertThat(talk.clientErrors).isZero();
    }

    @Test
    void faultsDemoEndsSomeTasksInWarningOrError() throws InterruptedException {
        SimulatorConfig config = ApplianceSimulatorMain.parse(
                new String[] {"--port", "0", "--faults", "demo", "--task-seconds", "1"});
        simulator = ApplianceSimulator.start(config);
        Conversation talk = new Conversation(new SimClient(simulator, 3800).login(), true);

        List<String> tasks = talk.updateThenCreate(12, "demo");
        Map<String, String> ends = talk.followToTheEnd(tasks, config.taskSeconds());

        assertThat(ends).hasSize(24);
        assertThat(ends.values()).contains("Completed").containsAnyOf("Warning", "Error");
    }

    /** What a client written from the documentation does; counts the answers it did not expect. */
    private static final class Conversation {
        private final SimClient client;
        private final boolean retryFaults;
        int serverErrors;
        int clientErrors;

        Conversation(SimClient client, boolean retryFaults) {
            this.client = client;
            this.retryFaults = retryFaults;
        }

        /** Updates the first n listed profiles, then creates n new ones; returns the task URIs. */
        List<String> updateThenCreate(int n, String prefix) {
            JsonNode page = SimClient.json(send("GET", "/rest/server-profiles?start=0&count=" + n + "&sort=name:asc",
                    null));
            List<String> tasks = new ArrayList<>();
            for (JsonNode member : page.get("members")) {
                String uri = member.get("uri").asString();
                HttpResponse<String> loaded = send("GET", uri, null);
                ObjectNode profile = (ObjectNode) SimClient.json(loaded);
                profile.put("description", prefix + " edit");
                tasks.add(taskOf(send("PUT", uri, profile.toString(), "If-Match",
                        loaded.headers().firstValue("ETag").orElseThrow())));
            }
            for (int i = 0; i < n; i++) {
                tasks.add(taskOf(send("POST", "/rest/server-profiles", "{\"name\":\"" + prefix + "-new-" + i
                        + "\",\"description\":\"made by a plain client\"}")));
            }
            return tasks;
        }

        /** Polls each task until it is terminal; its end state by URI. */
        Map<String, String> followToTheEnd(List<String> tasks, int taskSeconds) throws InterruptedException {
            Map<String, String> ends = new LinkedHashMap<>();
            // Bounded so a task that never ends fails the test instead of hanging it.
            long deadline = System.nanoTime() + (taskSeconds + 30) * 1_000_000_000L;
            while (ends.size() < tasks.size() && System.nanoTime() < deadline) {
                for (String task : tasks) {
                    if (!ends.containsKey(task)) {
                        JsonNode view = SimClient.json(send("GET", task, null));
                        String state = view.get("taskState").asString();
                        if (List.of("Completed", "Warning", "Error", "Terminated").contains(state)) {
                            ends.put(task, state);
                        }
                    }
                }
                Thread.sleep(200);
            }
            return ends;
        }

        private String taskOf(HttpResponse<String> accepted) {
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            return accepted.headers().firstValue("Location").orElseThrow();
        }

        /** One request; with retryFaults a 500 or a dropped connection is tried again (as a careful client would). */
        private HttpResponse<String> send(String method, String path, String body, String... headers) {
            for (int attempt = 1; ; attempt++) {
                try {
                    HttpResponse<String> response = client.send(method, path, body, headers);
                    if (response.statusCode() >= 500) {
                        serverErrors++;
                        if (retryFaults && attempt < 5) {
                            continue;
                        }
                    } else if (response.statusCode() >= 400) {
                        clientErrors++;
                    }
                    return response;
                } catch (UncheckedIOException dropped) {
                    if (!retryFaults || attempt >= 5) {
                        throw dropped;
                    }
                }
            }
        }
    }
}
