package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.HeldChannel;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks in every state on five simulated appliances, the details of a failed one and a backup
 * download in progress; saves task-panel.png, task-details-error.png and backup-download.png to
 * target/screenshots (run with -Pwindowed under Xvfb for the real GTK look).
 */
@ExtendWith(ApplicationExtension.class)
class TaskScreenshotsTest {

    private static final long BACKUP_BYTES = 512L * 1024 * 1024;

    @TempDir
    static Path configDir;
    @TempDir
    static Path downloadDir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SimulatorFixture> fixtures = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private TaskDesk desk;
    private ApplianceView backupsView;
    private ConnectedAppliance demo;

    @Start
    void start(Stage stage) {
        demo = appliance("Demo appliance", SimulatorConfig.builder().taskSeconds(2).backupBytes(BACKUP_BYTES));
        desk = new TaskDesk(stage, dialogs, configDir, new Downloader(HeldChannel.holdAfter(200L * 1024 * 1024, new CountDownLatch(1), release)));
        backupsView = desk.backups.backups(demo);
        desk.setCentre(backupsView.node());
    }

    @AfterEach
    void stop() {
        release.countDown();
        backupsView.close();
        desk.close();
        fixtures.forEach(SimulatorFixture::close);
    }

    private ConnectedAppliance appliance(String name, SimulatorConfig.Builder config) {
        SimulatorFixture fixture = SimulatorFixture.start(config);
        fixtures.add(fixture);
        return fixture.connectedAppliance(name);
    }

    @Test
    void tasksInEveryStateTheirErrorDetailsAndADownloadInProgress(FxRobot robot) throws Exception {
        ConnectedAppliance labA = appliance("lab-a.example.local", SimulatorConfig.builder().taskSeconds(3)
                .taskErrorRate(1.0));
        ConnectedAppliance labB = appliance("lab-b.example.local", SimulatorConfig.builder().taskSeconds(3)
                .taskWarningRate(1.0));
        ConnectedAppliance labC = appliance("synergy-prod-01", SimulatorConfig.builder().taskSeconds(80));
        ConnectedAppliance labD = appliance("synergy-dr-02", SimulatorConfig.builder().taskSeconds(900));
        SimulatorFixture unreliable = fixtures.get(fixtures.size() - 1);

        dialogs.confirmAnswer = true;
        robot.clickOn("#createButton");
        track(labC, () -> profileUpdate(labC, 1), "Update server profile", false);
        track(labC, () -> post(labC, "/rest/backups"), "Create appliance backup", true);
        track(labD, () -> profileUpdate(labD, 2), "Update server profile", false);
        track(labB, () -> profileUpdate(labB, 3), "Update server profile", false);
        track(labA, () -> profileUpdate(labA, 4), "Update server profile", false);
        track(labA, () -> new TaskRef("/rest/tasks/7E1B0F6C-0000-4000-8000-DELETED00001"), "Refresh enclosure",
                false);

        waitForLooks(robot, TaskLook.COMPLETED, TaskLook.WARNING, TaskLook.ERROR, TaskLook.GONE);
        FxWaits.waitFor(40, TimeUnit.SECONDS, () -> desk.center.rows().stream()
                .filter(row -> row.appliance() == labC).allMatch(row -> row.progressProperty().get() > 0.1));
        unreliable.simulator().setFaultRate(1.0);
        waitForLooks(robot, TaskLook.RECONNECTING);
        WaitForAsyncUtils.waitForFxEvents();

        shoot(robot, "task-panel.png");

        TaskRow failed = desk.center.rows().stream().filter(row -> row.getLook() == TaskLook.ERROR).findFirst()
                .orElseThrow();
        robot.interact(() -> robot.lookup(".task-table").queryAs(TableView.class).getSelectionModel().select(failed));
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".task-error-slot .error-message")
                .tryQuery().map(node -> node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.panel.viewModel().errorViewModel().getMessage())
                .isEqualTo(failed.latestProperty().get().taskErrors().get(0).message());
        assertThat(robot.lookup(".task-error-slot .recommended-action").queryAll())
                .hasSameSizeAs(failed.latestProperty().get().taskErrors().get(0).recommendedActions());
        shoot(robot, "task-details-error.png");

        TaskRow backup = desk.center.rows().stream().filter(row -> row.appliance() == demo).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup(".task-table").queryAs(TableView.class).getSelectionModel().select(backup));
        dialogs.saveFileAnswer = Optional.of(downloadDir.resolve("demo-appliance-backup.bkp"));
        robot.clickOn("#followUpButton");
        FxWaits.waitFor(60, TimeUnit.SECONDS, () -> desk.downloads.downloads().stream()
                .anyMatch(download -> download.progressProperty().get() > 0.3));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "backup-download.png");
    }

    private static void shoot(FxRobot robot, String fileName) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(robot.lookup(".main-window").query(), fileName)).get();
    }

    private void track(ConnectedAppliance appliance, Supplier<TaskRef> start, String label, boolean mine)
            throws Exception {
        TaskRef task = start.get();
        WaitForAsyncUtils.asyncFx(() -> desk.center.track(appliance, task, null, label, mine)).get();
    }

    private static TaskRef post(ConnectedAppliance appliance, String path) {
        return ((WriteResult.Accepted) appliance.client().post(path, null)).task();
    }

    private static TaskRef profileUpdate(ConnectedAppliance appliance, int which) {
        List<ObjectNode> profiles = appliance.client().allPages("/rest/server-profiles",
                com.ovconsole.api.PageQuery.ALL.count(8), ObjectNode.class, page -> { }, () -> false);
        String uri = profiles.get(which).get("uri").asString();
        var profile = appliance.client().get(uri, ObjectNode.class);
        profile.tree().put("description", "Firmware baseline 2026.11");
        return ((WriteResult.Accepted) appliance.client().put(uri, profile.tree(), profile.eTag())).task();
    }

    private void waitForLooks(FxRobot robot, TaskLook... looks) throws Exception {
        FxWaits.waitFor(40, TimeUnit.SECONDS, () -> {
            List<TaskLook> shown = desk.center.rows().stream().map(TaskRow::getLook).toList();
            return List.of(looks).stream().allMatch(shown::contains);
        });
    }
}
