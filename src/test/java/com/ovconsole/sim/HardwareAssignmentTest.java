package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HardwareAssignmentTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().clock(clock).profiles(30).build());
        client = new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private JsonNode firstServer(String filter) {
        JsonNode page = SimClient.json(client.get("/rest/server-hardware?" + filter));
        assertThat(page.get("members")).as(filter).isNotEmpty();
        return page.get("members").get(0);
    }

    @Test
    void assigningAPoweredOnServerAnswers409UntilItIsPoweredOff() {
        JsonNode server = firstServer("filter=powerState='On'&filter=serverProfileUri='null'");
        String serverUri = server.get("uri").asString();
        String body = "{\"name\":\"esx-prod-901\",\"serverHardwareUri\":\"" + serverUri + "\"}";

        HttpResponse<String> refused = client.send("POST", "/rest/server-profiles", body);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(SimClient.json(refused).get("errorCode").asString()).isEqualTo("SERVER_HARDWARE_POWERED_ON");

        HttpResponse<String> powerOff = client.send("PUT", serverUri + "/powerState",
                "{\"powerState\":\"Off\",\"powerControl\":\"PressAndHold\"}");
        assertThat(powerOff.statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(6));
        assertThat(SimClient.json(client.get(serverUri)).get("powerState").asString()).isEqualTo("Off");

        HttpResponse<String> accepted = client.send("POST", "/rest/server-profiles", body);
        assertThat(accepted.statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(6));
        String profileUri = SimClient.json(accepted).get("associatedResource").get("resourceUri").asString();
        assertThat(SimClient.json(client.get(serverUri)).get("serverProfileUri").asString()).isEqualTo(profileUri);
        JsonNode targets = SimClient.json(client.get("/rest/server-profiles/available-targets"));
        targets.get("targets").forEach(t -> assertThat(t.get("serverHardwareUri").asString()).isNotEqualTo(serverUri));
    }

    @Test
    void unknownServerHardwareUriIs400AndDuplicateNameIs400() {
        HttpResponse<String> unknown = client.send("POST", "/rest/server-profiles",
                "{\"name\":\"web-frontend-901\",\"serverHardwareUri\":\"/rest/server-hardware/NOPE\"}");
        String existing = simulator.profile(simulator.profileIds().get(0)).get("name").asString();
        HttpResponse<String> duplicate = client.send("POST", "/rest/server-profiles",
                "{\"name\":\"" + existing.toUpperCase() + "\"}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(unknown).get("errorCode").asString()).isEqualTo("INVALID_SERVER_HARDWARE_URI");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(duplicate).get("errorCode").asString()).isEqualTo("DUPLICATE_PROFILE_NAME");
    }

    @Test
    void asyncDeleteRemovesTheProfileAndFreesItsServer() {
        JsonNode assigned = SimClient.json(client.get("/rest/server-profiles?filter=serverHardwareUri%3C%3E'null'"))
                .get("members").get(0);
        String serverUri = assigned.get("serverHardwareUri").asString();
        client.send("PUT", serverUri + "/powerState", "{\"powerState\":\"Off\"}");
        clock.advance(Duration.ofSeconds(6));

        HttpResponse<String> accepted = client.send("DELETE", assigned.get("uri").asString(), null,
                "If-Match", assigned.get("eTag").asString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(6));

        assertThat(client.get(assigned.get("uri").asString()).statusCode()).isEqualTo(404);
        assertThat(SimClient.json(client.get(serverUri)).get("serverProfileUri").isNull()).isTrue();
    }

    @Test
    void invalidPowerStateIs400() {
        JsonNode server = firstServer("count=1");
        HttpResponse<String> response = client.send("PUT", server.get("uri").asString() + "/powerState",
                "{\"powerState\":\"Sideways\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("INVALID_POWER_STATE");
    }

    @Test
    void editAsAnotherUserChangesETagAndContent() {
        String id = simulator.profileIds().get(0);
        String before = simulator.profile(id).get("eTag").asString();

        simulator.editProfileAsAnotherUser(id, p -> ((ObjectNode) p.get("bios")).put("manageBios", false));

        ObjectNode after = simulator.profile(id);
        assertThat(after.get("eTag").asString()).isNotEqualTo(before);
        assertThat(after.get("bios").get("manageBios").asBoolean()).isFalse();
    }
}
