package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /rest/alerts}: seeded from the inventory, paged and filtered, cleared/assigned/deleted with ETags. */
class AlertsTest {

    private ApplianceSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = ApplianceSimulator.start(SimulatorConfig.builder().clock(MutableClock.atDemoTime()).profiles(120)
                .build());
        client = new SimClient(simulator, 3800).login();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private List<JsonNode> all(String query) {
        List<JsonNode> members = new ArrayList<>();
        String next = "/rest/alerts?" + query;
        while (next != null) {
            HttpResponse<String> response = client.get(next);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            JsonNode page = SimClient.json(response);
            page.get("members").forEach(members::add);
            next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asString();
        }
        return members;
    }

    private JsonNode first(String filter) {
        List<JsonNode> found = all("count=1&" + filter);
        assertThat(found).as(filter).isNotEmpty();
        return found.get(0);
    }

    @Test
    void everyAlertNamesAResourceThatExistsOrTheApplianceAndCarriesTheFieldsOfAnAlert() {
        List<JsonNode> alerts = all("count=25");

        assertThat(alerts).hasSizeGreaterThan(25);
        Set<String> severities = new HashSet<>();
        Set<String> states = new HashSet<>();
        int aboutTheAppliance = 0;
        for (JsonNode alert : alerts) {
            severities.add(alert.get("severity").asString());
            states.add(alert.get("alertState").asString());
            assertThat(alert.get("uri").asString()).matches("/rest/alerts/\\d+");
            assertThat(alert.get("eTag").asString()).isNotBlank();
            assertThat(alert.get("description").asString()).isNotBlank();
            assertThat(alert.get("created").asString()).isNotBlank();
            JsonNode resource = alert.get("associatedResource");
            if (alert.get("resourceUri").isNull()) {
                aboutTheAppliance++;
                assertThat(alert.get("physicalResourceType").asString()).isEqualTo("appliance");
                assertThat(resource.get("resourceUri").isNull()).isTrue();
                assertThat(resource.get("resourceName").isNull()).isTrue();
                continue;
            }
            assertThat(resource.get("resourceUri").asString()).isEqualTo(alert.get("resourceUri").asString());
            assertThat(resource.get("resourceCategory").asString()).isIn("server-hardware", "server-profiles");
            HttpResponse<String> target = client.get(resource.get("resourceUri").asString());
            assertThat(target.statusCode()).isEqualTo(200);
            assertThat(SimClient.json(target).get("name").asString()).isEqualTo(resource.get("resourceName").asString());
        }
        assertThat(severities).contains("Critical", "Warning", "OK", "Unknown");
        assertThat(states).contains("Active", "Locked", "Cleared");
        assertThat(aboutTheAppliance).isEqualTo(2);
    }

    @Test
    void clearedAlertsLogTheirClearingAndSomeOpenOnesCarryAnAdministratorsNote() {
        List<JsonNode> cleared = all("filter=alertState='Cleared'");
        List<JsonNode> open = all("filter=alertState%3C%3E'Cleared'");

        assertThat(cleared).isNotEmpty().allSatisfy(alert -> {
            JsonNode entry = alert.get("changeLog").get(0);
            assertThat(entry.get("notes").asString()).isEqualTo("CLEARED");
            assertThat(entry.get("username").asString()).isEqualTo("System");
            assertThat(entry.get("userEntered").asBoolean()).isFalse();
            assertThat(entry.get("created").asString()).isEqualTo(alert.get("clearedTime").asString());
        });
        List<JsonNode> assigned = open.stream().filter(a -> !a.get("assignedToUser").isNull()).toList();
        assertThat(assigned).isNotEmpty().hasSizeLessThan(open.size()).allSatisfy(alert -> {
            JsonNode note = alert.get("changeLog").get(1);
            assertThat(note.get("userEntered").asBoolean()).isTrue();
            assertThat(note.get("notes").asString()).isNotBlank();
            assertThat(alert.get("modified").asString()).isEqualTo(note.get("created").asString())
                    .isLessThan(MutableClock.atDemoTime().instant().toString());
        });
        JsonNode newestOnAServer = all("filter=alertState%3C%3E'Cleared'&filter=physicalResourceType='server-hardware'"
                + "&sort=created:desc").get(0);
        assertThat(newestOnAServer.get("assignedToUser").asString()).isEqualTo("Administrator");
    }

    @Test
    void anAlertAboutTheApplianceIsClearedLikeAnyOtherAndChangesNoServer() {
        JsonNode backup = first("filter=physicalResourceType='appliance'&filter=alertState='Active'");

        HttpResponse<String> cleared = client.send("PUT", backup.get("uri").asString(),
                "{\"alertState\":\"Cleared\"}", "If-Match", backup.get("eTag").asString());

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(SimClient.json(cleared).get("alertState").asString()).isEqualTo("Cleared");
        assertThat(SimClient.json(cleared).get("resourceUri").isNull()).isTrue();
    }

    @Test
    void aServersStatusIsItsWorstActiveOrLockedAlert() {
        JsonNode critical = first("filter=severity='Critical'&filter=alertState='Active'"
                + "&filter=associatedResource.resourceCategory='server-hardware'");
        JsonNode server = SimClient.json(client.get(critical.get("resourceUri").asString()));
        assertThat(server.get("status").asString()).isEqualTo("Critical");

        JsonNode healthy = SimClient.json(client.get("/rest/server-hardware?count=1&filter=status='OK'"))
                .get("members").get(0);
        List<JsonNode> open = all("filter=resourceUri='" + healthy.get("uri").asString()
                + "'&filter=alertState%3C%3E'Cleared'");
        assertThat(open).allSatisfy(a -> assertThat(a.get("severity").asString()).isEqualTo("OK"));
        JsonNode unknown = first("filter=severity='Unknown'&filter=associatedResource.resourceCategory='server-hardware'"
                + "&filter=alertState%3C%3E'Cleared'");
        String status = SimClient.json(client.get(unknown.get("resourceUri").asString())).get("status").asString();
        assertThat(status).isIn("Unknown", "Warning", "Critical");
    }

