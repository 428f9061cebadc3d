package com.ovconsole.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.app.RedactingFormatter;
import com.ovconsole.integration.SessionPeek;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.DraftStore;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.backups.BackupsViewModel;
import com.ovconsole.ui.backups.DownloadState;
import com.ovconsole.ui.connections.ApplianceFormViewModel;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.CertificateTrustViewModel;
import com.ovconsole.ui.connections.ConnectionFlow;
import com.ovconsole.ui.connections.ConnectionPrompts;
import com.ovconsole.ui.connections.ConnectionStatus;
import com.ovconsole.ui.connections.EndpointResolver;
import com.ovconsole.ui.connections.LoginViewModel;
import com.ovconsole.ui.connections.RetryPolicy;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import com.ovconsole.ui.tasks.TaskCenter;
import com.ovconsole.ui.tasks.TaskRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole working session through the real ViewModels, client and stores against the simulator,
 * with the console's log pipeline writing into a temporary config folder: connect, edit and save
 * a profile, leave another edit as a draft, back up, download, let the session expire, log in
 * again, exit. Afterwards no file under the config folder holds the password or a session id.
 */
class NoSecretsAfterAFullSessionTest {

    private static final String PASSWORD = "Full-Session-Secret-4tq";

    @TempDir
    Path configDir;
    @TempDir
    Path downloads;

    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void connectEditSaveBackupDownloadExpireReloginExitLeavesNoSecretOnDisk() throws Exception {
        Set<String> sessionIds = new LinkedHashSet<>();
        FileHandler log = consoleLog();
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        TaskPoller poller = TaskPoller.create(PollPolicy.DEFAULT);
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().password(PASSWORD)
                .taskSeconds(1).profiles(12).backupBytes(256 * 1024));
                TestUiThread ui = new TestUiThread()) {
            Prompts prompts = new Prompts();
            ApplianceStore store = new ApplianceStore(configDir);
            ApplianceEntry lab = ApplianceEntry.create("Lab A", sim.address(), "Administrator", "LOCAL")
                    .withPinnedCertificate(sim.simulator().certificateSha256());
            store.add(lab);
            ConnectionFlow flow = new ConnectionFlow(messages, prompts, ui, Locale.US, RetryPolicy.DEFAULT,
                    client -> Optional.empty(), Clock.systemUTC());
            ApplianceListViewModel list = ui.call(() -> new ApplianceListViewModel(messages, dialogs, prompts, store,
                    ui.runner(), ui, EndpointResolver.AS_STORED, flow,
                    () -> Thread.currentThread().getName().equals("test-ui")));

            // Connect
            ui.run(list::load);
            ui.waitUntil("the list loaded", () -> list.item(lab.id()) != null);
            ApplianceItem item = ui.call(() -> list.item(lab.id()));
            ui.run(() -> list.connect(item));
            ui.waitUntil("connected", () -> item.getStatus() == ConnectionStatus.CONNECTED);
            ConnectedAppliance appliance = ui.call(item::getConnected);
            sessionIds.add(SessionPeek.sessionId(appliance.client()));

            TaskCenter tasks = ui.call(() -> new TaskCenter(poller, ui, ui.runner(), dialogs,
                    new TaskHistoryStore(configDir), messages, Clock.systemUTC()));
            ProfileServices services = new ProfileServices(ui.runner(), ui, timers, dialogs, tasks,
                    new DraftStore(configDir), messages, Duration.ofMillis(20), Duration.ofMinutes(10));
            List<String> ids = sim.simulator().profileIds();

            // Edit and save one profile
            ProfileEditorViewModel editor = open(ui, appliance, services, ids.get(0));
            ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("Saved by the session test"));
            ui.run(editor::save);
            ui.waitUntil("saved", () -> messages.get("profiles.editor.saved").equals(editor.statusProperty().get()));

            // Leave an edit of another one unsaved: it stays on disk as a draft
            ProfileEditorViewModel unsaved = open(ui, appliance, services, ids.get(1));
            ui.run(() -> unsaved.text(ProfileField.DESCRIPTION).set("Still a draft at exit"));
            ui.waitUntil("the draft is on disk", () -> !new DraftStore(configDir).listAll().value().isEmpty());

            // Back up and download
            BackupDownloads downloader = new BackupDownloads(ui.runner(), ui, dialogs, new SettingsStore(configDir),
                    new Downloader(), messages);
            BackupsViewModel backups = ui.call(() -> new BackupsViewModel(appliance, ui.runner(), dialogs, tasks,
                    downloader, messages, ZoneOffset.UTC));
            dialogs.confirmAnswer = true;
            ui.run(backups::createBackup);
            ui.waitUntil("the backup can be downloaded", () -> backups.canDownloadProperty().get());
            dialogs.saveFileAnswer = Optional.of(downloads.resolve("lab-a.bkp"));
            ui.run(backups::downloadCurrent);
            ui.waitUntil("downloaded", () -> backups.latestDownloadProperty().get() != null
                    && backups.latestDownloadProperty().get().getState() == DownloadState.DONE);

            // The session expires; the next save asks for the password again and goes on
            sim.simulator().expireSessions();
            ProfileEditorViewModel afterExpiry = open(ui, appliance, services, ids.get(2));
            ui.run(() -> afterExpiry.text(ProfileField.DESCRIPTION).set("Saved after logging in again"));
            ui.run(afterExpiry::save);
            ui.waitUntil("saved after re-login",
                    () -> messages.get("profiles.editor.saved").equals(afterExpiry.statusProperty().get()));
            assertThat(prompts.relogins.get()).isEqualTo(1);
            sessionIds.add(SessionPeek.sessionId(appliance.client()));

            // Exit as the app does: running tasks saved, every session logged out
            ui.run(tasks::saveRunning);
            list.logOutAll(Duration.ofSeconds(3));
            List<TaskRow> rows = ui.call(() -> List.copyOf(tasks.rows()));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
            BackupDownload download = ui.call(() -> backups.latestDownloadProperty().get());
            assertThat(download.getSha256()).isNotEmpty();
        } finally {
            timers.shutdownNow();
            poller.close();
            Logger.getLogger("").removeHandler(log);
            Logger.getLogger("com.ovconsole").setLevel(null);
            log.close();
        }

        assertThat(sessionIds).hasSize(2);
        List<Path> files = filesUnder(configDir);
        assertThat(files).extracting(f -> configDir.relativize(f).toString().replace('\\', '/'))
                .contains("oneview-console.log.0", ApplianceStore.FILE_NAME)
                .anyMatch(name -> name.startsWith(DraftStore.FOLDER_NAME + "/"));
        assertThat(Files.size(configDir.resolve("oneview-console.log.0"))).isPositive();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain(PASSWORD);
            for (String id : sessionIds) {
                assertThat(text).as(file.toString()).doesNotContain(id);
            }
        }
    }

    private ProfileEditorViewModel open(TestUiThread ui, ConnectedAppliance appliance, ProfileServices services,
            String id) {
        ProfileEditorViewModel editor = ui.call(() -> new ProfileEditorViewModel(appliance, services,
                merge -> Optional.empty()));
        ui.run(() -> editor.open("/rest/server-profiles/" + id));
        ui.waitUntil("profile " + id + " loaded", () -> editor.loadedProperty().get() && !editor.busyProperty().get());
        return editor;
    }

    /** The console's log: redacting formatter, rotating file in the config folder; our own code at every level. */
    private FileHandler consoleLog() throws IOException {
        FileHandler handler = new FileHandler(configDir.resolve("oneview-console.log") + ".%g", 5 * 1024 * 1024, 3,
                true);
        handler.setFormatter(new RedactingFormatter());
        handler.setLevel(Level.ALL);
        Logger.getLogger("com.ovconsole").setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    /** The user at the dialogs: trusts nothing new (the pin is stored), types the password when asked. */
    private static final class Prompts implements ConnectionPrompts {
        final AtomicInteger relogins = new AtomicInteger();

        @Override
        public boolean trustCertificate(CertificateTrustViewModel certificate) {
            return false;
        }

        @Override
        public boolean logIn(LoginViewModel login) {
            login.passwordProperty().set(PASSWORD);
            login.bannerAcknowledgedProperty().set(true);
            return true;
        }

        @Override
        public boolean logInAgain(LoginViewModel login) {
            relogins.incrementAndGet();
            login.passwordProperty().set(PASSWORD);
            return true;
        }

        @Override
        public boolean editAppliance(ApplianceFormViewModel form) {
            return false;
        }
    }
}
