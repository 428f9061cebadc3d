package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code powerOffForSettings}: BIOS/boot/firmware changes need the profile's server off. */
class PowerOffForSettingsTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;
    private SimClient client;

    private void start(boolean strict) {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().clock(clock).profiles(30)
                .powerOffForSettings(strict).build());
        client = new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** A profile whose server is On, as read now. */
    private ObjectNode profileOnARunningServer() {
        JsonNode servers = SimClient.json(client.get("/rest/server-hardware?count=-1&filter=powerState='On'"
                + "&filter=serverProfileUri%3C%3E'null'")).get("members");
        assertThat(servers).isNotEmpty();
        return (ObjectNode) SimClient.json(client.get(servers.get(0).get("serverProfileUri").asString()));
    }

    private HttpResponse<String> save(ObjectNode profile) {
        return client.send("PUT", profile.get("uri").asString(), profile.toString(), "If-Match",
                profile.get("eTag").asString());
    }

    @Test
    void aBiosChangeOnARunningServerIs409UntilItIsPoweredOff() {
        start(true);
        ObjectNode profile = profileOnARunningServer();
        ObjectNode changed = profile.deepCopy();
        ((ObjectNode) changed.get("bios")).put("manageBios", !profile.get("bios").get("manageBios").asBoolean());

        HttpResponse<String> refused = save(changed);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(SimClient.json(refused).get("errorCode").asString()).isEqualTo("SERVER_HARDWARE_POWERED_ON");
        assertThat(SimClient.json(refused).get("errorSource").asString()).isEqualTo(profile.get("serverHardwareUri")
                .asString());
        assertThat(save(profile.deepCopy().put("description", "only words")).statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(7));

        client.send("PUT", profile.get("serverHardwareUri").asString() + "/powerState", "{\"powerState\":\"Off\"}");
        clock.advance(Duration.ofSeconds(7));
        ObjectNode fresh = (ObjectNode) SimClient.json(client.get(profile.get("uri").asString()));
        ((ObjectNode) fresh.get("bios")).put("manageBios", !profile.get("bios").get("manageBios").asBoolean());
        assertThat(save(fresh).statusCode()).isEqualTo(202);
    }

    @Test
    void byDefaultSettingsChangeWhateverThePower() {
        start(false);
        ObjectNode profile = profileOnARunningServer();
        ((ObjectNode) profile.get("bootMode")).put("pxeBootPolicy", "IPv4");

        assertThat(save(profile).statusCode()).isEqualTo(202);
    }
}
