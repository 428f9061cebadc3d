package com.ovconsole.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.SessionExpiredException;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.UiDispatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Connected sessions: expiry and re-login with replay, start-up wait, several at once, disconnect, exit. */
class SessionLifecycleTest {

    @TempDir
    Path configDir;

    private final List<SimulatorFixture> fixtures = new ArrayList<>();

    @AfterEach
    void stopSimulators() {
        fixtures.forEach(SimulatorFixture::close);
    }

    private SimulatorFixture simulator(SimulatorConfig.Builder config) {
        SimulatorFixture fixture = SimulatorFixture.start(config);
        fixtures.add(fixture);
        return fixture;
    }

    private ApplianceItem connected(ConnectionsHarness harness, SimulatorFixture fixture, String name) {
        ApplianceItem item = harness.appliance(name, fixture.address(), fixture.simulator().certificateSha256());
        harness.list.connect(item);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        return item;
    }

    @Test
    void expiredSessionAsksForThePasswordAndReplaysTheCall() {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder());
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = connected(harness, fixture, "Lab");
        List<ConnectionStatus> seen = new ArrayList<>();
        item.statusProperty().addListener((property, old, status) -> seen.add(status));

        fixture.simulator().expireSessions();
        CollectionPage<JsonNode> page = item.getConnected().client()
                .page("/rest/server-profiles", PageQuery.ALL.count(1), JsonNode.class);

        assertThat(page.total()).isEqualTo(40);
        assertThat(harness.prompts.relogins).singleElement()
                .satisfies(login -> assertThat(login.userNameProperty().get()).isEqualTo("Administrator"));
        assertThat(seen).containsExactly(ConnectionStatus.EXPIRED, ConnectionStatus.CONNECTED);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void declinedReloginLeavesTheApplianceMarkedExpired() {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder());
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = connected(harness, fixture, "Lab");
        harness.prompts.reloginPassword = null;

        fixture.simulator().expireSessions();

        assertThatThrownBy(() -> item.getConnected().client()
                .page("/rest/server-profiles", PageQuery.ALL.count(1), JsonNode.class))
                .isInstanceOf(SessionExpiredException.class);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.EXPIRED);
    }

    @Test
    void startingApplianceShowsProgressAndConnectsOnceReady() {
        // The appliance's clock, not the wall clock, ends its start-up: a slow first handshake cannot skip it.
        ManualClock clock = new ManualClock();
        SimulatorFixture fixture = simulator(SimulatorConfig.builder().clock(clock).startupSeconds(60));
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Booting", fixture.address(), fixture.simulator().certificateSha256());
        List<String> details = new ArrayList<>();
        item.detailProperty().addListener((property, old, detail) -> {
            if (detail.startsWith("Appliance starting")) {
                details.add(detail);
                clock.advance(Duration.ofSeconds(61));
            }
        });

        harness.list.connect(item);

        assertThat(details).isNotEmpty().allSatisfy(detail -> assertThat(detail).startsWith("Appliance starting…"));
        assertThat(harness.dialogs.errors).isEmpty();
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void cancellingWhileTheApplianceStartsStopsTheWaitWithoutAnError() throws Exception {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder().startupSeconds(3600));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            ConnectionsHarness harness = new ConnectionsHarness(configDir, EndpointResolver.AS_STORED,
                    new BackgroundRunner(worker, UiDispatcher.direct()));
            ApplianceItem item = harness.appliance("Booting", fixture.address(), fixture.simulator().certificateSha256());
            CountDownLatch starting = new CountDownLatch(1);
            item.statusProperty().addListener((property, old, status) -> {
                if (status == ConnectionStatus.STARTING) {
                    starting.countDown();
                }
            });

            harness.list.connect(item);
            assertThat(starting.await(30, TimeUnit.SECONDS)).isTrue();
            harness.list.disconnect(item);

            worker.shutdown();
            assertThat(worker.awaitTermination(30, TimeUnit.SECONDS)).as("the wait ended").isTrue();
            assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
            assertThat(harness.dialogs.errors).isEmpty();
            assertThat(harness.prompts.logins).isEmpty();
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void twoAppliancesAreConnectedAtOnceEachWithItsOwnSession() {
        SimulatorFixture first = simulator(SimulatorConfig.builder().profiles(12));
        SimulatorFixture second = simulator(SimulatorConfig.builder().profiles(30).apiVersion(2000));
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        String firstId = harness.appliance("First", first.address(), first.simulator().certificateSha256()).getEntry().id();
        ApplianceItem two = harness.appliance("Second", second.address(), second.simulator().certificateSha256());
        ApplianceItem one = harness.list.item(firstId);

        harness.list.connect(one);
        harness.list.connect(two);

        assertThat(one.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(two.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(one.apiVersionProperty().get()).isEqualTo("API 3800");
        assertThat(two.apiVersionProperty().get()).isEqualTo("API 2000");
        assertThat(total(one)).isEqualTo(12);
        assertThat(total(two)).isEqualTo(30);

        harness.list.disconnect(one);

        assertThat(one.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(one.getConnected()).isNull();
        assertThat(total(two)).isEqualTo(30);
    }

    @Test
    void disconnectLogsTheSessionOutOnTheAppliance() {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder());
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = connected(harness, fixture, "Lab");
        var client = item.getConnected().client();

        harness.list.disconnect(item);

        assertThat(client.isLoggedIn()).isFalse();
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
    }

    @Test
    void exitLogsOutEverySessionWithinTheLimitEvenWhenAnApplianceIsGone() {
        SimulatorFixture alive = simulator(SimulatorConfig.builder());
        SimulatorFixture gone = simulator(SimulatorConfig.builder());
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        String aliveId = harness.appliance("Alive", alive.address(), alive.simulator().certificateSha256()).getEntry().id();
        ApplianceItem goneItem = harness.appliance("Gone", gone.address(), gone.simulator().certificateSha256());
        ApplianceItem aliveItem = harness.list.item(aliveId);
        harness.list.connect(aliveItem);
        harness.list.connect(goneItem);
        var aliveClient = aliveItem.getConnected().client();
        var goneClient = goneItem.getConnected().client();
        gone.simulator().close();

        harness.list.logOutAll(Duration.ofSeconds(10));

        assertThat(aliveClient.isLoggedIn()).isFalse();
        assertThat(goneClient.isLoggedIn()).isFalse();
        assertThat(harness.list.getItems()).allSatisfy(item ->
                assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED));
    }

    private static long total(ApplianceItem item) {
        return item.getConnected().client().page("/rest/server-profiles", PageQuery.ALL.count(1), JsonNode.class).total();
    }
}
