package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code withoutEndpoints}: an older or smaller appliance answers 404 for what it lacks, the rest as usual. */
class WithoutEndpointsTest {

    private ApplianceSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void removedEndpointsAnswer404WithAnErrorBodyAndTheOthersStillAnswer() {
        simulator = ApplianceSimulator.start(ApplianceSimulatorMain.parse(
                new String[] {"--port", "0", "--profiles", "5", "--without", "server-hardware-types, available-targets"}));
        SimClient client = new SimClient(simulator, 3800).login();

        HttpResponse<String> types = client.get("/rest/server-hardware-types");
        HttpResponse<String> oneType = client.get("/rest/server-hardware-types/anything");
        HttpResponse<String> targets = client.get("/rest/server-profiles/available-targets?serverHardwareTypeUri=x");

        assertThat(types.statusCode()).isEqualTo(404);
        assertThat(SimClient.json(types).get("errorCode").asString()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(oneType.statusCode()).isEqualTo(404);
        assertThat(targets.statusCode()).isEqualTo(404);
        assertThat(client.get("/rest/server-hardware").statusCode()).isEqualTo(200);
        assertThat(client.get("/rest/enclosure-groups").statusCode()).isEqualTo(200);
        assertThat(client.get("/rest/server-profiles").statusCode()).isEqualTo(200);
        String first = SimClient.json(client.get("/rest/server-profiles")).get("members").get(0).get("uri").asString();
        assertThat(client.get(first).statusCode()).isEqualTo(200);
    }

    @Test
    void byDefaultEveryEndpointIsThere() {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().profiles(5).build());
        SimClient client = new SimClient(simulator, 3800).login();

        assertThat(client.get("/rest/server-hardware-types").statusCode()).isEqualTo(200);
        assertThat(client.get("/rest/server-profiles/available-targets").statusCode()).isEqualTo(200);
    }

    @Test
    void namesAreCheckedAndLoginCannotBeRemoved() {
        assertThatThrownBy(() -> SimulatorConfig.builder().withoutEndpoints("../etc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an endpoint name");
        assertThatThrownBy(() -> SimulatorConfig.builder().withoutEndpoints("login-sessions"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot work without");
    }
}
