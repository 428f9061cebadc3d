package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ovconsole.api.model.TaskState;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class WriteResultTest {

    private static final String TASK_URI = "/rest/tasks/DCB672A9-BC74-49DB-9D8F-798F3E82EC4C";

    private final ObjectNode profile = JsonMapper.builder().build().createObjectNode().put("name", "web-1")
            .put("futureField", 42);
    private TestAppliance appliance;
    private ApplianceClient client;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}");
        client = VersionNegotiationTest.pinned(appliance);
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    @Test
    void acceptedWithAbsoluteLocationKeepsThePathFromRest() {
        appliance.route("/rest/server-profiles", exchange -> {
            exchange.getResponseHeaders().set("Location", "https://ov.example.com" + TASK_URI);
            TestAppliance.reply(exchange, 202, null);
        });

        WriteResult result = client.post("/rest/server-profiles", profile);

        assertThat(result).isEqualTo(new WriteResult.Accepted(new TaskRef(TASK_URI), Optional.empty()));
        assertThat(appliance.requestsTo("/rest/server-profiles").get(0).bodyText()).contains("\"futureField\":42");
    }

    @Test
    void acceptedWithXTaskUriHeader() {
        appliance.route("/rest/backups", exchange -> {
            exchange.getResponseHeaders().set("X-Task-URI", TASK_URI);
            TestAppliance.reply(exchange, 202, null);
        });

        WriteResult.Accepted accepted = (WriteResult.Accepted) client.post("/rest/backups", null);

        assertThat(accepted.task().uri()).isEqualTo(TASK_URI);
    }

    @Test
    void acceptedWithOnlyTheTaskInTheBody() {
        appliance.json("/rest/server-profiles/1", 202, TestAppliance.resource("task-running.json"));

        WriteResult.Accepted accepted = (WriteResult.Accepted) client.put("/rest/server-profiles/1", profile, new ETag("42"));

        assertThat(accepted.task().uri()).isEqualTo(TASK_URI);
        assertThat(accepted.initial().orElseThrow().state()).isEqualTo(TaskState.RUNNING);
        assertThat(accepted.initial().orElseThrow().progressUpdates()).hasSize(2);
    }

    @Test
    void synchronousCreateReturnsTheResourceWithItsEtag() {
        appliance.route("/rest/server-profiles", exchange -> {
            exchange.getResponseHeaders().set("ETag", "W/\"1526058827348/42\"");
            TestAppliance.reply(exchange, 201, "{\"name\":\"web-1\",\"eTag\":\"old\"}");
        });

        WriteResult.Done done = (WriteResult.Done) client.post("/rest/server-profiles", profile);

        assertThat(done.resource().orElseThrow().eTag()).isEqualTo(new ETag("1526058827348/42"));
    }

    @Test
    void deleteWithNoContentIsDoneWithoutBody() {
        appliance.json("/rest/server-profiles/1", 204, null);

        assertThat(client.delete("/rest/server-profiles/1", null)).isEqualTo(new WriteResult.Done(Optional.empty()));
    }

    @Test
    void putRefusesAStarOrMissingEtag() {
        assertThatThrownBy(() -> client.put("/rest/server-profiles/1", profile, new ETag("*")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never '*'");
        assertThatThrownBy(() -> client.put("/rest/server-profiles/1", profile, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getKeepsTheTreeAndTheStrippedEtagAndIfNoneMatchSeesNotModified() {
        appliance.route("/rest/server-profiles/1", exchange -> {
            if ("\"7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                TestAppliance.reply(exchange, 304, null);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"7\"");
            TestAppliance.reply(exchange, 200, TestAppliance.resource("server-profile-v9.json"));
        });

        Resource<com.ovconsole.api.model.ServerProfileSummary> read = client.get("/rest/server-profiles/1",
                com.ovconsole.api.model.ServerProfileSummary.class);
        Optional<Resource<JsonNode>> again = client.getIfNoneMatch("/rest/server-profiles/1", JsonNode.class, read.eTag());

        assertThat(read.eTag()).isEqualTo(new ETag("7"));
        assertThat(read.value().type()).isEqualTo("ServerProfileV9");
        assertThat(read.tree().has("connectionSettings")).isTrue();
        assertThat(again).isEmpty();
    }

    @Test
    void childTasksAreListedByParentFilterAndCancelIsAPatch() {
        appliance.json("/rest/tasks", 200, "{\"members\":[" + TestAppliance.resource("task-starting.json")
                + "],\"start\":0,\"count\":1,\"total\":1,\"nextPageUri\":null,\"uri\":\"/rest/tasks\"}");
        appliance.json(TASK_URI, 200, TestAppliance.resource("task-running.json"));

        assertThat(client.childTasks(new TaskRef(TASK_URI))).hasSize(1);
        client.cancelTask(new TaskRef(TASK_URI));

        assertThat(appliance.requestsTo("/rest/tasks").get(0).query())
                .isEqualTo("filter=parentTaskUri%3D%27%2Frest%2Ftasks%2FDCB672A9-BC74-49DB-9D8F-798F3E82EC4C%27");
        TestAppliance.Seen patch = appliance.requestsTo(TASK_URI).get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.bodyText()).isEqualTo("{\"taskState\":\"Cancelling\"}");
    }
}
