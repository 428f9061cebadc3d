package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.Downloader;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.merge.Choice;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.DraftStore;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.backups.BackupDownload;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.backups.DownloadState;
import com.ovconsole.ui.errors.ErrorReport;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import com.ovconsole.ui.tasks.TaskCenter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/**
 * One appliance under fault, and the console's real parts around it: the simulator over pinned
 * HTTPS, a client whose re-login hook plays the user (answers with the password, or cancels), the
 * real TaskCenter/TaskPoller, drafts and settings in a temporary folder, the stand-in UI thread and
 * a recording DialogService. What the user would read is {@link #errorText()}.
 */
final class FaultBed implements AutoCloseable {

    static final PollPolicy FAST_POLLS = new PollPolicy(Duration.ofMillis(20), Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofSeconds(5));

    final ManualClock clock = new ManualClock();
    final SimulatorFixture fixture;
    final ApplianceSimulator sim;
    final UiThread ui = new UiThread();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final FaultDialogs shownDialogs = new FaultDialogs(dialogs);
    final Messages messages = Messages.load(Locale.ROOT);
    final Path configDir;
    final DraftStore drafts;
    final TaskPoller poller = TaskPoller.create(FAST_POLLS, 2);
    final TaskCenter tasks;
    final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fault-timers");
        t.setDaemon(true);
        return t;
    });
    final ProfileServices services;
    BackupDownloads downloads;
    final ConnectedAppliance appliance;
    /** Whether the "user" types the password again when the session expired. */
    volatile boolean reloginAccepted = true;
    final AtomicInteger reloginPrompts = new AtomicInteger();
    /** How the "user" answers a merge: keep theirs where both changed the same field, take every other change. */
    final AtomicInteger merged = new AtomicInteger();
    final MergePrompt merges = merge -> {
        merged.incrementAndGet();
        merge.chooseAll(Choice.THEIRS);
        return Optional.of(merge.merged());
    };

    FaultBed(SimulatorConfig.Builder config, Path configDir, Duration requestTimeout) {
        this.fixture = SimulatorFixture.start(config.clock(clock));
        this.sim = fixture.simulator();
        this.configDir = configDir;
        this.drafts = new DraftStore(configDir);
        this.tasks = ui.call(() -> new TaskCenter(poller, ui, ui.runner(), shownDialogs, new TaskHistoryStore(configDir),
                messages, Clock.systemUTC()));
        this.services = new ProfileServices(ui.runner(), ui, timers, shownDialogs, tasks, drafts, messages,
                Duration.ofMillis(10), Duration.ofMinutes(10));
        this.downloads = new BackupDownloads(ui.runner(), ui, shownDialogs, new SettingsStore(configDir), new Downloader(),
                messages);
        this.appliance = new ConnectedAppliance("appliance-1", "Lab A", signedIn(requestTimeout));
    }

    /** Tasks that end at once, 20 profiles, small archives. */
    static SimulatorConfig.Builder quick() {
        return SimulatorConfig.builder().taskSeconds(0).profiles(20).backupBytes(256 * 1024);
    }

    static FaultBed start(Path configDir) {
        return new FaultBed(quick(), configDir, Duration.ofSeconds(10));
    }

    private ApplianceClient signedIn(Duration requestTimeout) {
        ReloginHook hook = (address, user) -> {
            reloginPrompts.incrementAndGet();
            return reloginAccepted ? Optional.of(admin()) : Optional.empty();
        };
        ApplianceClient client = fixture.clientBuilder().requestTimeout(requestTimeout).reloginHook(hook).build();
        client.negotiate();
        client.login(admin());
        return client;
    }

    private Credentials admin() {
        SimulatorConfig config = sim.config();
        return new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true);
    }

    /** Another administrator's console on the same appliance: its own session, its own editor. */
    ConnectedAppliance secondSession(String name) {
        return new ConnectedAppliance(UUID.randomUUID().toString(), name, fixture.signedInClient());
    }

    String firstId() {
        return sim.profileIds().get(0);
    }

    static String uriOf(String id) {
        return "/rest/server-profiles/" + id;
    }

    ProfileEditorViewModel open(String id) {
        return open(appliance, id);
    }

    /** An editor on {@code on}'s session showing the profile, loaded (or failed: see the status). */
    ProfileEditorViewModel open(ConnectedAppliance on, String id) {
        ProfileEditorViewModel editor = ui.call(() -> new ProfileEditorViewModel(on, services, merges));
        ui.run(() -> editor.open(uriOf(id)));
        ui.waitUntil("the editor has loaded or failed", () -> !editor.busyProperty().get());
        quiet();
        return editor;
    }

    /**
     * Waits until the console has stopped talking to the appliance (the editor's pickers load in
     * the background), so a fault aimed at "the next request" hits the one the test sends: first
     * until no background job runs (silence alone misread a slow second handshake as quiet), then
     * until no request arrives for a moment (task polls run on their own threads).
     */
    void quiet() {
        ui.waitForIdleWork();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long seen = sim.requestCount();
        while (System.nanoTime() < deadline) {
            sleep(150);
            long now = sim.requestCount();
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }

    /** Types into the description, as the user does. */
    void type(ProfileEditorViewModel editor, ProfileField field, String text) {
        ui.run(() -> editor.text(field).set(text));
    }

    /** Presses Save and waits until the editor is no longer busy; returns the footer's text. */
    String save(ProfileEditorViewModel editor) {
        ui.run(editor::save);
        ui.waitUntil("the save has ended", () -> !editor.busyProperty().get());
        return ui.call(() -> editor.statusProperty().get());
    }

    /** The edits the editor still holds, as it would send them. */
    String shown(ProfileEditorViewModel editor, ProfileField field) {
        return ui.call(() -> editor.text(field).get());
    }

    /** The draft on disk for the profile (the crash safety net), waiting briefly for the debounced write. */
    Optional<String> draftDescription(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var draft = drafts.load(appliance.id(), uriOf(id)).value();
            if (draft.isPresent()) {
                return Optional.of(draft.get().mine().path("description").asString());
            }
            sleep(20);
        }
        return Optional.empty();
    }

    /** Every error dialog shown so far, as the user reads it (message, details). */
    List<String> errorTexts() {
        return ui.call(() -> dialogs.errors.stream().map(this::asText).toList());
    }

    /** The last error dialog's text; fails when none was shown. */
    String errorText() {
        List<String> texts = errorTexts();
        assertThat(texts).as("an error dialog was shown").isNotEmpty();
        return texts.get(texts.size() - 1);
    }

    private String asText(Throwable failure) {
        ErrorReport report = ErrorReport.of(failure, messages);
        String text = report.message() + "\n" + report.details() + "\n" + String.join("\n", report.recommendedActions());
        assertReadable(text);
        return text;
    }

    /** No stack trace, no exception class name, no Jackson internals: words for a person. */
    static void assertReadable(String text) {
        assertThat(text).doesNotContain("Exception", "\tat ", "java.", "tools.jackson", "com.ovconsole", "Unexpected error");
    }

    /** Downloads go through {@code downloader} from now on. */
    void useDownloader(Downloader downloader) {
        downloads = new BackupDownloads(ui.runner(), ui, shownDialogs, new SettingsStore(configDir), downloader, messages);
    }

    /** A finished backup on the appliance; its URI ({@code /rest/backups/<id>}). */
    String readyBackup() {
        WriteResult started = appliance.client().post("/rest/backups", null);
        TaskRef task = ((WriteResult.Accepted) started).task();
        clock.advance(Duration.ofSeconds(sim.config().taskSeconds() + 1));
        TaskResource done = appliance.client().task(task);
        assertThat(done.state().isSuccess()).as("the backup task succeeded: " + done.taskState()).isTrue();
        String uri = done.associatedResource().resourceUri();
        return uri.substring(uri.indexOf("/rest/backups/"));
    }

    /** Downloads the backup as the user does (the chooser answers {@code target}); waits until it ends. */
    BackupDownload download(String backupUri, Path target) {
        ui.run(() -> {
            dialogs.saveFileAnswer = Optional.of(target);
            downloads.download(appliance, backupUri);
        });
        ui.waitUntil("the download has started", () -> !downloads.downloads().isEmpty());
        BackupDownload download = ui.call(() -> downloads.downloads().get(0));
        ui.waitUntil("the download has ended", () -> download.getState() != DownloadState.RUNNING
                && download.getState() != DownloadState.PREPARING);
        return download;
    }

    /** The description as stored on the appliance now. */
    String storedDescription(String id) {
        ObjectNode stored = sim.profile(id);
        return stored.path("description").asString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sim.setLatencyMs(0);
        sim.clearSpoiledAnswers();
        timers.shutdownNow();
        poller.close();
        ui.close();
        appliance.client().logout();
        fixture.close();
    }
}