    @Test
    void filtersOnSeverityAndStateAndSortByCreated() {
        List<JsonNode> warnings = all("filter=severity='Warning'&filter=alertState='Active'&sort=created:desc");

        assertThat(warnings).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("severity").asString()).isEqualTo("Warning");
            assertThat(a.get("alertState").asString()).isEqualTo("Active");
        });
        List<String> created = warnings.stream().map(a -> a.get("created").asString()).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode page = SimClient.json(client.get("/rest/alerts?count=5"));
        assertThat(page.get("count").asInt()).isEqualTo(5);
        assertThat(page.get("nextPageUri").asString()).contains("start=5");
        assertThat(page.get("category").asString()).isEqualTo("alerts");
    }

    @Test
    void clearingWithTheCurrentETagClearsItAndLowersTheServersStatus() {
        JsonNode alert = first("filter=severity='Critical'&filter=alertState='Active'"
                + "&filter=associatedResource.resourceCategory='server-hardware'");
        String uri = alert.get("uri").asString();
        HttpResponse<String> one = client.get(uri);
        assertThat(one.headers().firstValue("ETag")).hasValue(alert.get("eTag").asString());

        HttpResponse<String> cleared = client.send("PUT", uri,
                "{\"alertState\":\"Cleared\",\"assignedToUser\":\"Paul\",\"notes\":\"PSU replaced\"}",
                "If-Match", "\"" + alert.get("eTag").asString() + "\"");

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        JsonNode after = SimClient.json(client.get(uri));
        assertThat(after.get("alertState").asString()).isEqualTo("Cleared");
        assertThat(after.get("assignedToUser").asString()).isEqualTo("Paul");
        assertThat(after.get("clearedByUser").asString()).isEqualTo("Administrator");
        assertThat(after.get("eTag").asString()).isNotEqualTo(alert.get("eTag").asString());
        assertThat(after.get("changeLog").findValuesAsString("notes")).contains("CLEARED", "PSU replaced");
        String server = SimClient.json(client.get(alert.get("resourceUri").asString())).get("status").asString();
        assertThat(server).isNotEqualTo("Critical");
    }

    @Test
    void aStaleETagIs412AndChangesNothing() {
        JsonNode alert = first("filter=alertState='Active'");
        String uri = alert.get("uri").asString();
        assertThat(client.send("PUT", uri, "{\"assignedToUser\":\"Ana\"}", "If-Match", alert.get("eTag").asString())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = client.send("PUT", uri, "{\"alertState\":\"Cleared\"}", "If-Match",
                alert.get("eTag").asString());
        HttpResponse<String> staleBody = client.send("PUT", uri, "{\"alertState\":\"Cleared\",\"eTag\":\""
                + alert.get("eTag").asString() + "\"}");

        assertError(stale, 412, "ETAG_MISMATCH");
        assertError(staleBody, 412, "ETAG_MISMATCH");
        assertThat(SimClient.json(client.get(uri)).get("alertState").asString()).isEqualTo("Active");
    }

    @Test
    void badStatesAre400AndLockedAlertsCannotBeClearedOrDeleted() {
        JsonNode active = first("filter=alertState='Active'");
        JsonNode locked = first("filter=alertState='Locked'");

        assertError(client.send("PUT", active.get("uri").asString(), "{\"alertState\":\"Snoozed\"}"), 400,
                "INVALID_ALERT_STATE");
        assertError(client.send("PUT", active.get("uri").asString(), "{\"assignedToUser\":42}"), 400,
                "INVALID_ASSIGNED_USER");
        assertError(client.send("PUT", locked.get("uri").asString(), "{\"alertState\":\"Cleared\"}"), 409,
                "ALERT_LOCKED");
        assertError(client.send("DELETE", locked.get("uri").asString(), null), 409, "ALERT_LOCKED");
        assertError(client.get("/rest/alerts/999999"), 404, "RESOURCE_NOT_FOUND");
    }

    @Test
    void deleteRemovesAnAlertAndChecksIfMatch() {
        JsonNode cleared = first("filter=alertState='Cleared'");
        String uri = cleared.get("uri").asString();
        int before = SimClient.json(client.get("/rest/alerts?count=1")).get("total").asInt();

        assertError(client.send("DELETE", uri, null, "If-Match", "\"0/0\""), 412, "ETAG_MISMATCH");
        assertThat(client.send("DELETE", uri, null, "If-Match", cleared.get("eTag").asString()).statusCode())
                .isEqualTo(204);

        assertThat(client.get(uri).statusCode()).isEqualTo(404);
        assertThat(SimClient.json(client.get("/rest/alerts?count=1")).get("total").asInt()).isEqualTo(before - 1);
    }

    @Test
    void theSameSeedGivesTheSameAlerts() {
        String mine = SimClient.json(client.get("/rest/alerts?count=-1")).get("members").toString();
        try (ApplianceSimulator twin = ApplianceSimulator.start(SimulatorConfig.builder()
                .clock(MutableClock.atDemoTime()).profiles(120).build())) {
            String theirs = SimClient.json(new SimClient(twin, 3800).login().get("/rest/alerts?count=-1"))
                    .get("members").toString();
            assertThat(theirs).isEqualTo(mine);
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo(errorCode);
    }
}
