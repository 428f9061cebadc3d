package com.ovconsole.ui.hardware;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.PollingTaskTracker;
import com.ovconsole.ui.profiles.TestUiThread;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server-hardware ViewModel's world, real: the simulator over pinned HTTPS, a task tracker
 * that polls it, a stand-in UI thread, recorded dialogs and a navigator that records its calls.
 */
final class HardwareTestbed implements AutoCloseable {

    final SimulatorFixture fixture;
    final TestUiThread ui = new TestUiThread();
    final PollingTaskTracker tasks = new PollingTaskTracker(ui);
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<String> navigated = new CopyOnWriteArrayList<>();
    volatile boolean navigatorAnswer = true;
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-scheduler");
        t.setDaemon(true);
        return t;
    });
    final ConnectedAppliance appliance;
    final HardwareServices services;

    HardwareTestbed(SimulatorConfig.Builder config) {
        fixture = SimulatorFixture.start(config);
        appliance = fixture.connectedAppliance("Demo");
        Navigator navigator = (where, uri) -> {
            navigated.add(uri);
            return navigatorAnswer;
        };
        services = new HardwareServices(ui.runner(), ui, scheduler, dialogs, tasks, Messages.load(Locale.ROOT),
                navigator);
    }

    /**
     * The first stored server (in creation order) that matches, in bays 2 to 9: its name filters
     * to it alone ("bay 1" would also match bays 10 to 12).
     */
    ObjectNode server(Predicate<ObjectNode> which) {
        return fixture.simulator().serverHardwareIds().stream().map(id -> fixture.simulator().serverHardware(id))
                .filter(s -> s.path("position").asInt() >= 2 && s.path("position").asInt() <= 9)
                .filter(which).findFirst().orElseThrow();
    }

    ObjectNode stored(String uri) {
        return fixture.simulator().serverHardware(uri.substring(uri.lastIndexOf('/') + 1));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        tasks.close();
        ui.close();
        fixture.close();
    }
}
