package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /rest/server-hardware} and its powerState action, spoken to with plain HTTPS. */
class ServerHardwareEndpointsTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().clock(clock).profiles(40).servers(150)
                .taskSeconds(6).build());
        client = new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private JsonNode page(String query) {
        HttpResponse<String> response = client.get("/rest/server-hardware" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return SimClient.json(response);
    }

    private JsonNode firstServer(String filter) {
        JsonNode members = page("?count=1&filter=" + filter).get("members");
        assertThat(members).as(filter).isNotEmpty();
        return members.get(0);
    }

    @Test
    void pagesFollowNextPageUriToEveryServerOnce() {
        List<String> uris = new ArrayList<>();
        String next = "/rest/server-hardware?count=40&sort=name:asc";
        int pages = 0;
        while (next != null) {
            JsonNode page = SimClient.json(client.get(next));
            assertThat(page.get("total").asInt()).isEqualTo(150);
            page.get("members").forEach(m -> uris.add(m.get("uri").asString()));
            next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asString();
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(uris).hasSize(150);
        assertThat(new HashSet<>(uris)).hasSize(150);
    }

    @Test
    void membersCarryLocationPowerHealthProfileAndIlo() {
        JsonNode server = firstServer("serverProfileUri%3C%3E'null'");

        assertThat(server.get("name").asString()).matches("CN7515\\d{4}H, bay \\d+");
        assertThat(server.get("position").asInt()).isBetween(1, 12);
        assertThat(server.get("locationUri").asString()).startsWith("/rest/enclosures/");
        assertThat(server.get("model").asString()).startsWith("Synergy");
        assertThat(server.get("powerState").asString()).isIn("On", "Off");
        assertThat(server.get("status").asString()).isIn("OK", "Warning", "Critical");
        assertThat(server.get("eTag").asString()).isNotBlank();
        JsonNode ilo = server.get("mpHostInfo");
        assertThat(ilo.get("mpHostName").asString()).startsWith("ilo-");
        assertThat(ilo.get("mpIpAddresses").findValuesAsString("type")).contains("Static", "LinkLocal");
        String profileUri = server.get("serverProfileUri").asString();
        JsonNode profile = SimClient.json(client.get(profileUri));
        assertThat(profile.get("serverHardwareUri").asString()).isEqualTo(server.get("uri").asString());
    }

    @Test
    void sortAndFilterWorkOnTheAppliance() {
        JsonNode descending = page("?count=-1&sort=name:desc");
        List<String> names = new ArrayList<>();
        descending.get("members").forEach(m -> names.add(m.get("name").asString().toLowerCase(Locale.ROOT)));
        assertThat(names).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode off = page("?count=-1&filter=powerState='Off'");
        assertThat(off.get("total").asInt()).isPositive().isLessThan(150);
        off.get("members").forEach(m -> assertThat(m.get("powerState").asString()).isEqualTo("Off"));

        JsonNode named = page("?filter=name%20matches%20'CN75154100H,%20bay%201%25'");
        named.get("members").forEach(m -> assertThat(m.get("name").asString()).startsWith("CN75154100H, bay 1"));
        assertThat(named.get("total").asInt()).isEqualTo(4); // bays 1, 10, 11, 12
    }

    @Test
    void getOneAnswersTheServerWithItsETagHeaderAnd404ForAnUnknownId() {
        JsonNode member = firstServer("powerState='On'");
        HttpResponse<String> one = client.get(member.get("uri").asString());

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("ETag")).hasValue(member.get("eTag").asString());
        assertThat(SimClient.json(one).get("mpHostInfo")).isEqualTo(member.get("mpHostInfo"));
        HttpResponse<String> missing = client.get("/rest/server-hardware/NOPE");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(SimClient.json(missing).get("errorCode").asString()).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void powerOffIs202WithATaskOnTheServerWhichIsPoweringOffUntilTheTaskEnds() {
        JsonNode server = firstServer("powerState='On'");
        String uri = server.get("uri").asString();

        HttpResponse<String> accepted = client.send("PUT", uri + "/powerState",
                "{\"powerState\":\"Off\",\"powerControl\":\"MomentaryPress\"}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode task = SimClient.json(accepted);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(task.get("uri").asString()));
        assertThat(task.get("associatedResource").get("resourceUri").asString()).isEqualTo(uri);
        assertThat(task.get("associatedResource").get("resourceCategory").asString()).isEqualTo("server-hardware");
        JsonNode during = SimClient.json(client.get(uri));
        assertThat(during.get("powerState").asString()).isEqualTo("PoweringOff");
        assertThat(during.get("eTag").asString()).isNotEqualTo(server.get("eTag").asString());

        clock.advance(Duration.ofSeconds(7));

        assertThat(SimClient.json(client.get(task.get("uri").asString())).get("taskState").asString())
                .isEqualTo("Completed");
        assertThat(SimClient.json(client.get(uri)).get("powerState").asString()).isEqualTo("Off");
    }

    @Test
    void powerOnAndResetPassThroughTheirTransitionalStates() {
        String off = firstServer("powerState='Off'").get("uri").asString();
        assertThat(client.send("PUT", off + "/powerState", "{\"powerState\":\"On\"}").statusCode()).isEqualTo(202);
        assertThat(SimClient.json(client.get(off)).get("powerState").asString()).isEqualTo("PoweringOn");
        clock.advance(Duration.ofSeconds(7));
        assertThat(SimClient.json(client.get(off)).get("powerState").asString()).isEqualTo("On");

        assertThat(client.send("PUT", off + "/powerState", "{\"powerState\":\"On\",\"powerControl\":\"Reset\"}")
                .statusCode()).isEqualTo(202);
        assertThat(SimClient.json(client.get(off)).get("powerState").asString()).isEqualTo("Resetting");
        clock.advance(Duration.ofSeconds(7));
        assertThat(SimClient.json(client.get(off)).get("powerState").asString()).isEqualTo("On");
    }

    @Test
    void badValuesAre400AndASecondRequestDuringTheTransitionIs409() {
        String uri = firstServer("powerState='On'").get("uri").asString();

        assertError(client.send("PUT", uri + "/powerState", "{\"powerState\":\"Sideways\"}"), 400, "INVALID_POWER_STATE");
        assertError(client.send("PUT", uri + "/powerState", "{\"powerState\":\"Off\",\"powerControl\":\"Kick\"}"),
                400, "INVALID_POWER_CONTROL");
        assertError(client.send("PUT", uri + "/powerState", "{\"powerState\":\"On\",\"powerControl\":\"PressAndHold\"}"),
                400, "INVALID_POWER_CONTROL");
        assertError(client.send("PUT", uri + "/powerState", "{\"powerState\":"), 400, "INVALID_JSON");
        assertError(client.send("PUT", "/rest/server-hardware/NOPE/powerState", "{\"powerState\":\"Off\"}"), 404,
                "RESOURCE_NOT_FOUND");
        assertThat(SimClient.json(client.get(uri)).get("powerState").asString()).isEqualTo("On");

        assertThat(client.send("PUT", uri + "/powerState", "{\"powerState\":\"Off\",\"powerControl\":\"PressAndHold\"}")
                .statusCode()).isEqualTo(202);
        assertError(client.send("PUT", uri + "/powerState", "{\"powerState\":\"On\"}"), 409,
                "SERVER_HARDWARE_POWER_OPERATION_IN_PROGRESS");
    }

    @Test
    void aProfileUpdateThatMovesAServerStillPoweringOffIs409PoweredOn() {
        JsonNode assigned = SimClient.json(client.get("/rest/server-profiles?count=-1&filter=serverHardwareUri%3C%3E'null'"))
                .get("members").get(0);
        String serverUri = assigned.get("serverHardwareUri").asString();
        client.send("PUT", serverUri + "/powerState", "{\"powerState\":\"Off\"}");
        clock.advance(Duration.ofSeconds(7));
        client.send("PUT", serverUri + "/powerState", "{\"powerState\":\"On\"}");
        clock.advance(Duration.ofSeconds(7));
        client.send("PUT", serverUri + "/powerState", "{\"powerState\":\"Off\"}");
        JsonNode profile = SimClient.json(client.get(assigned.get("uri").asString()));
        ((tools.jackson.databind.node.ObjectNode) profile).putNull("serverHardwareUri");

        HttpResponse<String> refused = client.send("PUT", assigned.get("uri").asString(), profile.toString(),
                "If-Match", profile.get("eTag").asString());

        assertError(refused, 409, "SERVER_HARDWARE_POWERED_ON");
        clock.advance(Duration.ofSeconds(7));
        assertThat(client.send("PUT", assigned.get("uri").asString(), profile.toString(), "If-Match",
                profile.get("eTag").asString()).statusCode()).isEqualTo(202);
    }

    @Test
    void fiveThousandServersAreSeededTheSameWayForTheSameSeed() {
        SimulatorConfig big = SimulatorConfig.builder().clock(clock).profiles(40).servers(5000).build();
        String first;
        String second;
        try (ApplianceSimulator a = ApplianceSimulator.start(big); ApplianceSimulator b = ApplianceSimulator.start(big)) {
            JsonNode last = SimClient.json(new SimClient(a, 3800).login().get("/rest/server-hardware?start=4990"));
            assertThat(last.get("total").asInt()).isEqualTo(5000);
            assertThat(last.get("members")).hasSize(10);
            first = last.get("members").toString();
            second = SimClient.json(new SimClient(b, 3800).login().get("/rest/server-hardware?start=4990"))
                    .get("members").toString();
        }
        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> SimulatorConfig.builder().profiles(40).servers(10).build())
                .hasMessageContaining("servers");
    }

    private static void assertError(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo(errorCode);
    }
}
