package com.ovconsole.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.tasks.TaskDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The story of the issue, clicked through real controls: create a backup, watch it, download it. */
@ExtendWith(ApplicationExtension.class)
class BackupStoryTest {

    @TempDir
    static Path configDir;
    @TempDir
    static Path downloadDir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SimulatorFixture fixture;
    private TaskDesk desk;
    private ApplianceView view;

    @Start
    void start(Stage stage) {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(2).backupBytes(2 * 1024 * 1024));
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        desk = new TaskDesk(stage, dialogs, configDir, new Downloader());
        view = desk.backups.backups(appliance);
        desk.setCentre(view.node());
    }

    @AfterEach
    void stop() {
        view.close();
        desk.close();
        fixture.close();
    }

    @Test
    void createBackupWatchItCompleteThenDownloadItWithItsHash(FxRobot robot) throws Exception {
        dialogs.confirmAnswer = true;
        Path target = downloadDir.resolve("demo.bkp");
        dialogs.saveFileAnswer = Optional.of(target);

        robot.clickOn("#createButton");
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".task-state-running").tryQuery().isPresent()
                || robot.lookup(".task-state-completed").tryQuery().isPresent());
        FxWaits.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".task-state-completed").tryQuery().isPresent());
        robot.clickOn(".task-state-completed");
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#followUpButton").query().isVisible());
        robot.clickOn("#followUpButton");
        FxWaits.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#sha256").queryAs(TextField.class).getText().isEmpty());

        String shown = robot.lookup("#sha256").queryAs(TextField.class).getText();
        String id = target.getFileName().toString();
        assertThat(target).exists();
        assertThat(shown).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(target))));
        assertThat(shown).isEqualTo(fixture.simulator().backupArchiveSha256(
                dialogs.shown.stream().filter(s -> s.kind().equals("save")).findFirst().orElseThrow().message()
                        .replace(".bkp", "")));
        assertThat(Files.readString(downloadDir.resolve(id + ".sha256"))).startsWith(shown);
    }
}
