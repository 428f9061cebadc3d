package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TasksTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private SimClient start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(10).taskSeconds(10).build());
        return new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static String createProfile(SimClient client, String name) {
        HttpResponse<String> accepted = client.send("POST", "/rest/server-profiles", "{\"name\":\"" + name + "\"}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        return SimClient.json(accepted).get("uri").asString();
    }

    @Test
    void taskMovesFromNewThroughRunningToCompletedAsTheClockAdvances() {
        SimClient client = start(SimulatorConfig.builder());
        String taskUri = createProfile(client, "web-frontend-901");

        List<String> states = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        List<Integer> eTags = new ArrayList<>();
        for (int second = 0; second <= 11; second++) {
            JsonNode task = SimClient.json(client.get(taskUri));
            states.add(task.get("taskState").asString());
            percents.add(task.get("percentComplete").asInt());
            eTags.add(Integer.parseInt(task.get("eTag").asString()));
            assertThat(task.get("computedPercentComplete").asInt()).isEqualTo(task.get("percentComplete").asInt());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(states.get(0)).isEqualTo("New");
        assertThat(states.get(1)).isEqualTo("Starting");
        assertThat(states).contains("Running");
        assertThat(states.get(states.size() - 1)).isEqualTo("Completed");
        assertThat(percents).isSorted().endsWith(100);
        assertThat(eTags).isSorted();
        JsonNode done = SimClient.json(client.get(taskUri));
        assertThat(done.get("progressUpdates").size()).isGreaterThanOrEqualTo(3);
        assertThat(done.get("associatedResource").get("resourceCategory").asString()).isEqualTo("server-profiles");
        assertThat(done.get("name").asString()).isEqualTo("Create");
        assertThat(done.get("owner").asString()).isEqualTo("Administrator");
    }

    /** Creates a profile, lets its task run to the end and returns the final task. */
    private JsonNode finishedCreateTask(SimClient client, String name) {
        String taskUri = createProfile(client, name);
        clock.advance(Duration.ofSeconds(10));
        return SimClient.json(client.get(taskUri));
    }

    @Test
    void errorTasksCarryTaskErrorsWithRecommendedActionsAndNestedErrors() {
        SimClient client = start(SimulatorConfig.builder().taskErrorRate(1.0));
        JsonNode task = finishedCreateTask(client, "sql-cluster-901");

        assertThat(task.get("taskState").asString()).isEqualTo("Error");
        assertThat(task.get("percentComplete").asInt()).isEqualTo(100);
        JsonNode error = task.get("taskErrors").get(0);
        assertThat(error.get("errorCode").asString()).isNotBlank();
        assertThat(error.get("recommendedActions")).isNotEmpty();
        assertThat(error.get("nestedErrors")).isNotEmpty();
        String profileUri = task.get("associatedResource").get("resourceUri").asString();
        assertThat(client.get(profileUri).statusCode()).isEqualTo(404);
    }

    @Test
    void warningTasksSayWhyInTheirLastProgressUpdate() {
        SimClient client = start(SimulatorConfig.builder().taskWarningRate(1.0));
        JsonNode task = finishedCreateTask(client, "hana-db-901");

        assertThat(task.get("taskState").asString()).isEqualTo("Warning");
        JsonNode updates = task.get("progressUpdates");
        assertThat(updates.get(updates.size() - 1).get("statusUpdate").asString()).contains("warning");
        assertThat(client.get(task.get("associatedResource").get("resourceUri").asString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void outcomesAreTheSameForTheSameSeed() {
        List<String> first = outcomes(7);
        List<String> second = outcomes(7);

        assertThat(first).isEqualTo(second).contains("Completed").containsAnyOf("Warning", "Error");
    }

    private List<String> outcomes(long seed) {
        SimClient client = start(SimulatorConfig.builder().seed(seed).taskWarningRate(0.3).taskErrorRate(0.3));
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            uris.add(createProfile(client, "k8s-worker-9" + i));
        }
        clock.advance(Duration.ofSeconds(10));
        List<String> states = new ArrayList<>();
        uris.forEach(uri -> states.add(SimClient.json(client.get(uri)).get("taskState").asString()));
        simulator.close();
        simulator = null;
        return states;
    }

    @Test
    void taskCollectionFiltersByStateAndSortsNewestFirst() {
        SimClient client = start(SimulatorConfig.builder());
        String first = createProfile(client, "vdi-host-901");
        clock.advance(Duration.ofSeconds(10));
        String second = createProfile(client, "vdi-host-902");

        JsonNode running = SimClient.json(client.get("/rest/tasks?filter=taskState='New'"));
        JsonNode all = SimClient.json(client.get("/rest/tasks?sort=created:desc"));
        JsonNode children = SimClient.json(client.get("/rest/tasks?filter=parentTaskUri='" + first + "'"));

        assertThat(running.get("members")).hasSize(1);
        assertThat(running.get("members").get(0).get("uri").asString()).isEqualTo(second);
        assertThat(all.get("members").get(0).get("uri").asString()).isEqualTo(second);
        assertThat(all.get("members").get(1).get("uri").asString()).isEqualTo(first);
        assertThat(children.get("total").asInt()).isZero();
    }

    @Test
    void unknownTaskAnswers404WithErrorMessage() {
        SimClient client = start(SimulatorConfig.builder());
        HttpResponse<String> response = client.get("/rest/tasks/NO-SUCH-TASK");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("RESOURCE_NOT_FOUND");
    }
}
