package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The TaskTracker against a simulator whose clock is the test's scheduler: no sleeping, no toolkit. */
class TaskCenterTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ROOT);
    @TempDir
    Path configDir;
    private SimulatorFixture fixture;

    private SimulatorFixture simulator(SimulatorConfig.Builder config) {
        fixture = SimulatorFixture.start(config.taskSeconds(2).clock(scheduler));
        return fixture;
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private TaskCenter center() {
        return SteppedTaskCenter.create(scheduler, dialogs, configDir, messages);
    }

    private static TaskRef startBackup(ConnectedAppliance appliance) {
        return ((WriteResult.Accepted) appliance.client().post("/rest/backups", null)).task();
    }

    @Test
    void backupTaskRunsToCompletedAndNotifiesTheUserWhoStartedIt() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();
        TaskRow row = center.track(appliance, startBackup(appliance), null, "Create appliance backup", true);
        assertThat(center.getRunningCount()).isEqualTo(1);

        scheduler.runAll(20);

        assertThat(row.getLook()).isEqualTo(TaskLook.COMPLETED);
        assertThat(row.getStateText()).isEqualTo("Completed");
        assertThat(row.progressProperty().get()).isEqualTo(1.0);
        assertThat(row.finished().toCompletableFuture()).isCompleted();
        assertThat(center.getRunningCount()).isZero();
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind, RecordingDialogService.Shown::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notification",
                        "Completed: Create appliance backup"));
    }

    @Test
    void failedProfileTaskKeepsItsTaskErrorsAndIsShownAsError() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder().taskErrorRate(1.0))
                .connectedAppliance("Lab A");
        String id = fixture.simulator().profileIds().get(0);
        var profile = appliance.client().get("/rest/server-profiles/" + id, ObjectNode.class);
        profile.tree().put("description", "changed by the test");
        TaskRef task = ((WriteResult.Accepted) appliance.client().put("/rest/server-profiles/" + id, profile.tree(),
                profile.eTag())).task();
        TaskCenter center = center();

        TaskRow row = center.track(appliance, task, null, "Update server profile", false);
        scheduler.runAll(20);

        assertThat(row.getLook()).isEqualTo(TaskLook.ERROR);
        assertThat(row.latestProperty().get().taskErrors()).isNotEmpty();
        assertThat(row.latestProperty().get().taskErrors().get(0).recommendedActions()).isNotEmpty();
        assertThat(row.finished().toCompletableFuture()).isCompleted();
        assertThat(dialogs.shown).as("not started by the user here: no notification").isEmpty();
    }

    @Test
    void taskTheApplianceNoLongerKnowsStaysAsAGoneRow() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();

        TaskRow row = center.track(appliance, new TaskRef("/rest/tasks/no-such-task"), null, "Old task", false);
        scheduler.runAll(5);

        assertThat(center.rows()).containsExactly(row);
        assertThat(row.getLook()).isEqualTo(TaskLook.GONE);
        assertThat(row.isWatching()).isFalse();
        assertThat(row.finished().toCompletableFuture()).isCompletedExceptionally();
        assertThat(center.getRunningCount()).isZero();
    }

    @Test
    void droppedConnectionsShowReconnectingThenTheTaskCompletes() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();
        TaskRow row = center.track(appliance, startBackup(appliance), null, "Backup", false);
        AtomicInteger reconnecting = new AtomicInteger();
        row.lookProperty().addListener((observable, old, look) -> {
            if (look == TaskLook.RECONNECTING) {
                reconnecting.incrementAndGet();
            }
        });

        fixture.simulator().dropNextConnections(4);
        scheduler.runAll(30);

        assertThat(reconnecting).hasPositiveValue();
        assertThat(row.getLook()).isEqualTo(TaskLook.COMPLETED);
    }

    @Test
    void expiredSessionMidPollLogsInAgainThroughTheHookAndResumes() {
        simulator(SimulatorConfig.builder());
        SimulatorConfig config = fixture.simulator().config();
        AtomicInteger asked = new AtomicInteger();
        ApplianceClient client = fixture.clientBuilder().reloginHook((address, user) -> {
            asked.incrementAndGet();
            return Optional.of(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
        }).build();
        client.negotiate();
        client.login(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
        ConnectedAppliance appliance = new ConnectedAppliance("lab-a", "Lab A", client);
        TaskCenter center = center();
        TaskRow row = center.track(appliance, startBackup(appliance), null, "Backup", false);
        scheduler.runAll(1);

        fixture.simulator().expireSessions();
        scheduler.runAll(20);

        assertThat(asked).hasValue(1);
        assertThat(row.getLook()).isEqualTo(TaskLook.COMPLETED);
        client.logout();
    }

    @Test
    void stopWatchingKeepsTheRowAndSaysTheTaskMayStillRun() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();
        TaskRow row = center.track(appliance, startBackup(appliance), null, "Backup", true);
        scheduler.runAll(1);

        center.stopWatching(row);
        scheduler.runAll(20);

        assertThat(center.rows()).containsExactly(row);
        assertThat(row.getLook()).isEqualTo(TaskLook.NOT_WATCHED);
        assertThat(row.getStatus()).contains("may still run on the appliance");
        assertThat(center.getRunningCount()).isZero();
        assertThat(row.finished().toCompletableFuture()).isCompletedExceptionally();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void runningTasksAreSavedAndPickedUpAfterARestartOnceTheApplianceConnects() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter before = center();
        TaskRow running = before.track(appliance, startBackup(appliance), null, "Create appliance backup", true);
        scheduler.runAll(1);
        before.saveRunning();
        before.forget(appliance);

        TaskCenter after = center();
        assertThat(after.rows()).isEmpty();
        ConnectedAppliance again = new ConnectedAppliance(appliance.id(), "Lab A", fixture.signedInClient());
        after.resumeSaved(again);

        assertThat(after.rows()).singleElement().satisfies(row -> {
            assertThat(row.ref()).isEqualTo(running.ref());
            assertThat(row.label()).isEqualTo("Create appliance backup");
        });
        scheduler.runAll(20);
        assertThat(after.rows().get(0).getLook()).isEqualTo(TaskLook.COMPLETED);
        after.saveRunning();
        assertThat(new TaskHistoryStore(configDir).loadAll().value()).isEmpty();
    }

    @Test
    void disconnectKeepsEveryRowMarkedAndReconnectFollowsTheRunningOneAgain() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();
        TaskRow done = center.track(appliance, startBackup(appliance), null, "First backup", true);
        scheduler.runAll(20);
        TaskRow running = center.track(appliance, startBackup(appliance), null, "Second backup", true);
        scheduler.runAll(1);
        assertThat(done.getLook()).isEqualTo(TaskLook.COMPLETED);

        center.forget(appliance);

        assertThat(center.rows()).containsExactlyInAnyOrder(done, running);
        assertThat(done.getLook()).isEqualTo(TaskLook.COMPLETED);
        assertThat(done.applianceTextProperty().get()).isEqualTo("Lab A (disconnected)");
        assertThat(center.followUpFor(done)).isEmpty();
        assertThat(running.getStateText()).isEqualTo("Not followed");
        assertThat(running.getStatus()).isEqualTo("Not followed (disconnected); followed again when you reconnect.");
        assertThat(running.cancellableProperty().get()).isFalse();
        assertThat(center.getRunningCount()).isZero();

        ConnectedAppliance again = new ConnectedAppliance(appliance.id(), "Lab A", fixture.signedInClient());
        center.resumeSaved(again);

        assertThat(center.rows()).hasSize(2).contains(done).doesNotContain(running);
        TaskRow resumed = center.rows().stream().filter(row -> row != done).findFirst().orElseThrow();
        assertThat(resumed.ref()).isEqualTo(running.ref());
        assertThat(resumed.applianceTextProperty().get()).isEqualTo("Lab A");
        scheduler.runAll(20);
        assertThat(resumed.getLook()).isEqualTo(TaskLook.COMPLETED);
    }

    @Test
    void savedTasksOfAnApplianceNotConnectedThisTimeAreKeptForTheNextStart() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter first = center();
        first.track(appliance, startBackup(appliance), null, "Backup", false);
        first.saveRunning();

        TaskCenter second = center();
        second.saveRunning();

        assertThat(new TaskHistoryStore(configDir).loadAll().value()).singleElement()
                .satisfies(saved -> assertThat(saved.applianceId()).isEqualTo(appliance.id()));
    }

    @Test
    void unknownStateIsShownAsTheApplianceSpellsItAndStillCountsAsRunning() {
        ConnectedAppliance appliance = simulator(SimulatorConfig.builder()).connectedAppliance("Lab A");
        TaskCenter center = center();
        TaskResource odd = new TaskResource("/rest/tasks/odd", "TaskResourceV2", "Firmware stage", null, "Quiescing",
                "Quiescing the enclosure", null, 40, 40, null, null, null, null, null, null, null, null, null, null,
                null, false, null, null, null);

        TaskRow row = center.track(appliance, new TaskRef("/rest/tasks/odd"), odd, "", false);

        assertThat(row.getLook()).isEqualTo(TaskLook.UNKNOWN);
        assertThat(row.getStateText()).isEqualTo("Quiescing");
        assertThat(row.nameProperty().get()).isEqualTo("Firmware stage");
        assertThat(center.getRunningCount()).isEqualTo(1);
    }
}
