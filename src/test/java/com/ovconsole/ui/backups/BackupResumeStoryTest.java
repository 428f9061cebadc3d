package com.ovconsole.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.HeldChannel;
import com.ovconsole.api.WritableChannelFactory;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.tasks.TaskDesk;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A download the appliance keeps cutting off (every answer after 1 MiB), clicked through: the row
 * says where it broke off, Retry says "Resuming … at 1.0 MiB" and goes on from the .part, and the
 * file that lands has the simulator's SHA-256.
 */
@ExtendWith(ApplicationExtension.class)
class BackupResumeStoryTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    static Path configDir;
    @TempDir
    static Path downloadDir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private SimulatorFixture fixture;
    private TaskDesk desk;
    private ApplianceView view;

    @Start
    void start(Stage stage) {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(1).backupBytes(2 * MIB + 4096)
                .dropDownloadAfterBytes(MIB));
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        desk = new TaskDesk(stage, dialogs, configDir, new Downloader(heldOnResume(), 0));
        view = desk.backups.backups(appliance);
        desk.setCentre(view.node());
    }

    @AfterEach
    void stop() {
        release.countDown();
        view.close();
        desk.close();
        fixture.close();
    }

    @Test
    void retryResumesFromWhereTheDownloadBrokeOff(FxRobot robot) throws Exception {
        dialogs.confirmAnswer = true;
        dialogs.saveFileAnswer = Optional.of(downloadDir.resolve("demo.bkp"));
        robot.clickOn("#createButton");
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#downloadButton").query().isVisible()
                && !robot.lookup("#downloadButton").query().isDisabled());

        robot.clickOn("#downloadButton");
        waitForStatus(robot, "The download broke off after 1.0 MiB.");
        scrollToDownloadCard(robot);
        snapshot(robot, "backup-download-interrupted.png");
        robot.clickOn("#retryDownloadButton");
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        waitForStatus(robot, "Resuming demo.bkp at 1.0 MiB");
        snapshot(robot, "backup-download-resuming.png");
        release.countDown();
        waitForStatus(robot, "The download broke off after 2.0 MiB.");
        robot.clickOn("#retryDownloadButton");
        FxWaits.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#sha256").queryAs(TextField.class).getText().isEmpty());

        String id = dialogs.shown.stream().filter(s -> s.kind().equals("save")).findFirst().orElseThrow().message()
                .replace(".bkp", "");
        assertThat(robot.lookup("#sha256").queryAs(TextField.class).getText())
                .isEqualTo(fixture.simulator().backupArchiveSha256(id));
        assertThat(downloadDir.resolve("demo.bkp")).hasSize(2 * MIB + 4096);
    }

    /** The cards stack; in this short window the download card is below the fold, as a user would scroll. */
    private static void scrollToDownloadCard(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForStatus(FxRobot robot, String start) throws Exception {
        FxWaits.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#downloadStatus").queryAs(Label.class).getText().startsWith(start));
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), name)).get();
    }

    /** New files are written straight through; a resumed .part holds its first write until released. */
    private WritableChannelFactory heldOnResume() {
        return new WritableChannelFactory() {
            @Override
            public WritableByteChannel open(Path file) throws IOException {
                return WritableChannelFactory.FILES.open(file);
            }

            @Override
            public WritableByteChannel append(Path file) throws IOException {
                return new HeldChannel(WritableChannelFactory.super.append(file), 0, holding, release);
            }
        };
    }
}
