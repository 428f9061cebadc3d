package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ServerProfilesTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private SimClient start(SimulatorConfig.Builder builder, int apiVersion) {
        simulator = ApplianceSimulator.start(builder.clock(clock).build());
        return new SimClient(simulator, apiVersion).login();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void pagesFollowedThroughNextPageUriCoverTheWholeCollection() {
        SimClient client = start(SimulatorConfig.builder().profiles(150), 3800);
        List<String> uris = new ArrayList<>();
        String next = "/rest/server-profiles?count=500";
        int total = -1;
        while (next != null) {
            JsonNode page = SimClient.json(client.get(next));
            assertThat(page.get("members").size()).isLessThanOrEqualTo(64);
            assertThat(page.get("count").asInt()).isEqualTo(page.get("members").size());
            total = page.get("total").asInt();
            for (JsonNode member : page.get("members")) {
                assertThat(member.get("eTag").asString()).isNotBlank();
                assertThat(member.get("type").asString()).isEqualTo("ServerProfileV12");
                uris.add(member.get("uri").asString());
            }
            next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asString();
        }

        assertThat(total).isEqualTo(150);
        assertThat(uris).hasSize(150).doesNotHaveDuplicates();
    }

    @Test
    void lastPageHasNullNextPageUriAndAPrevPageUri() {
        SimClient client = start(SimulatorConfig.builder().profiles(40), 3800);
        JsonNode page = SimClient.json(client.get("/rest/server-profiles?start=30&count=20"));

        assertThat(page.get("members").size()).isEqualTo(10);
        assertThat(page.get("nextPageUri").isNull()).isTrue();
        assertThat(page.get("prevPageUri").asString()).contains("start=10");
        assertThat(page.get("category").asString()).isEqualTo("server-profiles");
    }

    @Test
    void filtersAreAndedAndMatchesIsCaseInsensitiveWithWildcard() {
        SimClient client = start(SimulatorConfig.builder().profiles(300), 3800);
        JsonNode page = SimClient.json(client.get(
                "/rest/server-profiles?filter=name%20matches%20'ESX-PROD%25'&filter=status='OK'&sort=name:desc"));

        List<String> names = new ArrayList<>();
        for (JsonNode member : page.get("members")) {
            assertThat(member.get("status").asString()).isEqualTo("OK");
            names.add(member.get("name").asString());
        }
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("esx-prod-"));
        assertThat(names).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.get("total").asInt()).isEqualTo(names.size());
    }

    @Test
    void sortByModifiedDescending() {
        SimClient client = start(SimulatorConfig.builder().profiles(50), 3800);
        JsonNode page = SimClient.json(client.get("/rest/server-profiles?sort=modified:desc&count=50"));

        List<String> modified = new ArrayList<>();
        page.get("members").forEach(m -> modified.add(m.get("modified").asString()));
        assertThat(modified).hasSize(50).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void malformedFilterAnswers400WithErrorMessage() {
        SimClient client = start(SimulatorConfig.builder(), 3800);
        HttpResponse<String> response = client.get("/rest/server-profiles?filter=name%20sounds%20like%20x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("INVALID_FILTER");
    }

    @Test
    void getOneCarriesETagAndIfNoneMatchAnswers304() {
        SimClient client = start(SimulatorConfig.builder(), 3800);
        String id = simulator.profileIds().get(0);
        HttpResponse<String> first = client.get("/rest/server-profiles/" + id);
        String eTag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(SimClient.json(first).get("eTag").asString()).isEqualTo(eTag);

        HttpResponse<String> unchanged = client.get("/rest/server-profiles/" + id, "If-None-Match", "\"" + eTag + "\"");
        assertThat(unchanged.statusCode()).isEqualTo(304);

        simulator.editProfileAsAnotherUser(id, p -> p.put("description", "changed elsewhere"));
        HttpResponse<String> changed = client.get("/rest/server-profiles/" + id, "If-None-Match", eTag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(changed).get("description").asString()).isEqualTo("changed elsewhere");
    }

    @Test
    void staleIfMatchAnswers412AfterAnotherSessionSaved() {
        SimClient mine = start(SimulatorConfig.builder(), 3800);
        SimClient theirs = new SimClient(simulator, 3800).login();
        String id = simulator.profileIds().get(3);
        String path = "/rest/server-profiles/" + id;
        ObjectNode loaded = (ObjectNode) SimClient.json(mine.get(path));
        String loadedETag = loaded.get("eTag").asString();

        ObjectNode theirEdit = loaded.deepCopy().put("description", "their edit");
        HttpResponse<String> theirSave = theirs.send("PUT", path, theirEdit.toString(), "If-Match", loadedETag);
        assertThat(theirSave.statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(10));
        JsonNode stored = SimClient.json(theirs.get(path));
        assertThat(stored.get("description").asString()).isEqualTo("their edit");
        assertThat(stored.get("eTag").asString()).isNotEqualTo(loadedETag);

        ObjectNode myEdit = loaded.deepCopy().put("description", "my edit");
        HttpResponse<String> mySave = mine.send("PUT", path, myEdit.toString(), "If-Match", "\"" + loadedETag + "\"");

        assertThat(mySave.statusCode()).isEqualTo(412);
        JsonNode error = SimClient.json(mySave);
        assertThat(error.get("errorCode").asString()).isEqualTo("ETAG_MISMATCH");
        assertThat(error.get("recommendedActions")).isNotEmpty();
        assertThat(simulator.profile(id).get("description").asString()).isEqualTo("their edit");
    }

    @Test
    void bodyETagIsCheckedWhenNoIfMatchAndStarSkipsTheCheck() {
        SimClient client = start(SimulatorConfig.builder(), 3800);
        String id = simulator.profileIds().get(1);
        String path = "/rest/server-profiles/" + id;
        ObjectNode loaded = (ObjectNode) SimClient.json(client.get(path));
        simulator.editProfileAsAnotherUser(id, p -> p.put("description", "edited by another admin"));

        HttpResponse<String> stale = client.send("PUT", path, loaded.put("description", "x").toString());
        assertThat(stale.statusCode()).isEqualTo(412);

        HttpResponse<String> forced = client.send("PUT", path, loaded.toString(), "If-Match", "*");
        assertThat(forced.statusCode()).isEqualTo(202);
    }

    @Test
    void asyncUpdateKeepsUnknownFieldsAndMarksTheProfileInProgressUntilTheTaskEnds() {
        SimClient client = start(SimulatorConfig.builder(), 3800);
        String id = simulator.profileIds().get(2);
        String path = "/rest/server-profiles/" + id;
        ObjectNode loaded = (ObjectNode) SimClient.json(client.get(path));
        loaded.put("description", "new").put("someFutureField", "kept");

        HttpResponse<String> accepted = client.send("PUT", path, loaded.toString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).startsWith("https://").contains("/rest/tasks/");
        assertThat(SimClient.json(client.get(path)).get("inProgress").asBoolean()).isTrue();
        assertThat(client.send("PUT", path, loaded.toString(), "If-Match", "*").statusCode()).isEqualTo(409);

        clock.advance(Duration.ofSeconds(7));
        JsonNode after = SimClient.json(client.get(path));
        assertThat(after.get("inProgress").asBoolean()).isFalse();
        assertThat(after.get("description").asString()).isEqualTo("new");
        assertThat(after.get("someFutureField").asString()).isEqualTo("kept");
    }

    @Test
    void createIsSynchronousAtApi3AndAsynchronousAt3800() {
        SimClient old = start(SimulatorConfig.builder().minApiVersion(3), 3);
        HttpResponse<String> created = old.send("POST", "/rest/server-profiles", "{\"name\":\"esx-lab-001\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode profile = SimClient.json(created);
        assertThat(profile.get("type").asString()).isEqualTo("ServerProfileV5");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(profile.get("uri").asString());

        SimClient modern = new SimClient(simulator, 3800).login();
        HttpResponse<String> accepted = modern.send("POST", "/rest/server-profiles", "{\"name\":\"esx-lab-002\"}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode task = SimClient.json(accepted);
        assertThat(task.get("type").asString()).isEqualTo("TaskResourceV2");
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith(task.get("uri").asString());
        String profileUri = task.get("associatedResource").get("resourceUri").asString();
        assertThat(modern.get(profileUri).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofSeconds(6));
        assertThat(SimClient.json(modern.get(task.get("uri").asString())).get("taskState").asString())
                .isEqualTo("Completed");
        assertThat(SimClient.json(modern.get(profileUri)).get("name").asString()).isEqualTo("esx-lab-002");
    }

    @Test
    void deleteAtApi3AnswersNoContentAndThenNotFound() {
        SimClient client = start(SimulatorConfig.builder().minApiVersion(3), 101);
        String path = "/rest/server-profiles/" + simulator.profileIds().get(0);

        assertThat(client.send("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(client.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void putWithoutNameOrWithNonObjectBodyAnswers400() {
        SimClient client = start(SimulatorConfig.builder(), 3800);
        String path = "/rest/server-profiles/" + simulator.profileIds().get(0);

        HttpResponse<String> array = client.send("PUT", path, "[1,2]", "If-Match", "*");
        HttpResponse<String> nameless = client.send("PUT", path, "{\"description\":\"x\"}", "If-Match", "*");

        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(array).get("errorCode").asString()).isEqualTo("INVALID_JSON");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(nameless).get("message").asString()).contains("name");
    }

    @Test
    void seededInventoryLooksLikeARealAppliance() {
        SimClient client = start(SimulatorConfig.builder().profiles(64), 800);
        JsonNode page = SimClient.json(client.get("/rest/server-profiles?count=64"));
        Set<String> statuses = new HashSet<>();
        int unassigned = 0;
        for (JsonNode member : page.get("members")) {
            assertThat(member.get("type").asString()).isEqualTo("ServerProfileV9");
            assertThat(member.get("name").asString()).matches("[a-z0-9-]+-\\d{3}");
            JsonNode connection = member.get("connectionSettings").get("connections").get(0);
            assertThat(connection.get("requestedMbps").isString()).isTrue();
            statuses.add(member.get("status").asString());
            if (member.get("serverHardwareUri").isNull()) {
                unassigned++;
            } else {
                assertThat(client.get(member.get("serverHardwareUri").asString()).statusCode()).isEqualTo(200);
            }
        }
        assertThat(statuses).contains("OK", "Warning");
        assertThat(unassigned).isPositive();
        JsonNode targets = SimClient.json(client.get("/rest/server-profiles/available-targets"));
        assertThat(targets.get("targets")).isNotEmpty();
        for (String list : List.of("/rest/server-hardware", "/rest/server-hardware-types", "/rest/enclosure-groups",
                "/rest/ethernet-networks")) {
            JsonNode collection = SimClient.json(client.get(list));
            assertThat(collection.get("members")).as(list).isNotEmpty();
            assertThat(collection.get("total").asInt()).as(list).isPositive();
        }
    }
}
