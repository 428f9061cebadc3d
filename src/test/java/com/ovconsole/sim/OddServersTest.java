package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code oddServers}: the last spare servers carry data clients must show without failing. */
class OddServersTest {

    private ApplianceSimulator simulator;
    private SimClient client;

    private void start(boolean odd) {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().profiles(10).servers(20).oddServers(odd).build());
        client = new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private List<JsonNode> servers() {
        HttpResponse<String> response = client.get("/rest/server-hardware?count=-1");
        assertThat(response.statusCode()).isEqualTo(200);
        return StreamSupport.stream(SimClient.json(response).get("members").spliterator(), false).toList();
    }

    @Test
    void theLastSpareServersCarryAnUnknownPowerStateNoIloAndNoPowerStateAtAll() {
        start(true);

        List<JsonNode> servers = servers();
        JsonNode odd = servers.get(17);
        JsonNode bare = servers.get(18);
        JsonNode silent = servers.get(19);
        assertThat(odd.get("powerState").asString()).isEqualTo(OddServers.ODD_POWER_STATE);
        assertThat(odd.get("status").asString()).isEqualTo(OddServers.ODD_STATUS);
        assertThat(bare.has("mpHostInfo")).isFalse();
        assertThat(bare.has("model")).isFalse();
        assertThat(bare.has("position")).isFalse();
        assertThat(bare.get("locationUri").isNull()).isTrue();
        assertThat(silent.has("powerState")).isFalse();
        assertThat(silent.has("status")).isFalse();
        assertThat(List.of(odd, bare, silent)).allMatch(server -> server.get("serverProfileUri").isNull());
        assertThat(servers.subList(0, 17)).allMatch(server -> server.has("mpHostInfo")
                && List.of("On", "Off").contains(server.get("powerState").asString()));
    }

    @Test
    void anOddServerReadsAloneAndRefusesAPowerActionWithAnErrorBody() {
        start(true);
        JsonNode odd = servers().get(17);

        HttpResponse<String> one = client.get(odd.get("uri").asString());
        HttpResponse<String> power = client.send("PUT", odd.get("uri").asString() + "/powerState",
                "{\"powerState\":\"Off\",\"powerControl\":\"MomentaryPress\"}");

        assertThat(SimClient.json(one).get("powerState").asString()).isEqualTo(OddServers.ODD_POWER_STATE);
        assertThat(power.statusCode()).isEqualTo(409);
        assertThat(SimClient.json(power).get("message").asString()).contains(OddServers.ODD_POWER_STATE);
    }

    @Test
    void withoutTheKnobEveryServerIsWellFormed() {
        start(false);

        assertThat(servers()).hasSize(20).allMatch(server -> server.has("mpHostInfo") && server.has("model")
                && List.of("On", "Off").contains(server.get("powerState").asString()));
    }
}
