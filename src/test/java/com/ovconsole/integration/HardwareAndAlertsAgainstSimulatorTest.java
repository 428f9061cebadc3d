package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.AlertUpdate;
import com.ovconsole.api.AlertsApi;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.ETag;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.PowerAction;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.Alert;
import com.ovconsole.api.model.AlertState;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.HealthStatus;
import com.ovconsole.api.model.PowerState;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-hardware and alert calls of the client, over pinned HTTPS against the simulator. */
class HardwareAndAlertsAgainstSimulatorTest {

    private final ManualClock clock = new ManualClock();
    private SimulatorFixture sim;
    private ApplianceClient client;
    private ServerHardwareApi servers;
    private AlertsApi alerts;

    @BeforeEach
    void signIn() {
        sim = SimulatorFixture.start(SimulatorConfig.builder().clock(clock).profiles(60).servers(300).taskSeconds(4));
        client = sim.signedInClient();
        servers = new ServerHardwareApi(client);
        alerts = new AlertsApi(client);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void allServersArriveThroughEveryPageWithTheirIloAndProfile() {
        List<CollectionPage<ServerHardware>> pages = new ArrayList<>();

        List<ServerHardware> all = servers.all(PageQuery.ALL.sort("name:asc"), pages::add, () -> false);

        assertThat(pages).hasSizeGreaterThan(4);
        assertThat(all).hasSize(300);
        assertThat(new HashSet<>(all.stream().map(ServerHardware::uri).toList())).hasSize(300);
        assertThat(all).allSatisfy(server -> {
            assertThat(server.iloAddress()).matches("10\\.\\d+\\.\\d+\\.\\d+");
            assertThat(server.position()).isBetween(1, 12);
            assertThat(server.power()).isIn(PowerState.ON, PowerState.OFF);
            assertThat(server.eTag()).isNotBlank();
        });
        assertThat(all).filteredOn(ServerHardware::hasProfile).hasSizeBetween(30, 60);
        assertThat(pages.get(0).memberTrees().get(0).has("mpHostInfo")).isTrue();
    }

    @Test
    void filterAndGetOne() {
        CollectionPage<ServerHardware> off = servers.page(PageQuery.ALL.count(10).filter("powerState='Off'"));
        assertThat(off.members()).isNotEmpty().allSatisfy(s -> assertThat(s.power()).isEqualTo(PowerState.OFF));

        String name = off.members().get(0).name();
        List<ServerHardware> found = servers.all(PageQuery.ALL.filter(ServerHardwareApi.nameContains(name)),
                page -> { }, () -> false);
        // "…, bay 1" also matches bays 10 to 12: contained, not equal.
        assertThat(found).extracting(ServerHardware::name).contains(name).hasSizeLessThan(5)
                .allSatisfy(n -> assertThat(n).contains(name));

        Resource<ServerHardware> one = servers.get(off.members().get(0).uri());
        assertThat(one.value().name()).isEqualTo(name);
        assertThat(one.eTag()).isEqualTo(ETag.of(off.members().get(0).eTag()));
        assertThatThrownBy(() -> servers.get("/rest/server-profiles/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void powerOffIsATaskOnTheServerAndTheServerFollowsIt() {
        ServerHardware on = servers.page(PageQuery.ALL.count(1).filter("powerState='On'")).members().get(0);

        WriteResult result = servers.setPowerState(on.uri(), PowerAction.FORCE_OFF);

        WriteResult.Accepted accepted = (WriteResult.Accepted) result;
        assertThat(accepted.initial()).hasValueSatisfying(task -> {
            assertThat(task.associatedResource().resourceUri()).isEqualTo(on.uri());
            assertThat(task.associatedResource().resourceCategory()).isEqualTo("server-hardware");
        });
        assertThat(servers.get(on.uri()).value().power()).isEqualTo(PowerState.POWERING_OFF);
        ApplianceErrorException busy = catchThrowableOfType(ApplianceErrorException.class,
                () -> servers.setPowerState(on.uri(), PowerAction.POWER_ON));
        assertThat(busy.status()).isEqualTo(409);

        clock.advance(Duration.ofSeconds(5));

        assertThat(client.task(accepted.task()).state()).isEqualTo(TaskState.COMPLETED);
        assertThat(servers.get(on.uri()).value().power()).isEqualTo(PowerState.OFF);
        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> servers.setPowerState(on.uri(), PowerAction.RESET));
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void unknownPowerStatesAndSeveritiesAreKeptAsSent() {
        sim.simulator().overrideAnswerField("/rest/server-hardware", "powerState", "Hibernating");
        ServerHardware server = servers.page(PageQuery.ALL.count(3)).members().get(0);
        sim.simulator().overrideAnswerField("/rest/alerts", "severity", "Catastrophic");
        Alert alert = alerts.page(PageQuery.ALL.count(3)).members().get(0);

        assertThat(server.powerState()).isEqualTo("Hibernating");
        assertThat(server.power()).isEqualTo(PowerState.UNRECOGNIZED);
        assertThat(alert.severity()).isEqualTo("Catastrophic");
        assertThat(alert.level()).isEqualTo(HealthStatus.UNRECOGNIZED);
    }

    @Test
    void alertsFilterBySeverityAndStateAndNameExistingServers() {
        List<Alert> critical = alerts.all(AlertsApi.query("Critical", "Active"), page -> { }, () -> false);
        List<Alert> open = alerts.all(AlertsApi.open(), page -> { }, () -> false);

        assertThat(critical).isNotEmpty().allSatisfy(a -> {
            assertThat(a.level()).isEqualTo(HealthStatus.CRITICAL);
            assertThat(a.state()).isEqualTo(AlertState.ACTIVE);
        });
        assertThat(open).allSatisfy(a -> assertThat(a.state().isOpen()).isTrue())
                .anySatisfy(a -> assertThat(a.state()).isEqualTo(AlertState.LOCKED));
        Alert onServer = critical.stream().filter(a -> "server-hardware".equals(a.resourceCategory())).findFirst()
                .orElseThrow();
        ServerHardware server = servers.get(onServer.targetUri()).value();
        assertThat(server.name()).isEqualTo(onServer.resourceName());
        assertThat(server.health()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(alerts.all(AlertsApi.about(server.uri()), page -> { }, () -> false)).contains(onServer);
    }

    @Test
    void clearingWithIfMatchClearsAndAStaleReadIs412() {
        Alert critical = alerts.page(AlertsApi.query("Critical", "Active").count(1)).members().get(0);
        Resource<Alert> mine = alerts.get(critical.uri());
        AlertsApi secondSession = new AlertsApi(sim.signedInClient());
        Resource<Alert> theirs = secondSession.get(critical.uri());

        Resource<Alert> assigned = alerts.update(mine, AlertUpdate.assignTo("Paul").withNotes("looking at it"));
        assertThat(assigned.value().assignedToUser()).isEqualTo("Paul");
        assertThat(assigned.eTag()).isNotEqualTo(mine.eTag());

        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> secondSession.clear(theirs));
        assertThat(stale.sentEtag()).isEqualTo(theirs.eTag());
        assertThat(alerts.get(critical.uri()).value().state()).isEqualTo(AlertState.ACTIVE);

        Resource<Alert> cleared = alerts.clear(assigned);
        assertThat(cleared.value().state()).isEqualTo(AlertState.CLEARED);
        assertThat(cleared.value().clearedByUser()).isEqualTo(sim.simulator().config().user());
        assertThat(alerts.get(critical.uri()).value().state()).isEqualTo(AlertState.CLEARED);
    }

    @Test
    void lockedAlertsRefuseClearingAndClearedOnesCanBeDeleted() {
        Resource<Alert> locked = alerts.get(alerts.page(AlertsApi.query(null, "Locked").count(1)).members().get(0).uri());
        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class, () -> alerts.clear(locked));
        assertThat(refused.status()).isEqualTo(409);

        Resource<Alert> cleared = alerts.get(alerts.page(AlertsApi.query(null, "Cleared").count(1)).members().get(0)
                .uri());
        assertThat(alerts.delete(cleared)).isInstanceOf(WriteResult.Done.class);
        assertThat(catchThrowableOfType(ApplianceErrorException.class, () -> alerts.get(cleared.value().uri())).status())
                .isEqualTo(404);
    }

    @Test
    void anotherAdministratorsEditMakesMyReadStale() {
        Resource<Alert> mine = alerts.get(alerts.page(AlertsApi.query("Warning", "Active").count(1)).members().get(0)
                .uri());
        String id = mine.value().uri().substring(mine.value().uri().lastIndexOf('/') + 1);
        sim.simulator().editAlertAsAnotherUser(id, alert -> alert.put("assignedToUser", "Ana"));

        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> alerts.clear(mine));

        assertThat(stale.errorCode()).isEqualTo("ETAG_MISMATCH");
        Resource<Alert> now = alerts.get(mine.value().uri());
        assertThat(now.eTag()).isNotEqualTo(stale.sentEtag());
        assertThat(now.value().assignedToUser()).isEqualTo("Ana");
        assertThat(sim.simulator().alert(id).get("alertState").asString()).isEqualTo("Active");
    }
}
