package com.ovconsole.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.HeldChannel;
import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.WritableChannelFactory;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.SteppedTaskCenter;
import com.ovconsole.ui.tasks.TaskCenter;
import com.ovconsole.ui.tasks.TaskLook;
import com.ovconsole.ui.tasks.TaskRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups view's ViewModel against the simulator: create through the task tracker, then download. */
class BackupsViewModelTest {

    private static final long SIZE = 3 * 1024 * 1024 + 123;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ROOT);
    @TempDir
    Path configDir;
    @TempDir
    Path downloadDir;
    private SimulatorFixture fixture;
    private ConnectedAppliance appliance;
    private TaskCenter center;
    private BackupDownloads downloads;
    private BackupsViewModel backups;
    private Downloader downloader = new Downloader();

    private void start(SimulatorConfig.Builder config, BackgroundRunner runner) {
        fixture = SimulatorFixture.start(config.taskSeconds(2).backupBytes(SIZE).clock(scheduler));
        appliance = fixture.connectedAppliance("Lab A");
        center = SteppedTaskCenter.create(scheduler, dialogs, configDir, messages);
        downloads = new BackupDownloads(runner, UiDispatcher.direct(), dialogs, new SettingsStore(configDir),
                downloader, messages);
        center.addFollowUp(downloads);
        backups = new BackupsViewModel(appliance, runner, dialogs, center, downloads, messages, ZoneOffset.UTC);
    }

    private void start(SimulatorConfig.Builder config) {
        start(config, BackgroundRunner.sameThread());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private TaskRow createBackupAndWait() {
        dialogs.confirmAnswer = true;
        backups.createBackup();
        TaskRow row = center.rows().get(0);
        scheduler.runAll(20);
        return row;
    }

    @Test
    void declinedConfirmationCreatesNothing() {
        start(SimulatorConfig.builder());
        backups.refresh();
        dialogs.confirmAnswer = false;

        backups.createBackup();

        assertThat(dialogs.shown).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("confirm");
            assertThat(shown.message()).contains("replaces the current backup, even if it was never downloaded");
        });
        assertThat(center.rows()).isEmpty();
        assertThat(backups.hasBackupProperty().get()).isFalse();
    }

    @Test
    void createdBackupRunsAsATaskRowThenShowsAsReadyWithItsSize() {
        start(SimulatorConfig.builder());

        TaskRow row = createBackupAndWait();

        assertThat(row.getLook()).isEqualTo(TaskLook.COMPLETED);
        assertThat(row.label()).isEqualTo("Create appliance backup");
        assertThat(backups.hasBackupProperty().get()).isTrue();
        assertThat(backups.statusProperty().get()).isEqualTo("Ready to download");
        assertThat(backups.sizeProperty().get()).isEqualTo("3.0 MiB");
        assertThat(backups.canDownloadProperty().get()).isTrue();
        assertThat(center.followUpFor(row)).contains(downloads);
    }

    @Test
    void backupBeingMadeCanBeCancelledAndItsTaskEndsTerminated() {
        start(SimulatorConfig.builder());
        dialogs.confirmAnswer = true;
        backups.createBackup();
        TaskRow row = center.rows().get(0);
        assertThat(backups.canCancelBackupProperty().get()).isTrue();

        backups.cancelBackup();
        scheduler.runAll(20);

        assertThat(row.getLook()).isEqualTo(TaskLook.STOPPED);
        assertThat(row.getStateText()).isEqualTo("Terminated");
        assertThat(backups.canCancelBackupProperty().get()).isFalse();
        assertThat(backups.canDownloadProperty().get()).isFalse();
    }

    @Test
    void downloadIsByteExactWithItsSha256ShownAndWrittenBesideTheFile() throws Exception {
        start(SimulatorConfig.builder());
        createBackupAndWait();
        Path target = downloadDir.resolve("lab-a.bkp");
        dialogs.saveFileAnswer = Optional.of(target);

        backups.downloadCurrent();

        BackupDownload download = backups.latestDownloadProperty().get();
        String id = backups.nameProperty().get();
        String expected = fixture.simulator().backupArchiveSha256(id);
        assertThat(download.getState()).isEqualTo(DownloadState.DONE);
        assertThat(download.getSha256()).isEqualTo(expected);
        assertThat(Files.size(target)).isEqualTo(SIZE);
        assertThat(Files.readString(downloadDir.resolve("lab-a.bkp.sha256"), StandardCharsets.UTF_8))
                .isEqualTo(expected + "  lab-a.bkp\n");
        try (var files = Files.list(downloadDir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("lab-a.bkp", "lab-a.bkp.sha256");
        }
        assertThat(dialogs.shown).anySatisfy(shown -> {
            assertThat(shown.kind()).isEqualTo("save");
            assertThat(shown.message()).isEqualTo(id + ".bkp");
        });
        assertThat(dialogs.shown).anySatisfy(shown -> assertThat(shown.message()).contains(expected));
        assertThat(new SettingsStore(configDir).load().value().lastDownloadFolder()).isEqualTo(downloadDir.toString());
    }

    @Test
    void downloadOfferedOnTheCompletedTaskRowSavesTheSameArchive() throws Exception {
        start(SimulatorConfig.builder());
        TaskRow row = createBackupAndWait();
        dialogs.saveFileAnswer = Optional.of(downloadDir.resolve("from-panel.bkp"));

        center.followUpFor(row).orElseThrow().run(row);

        assertThat(downloads.downloads()).singleElement()
                .satisfies(download -> assertThat(download.getState()).isEqualTo(DownloadState.DONE));
        assertThat(Files.size(downloadDir.resolve("from-panel.bkp"))).isEqualTo(SIZE);
    }

    @Test
    void droppedConnectionMidwayLeavesOnlyThePartAndRetryResumesFromIt() throws Exception {
        downloader = new Downloader(WritableChannelFactory.FILES, 0); // every drop reaches the user
        start(SimulatorConfig.builder().dropDownloadAfterBytes(1024 * 1024));
        createBackupAndWait();
        dialogs.saveFileAnswer = Optional.of(downloadDir.resolve("lab-a.bkp"));
        String id = backups.nameProperty().get();

        backups.downloadCurrent();

        BackupDownload download = backups.latestDownloadProperty().get();
        assertThat(download.getState()).isEqualTo(DownloadState.FAILED);
        assertThat(download.canRetryProperty().get()).isTrue();
        assertThat(download.statusTextProperty().get()).startsWith("The download broke off after 1.0 MiB.")
                .contains("Retry goes on from there", id + ".bkp.part");
        assertThat(download.bytesTextProperty().get()).isEqualTo("1.0 MiB of 3.0 MiB");
        assertThat(download.resumableBytes()).isEqualTo(1024 * 1024);
        try (var files = Files.list(downloadDir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(id + ".bkp.part");
        }
        java.util.List<String> statuses = new java.util.ArrayList<>();
        download.statusTextProperty().addListener((property, old, now) -> statuses.add(now));

        // Each retry gets one more MiB before the simulator drops it again; the fourth finishes.
        for (int i = 0; i < 3 && download.getState() != DownloadState.DONE; i++) {
            backups.retryDownload();
        }

        assertThat(statuses).filteredOn(text -> text.startsWith("Resuming"))
                .containsExactly("Resuming lab-a.bkp at 1.0 MiB\u2026", "Resuming lab-a.bkp at 2.0 MiB\u2026",
                        "Resuming lab-a.bkp at 3.0 MiB\u2026");
        assertThat(download.getState()).isEqualTo(DownloadState.DONE);
        assertThat(download.getSha256()).isEqualTo(fixture.simulator().backupArchiveSha256(id));
        assertThat(Files.size(downloadDir.resolve("lab-a.bkp"))).isEqualTo(SIZE);
        try (var files = Files.list(downloadDir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("lab-a.bkp", "lab-a.bkp.sha256");
        }
    }

    @Test
    void hostileFileNameFromTheApplianceCannotLeaveTheChosenFolder() throws Exception {
        start(SimulatorConfig.builder().hostileFileName("../../evil.bkp"));
        createBackupAndWait();
        Path folder = Files.createDirectories(downloadDir.resolve("a").resolve("b"));
        dialogs.saveFileAnswer = Optional.of(folder.resolve("chosen.bkp"));

        backups.downloadCurrent();

        assertThat(backups.latestDownloadProperty().get().getState()).isEqualTo(DownloadState.DONE);
        assertThat(folder.resolve("chosen.bkp")).exists();
        assertThat(downloadDir.resolve("evil.bkp")).doesNotExist();
        assertThat(downloadDir.resolve("a").resolve("evil.bkp")).doesNotExist();
    }

    @Test
    void cancelledDownloadLeavesNothingAndCanBeRetried() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the first write until the test has cancelled, so the cancel lands mid-transfer.
        WritableChannelFactory held = HeldChannel.holdAfter(0, writing, release);
        try {
            start(SimulatorConfig.builder(), BackgroundRunner.sameThread());
            createBackupAndWait();
            BackupDownloads threaded = new BackupDownloads(new BackgroundRunner(worker, UiDispatcher.direct()),
                    UiDispatcher.direct(), dialogs, new SettingsStore(configDir), new Downloader(held), messages);
            dialogs.saveFileAnswer = Optional.of(downloadDir.resolve("lab-a.bkp"));
            threaded.download(appliance, "/rest/backups/" + backups.nameProperty().get());
            waitFor(() -> !threaded.downloads().isEmpty());
            BackupDownload download = threaded.downloads().get(0);
            assertThat(writing.await(20, TimeUnit.SECONDS)).isTrue();

            download.cancel();
            waitFor(() -> isEmpty(downloadDir));

            assertThat(download.getState()).isEqualTo(DownloadState.CANCELLED);
            assertThat(download.canRetryProperty().get()).isTrue();
            release.countDown();
            download.retry();
            waitFor(() -> download.getState() == DownloadState.DONE);
            assertThat(Files.size(downloadDir.resolve("lab-a.bkp"))).isEqualTo(SIZE);
        } finally {
            worker.shutdownNow();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
