package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChildTasksTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private SimClient start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(3).taskSeconds(9).build());
        return new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** PUTs the first profile back with a new description; returns the update task's URI. */
    private String updateFirstProfile(SimClient client) {
        String path = "/rest/server-profiles/" + simulator.profileIds().get(0);
        ObjectNode profile = (ObjectNode) SimClient.json(client.get(path));
        String eTag = profile.get("eTag").asString();
        HttpResponse<String> accepted = client.send("PUT", path, profile.put("description", "moved").toString(),
                "If-Match", eTag);
        assertThat(accepted.statusCode()).isEqualTo(202);
        return SimClient.json(accepted).get("uri").asString();
    }

    private static List<JsonNode> children(SimClient client, String parentUri) {
        String filter = URLEncoder.encode("parentTaskUri='" + parentUri + "'", StandardCharsets.UTF_8);
        List<JsonNode> found = new ArrayList<>();
        SimClient.json(client.get("/rest/tasks?filter=" + filter)).get("members").forEach(found::add);
        return found;
    }

    @Test
    void aProfileUpdateHasChildTasksOfItsOwnThatEndOneAfterAnother() {
        SimClient client = start(SimulatorConfig.builder());
        String parentUri = updateFirstProfile(client);

        List<JsonNode> children = children(client, parentUri);
        assertThat(children).extracting(child -> child.get("name").asString())
                .containsExactly("Configure connections", "Apply firmware baseline", "Apply BIOS settings");
        for (JsonNode child : children) {
            assertThat(child.get("parentTaskUri").asString()).isEqualTo(parentUri);
            JsonNode own = SimClient.json(client.get(child.get("uri").asString()));
            assertThat(own.get("parentTaskUri").asString()).isEqualTo(parentUri);
            assertThat(own.get("taskState").asString()).isEqualTo("New");
        }
        assertThat(SimClient.json(client.get(parentUri)).get("parentTaskUri").isNull()).isTrue();

        clock.advance(Duration.ofSeconds(4));
        assertThat(children(client, parentUri)).extracting(child -> child.get("taskState").asString())
                .containsExactly("Completed", "Running", "Running");
        clock.advance(Duration.ofSeconds(5));
        assertThat(children(client, parentUri)).extracting(child -> child.get("taskState").asString())
                .containsExactly("Completed", "Completed", "Completed");
        assertThat(SimClient.json(client.get(parentUri)).get("taskState").asString()).isEqualTo("Completed");
    }

    @Test
    void theLastChildCarriesTheParentsErrorAndThePlainListShowsNoChildren() {
        SimClient client = start(SimulatorConfig.builder().taskErrorRate(1.0));
        String parentUri = updateFirstProfile(client);
        clock.advance(Duration.ofSeconds(9));

        assertThat(children(client, parentUri)).extracting(child -> child.get("taskState").asString())
                .containsExactly("Completed", "Completed", "Error");
        assertThat(SimClient.json(client.get(parentUri)).get("taskState").asString()).isEqualTo("Error");
        JsonNode all = SimClient.json(client.get("/rest/tasks")).get("members");
        assertThat(all).extracting(task -> task.get("uri").asString()).containsExactly(parentUri);
    }
}
