package com.ovconsole.ui.backups;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.FileNames;
import com.ovconsole.api.model.Backup;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.store.Settings;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskFollowUp;
import com.ovconsole.ui.tasks.TrackedTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every backup download of this console: resolves the backup resource, asks where to save it
 * (starting in the last download folder), runs a {@link BackupDownload}. Also the "Download"
 * follow-up on a completed backup task's row in the task panel. Call on the UI thread.
 */
public final class BackupDownloads implements TaskFollowUp {

    private static final String BACKUPS = "/rest/backups/";

    private final BackgroundRunner runner;
    private final UiDispatcher dispatcher;
    private final DialogService dialogs;
    private final SettingsStore settings;
    private final Downloader downloader;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private final ObservableList<BackupDownload> downloads = FXCollections.observableArrayList();

    public BackupDownloads(BackgroundRunner runner, UiDispatcher dispatcher, DialogService dialogs,
            SettingsStore settings, Downloader downloader, Messages messages) {
        this(runner, dispatcher, dialogs, settings, downloader, messages, System::nanoTime);
    }

    /** {@code nanoTime} times the speed and ETA shown (the screenshot tour passes its still clock). */
    public BackupDownloads(BackgroundRunner runner, UiDispatcher dispatcher, DialogService dialogs, SettingsStore settings,
            Downloader downloader, Messages messages, LongSupplier nanoTime) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.nanoTime = nanoTime;
    }

    /** What the save question needs, read off the UI thread. */
    private record Prepared(Backup backup, Path folder) {
    }

    /** Downloads the backup at {@code backupUri} ({@code /rest/backups/<id>}) after asking where. */
    public void download(ConnectedAppliance appliance, String backupUri) {
        runner.run(context -> new Prepared(appliance.client().get(backupUri, Backup.class).value(), defaultFolder()),
                prepared -> askAndStart(appliance, prepared), dialogs::showError);
    }

    private void askAndStart(ConnectedAppliance appliance, Prepared prepared) {
        Backup backup = prepared.backup();
        if (backup.downloadUri() == null || backup.downloadUri().isBlank()) {
            dialogs.showWarning(messages.get("backups.notReady.title"), messages.get("backups.notReady.text"));
            return;
        }
        String suggested = FileNames.sanitize(backup.id() == null ? null : backup.id() + ".bkp", "appliance-backup.bkp");
        Optional<Path> chosen = dialogs.chooseSaveFile(messages.get("backups.saveTitle"), prepared.folder(), suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        BackupDownload download = new BackupDownload(appliance, backup.downloadUri(), target, runner, dispatcher,
                downloader, messages, nanoTime, this::finished);
        downloads.add(0, download);
        download.start();
        rememberFolder(target.toAbsolutePath().getParent());
    }

    private void finished(BackupDownload download) {
        dialogs.notify(messages.get("backups.notify.title"), messages.format("backups.notify.text",
                download.target().getFileName(), download.getSha256()));
    }

    private Path defaultFolder() {
        String last = settings.load().value().lastDownloadFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path downloadsFolder = home.resolve("Downloads");
        return Files.isDirectory(downloadsFolder) ? downloadsFolder : home;
    }

    private void rememberFolder(Path folder) {
        if (folder == null) {
            return;
        }
        runner.run(context -> {
            Settings current = settings.load().value();
            settings.save(current.withLastDownloadFolder(folder.toString()));
            return folder;
        }, saved -> { }, failure -> System.getLogger(BackupDownloads.class.getName())
                .log(System.Logger.Level.WARNING, "The download folder could not be remembered: " + failure));
    }

    /** Every download of this session, newest first. */
    public ObservableList<BackupDownload> downloads() {
        return downloads;
    }

    // TaskFollowUp: "Download" on a finished backup task

    @Override
    public String label() {
        return messages.get("backups.download");
    }

    @Override
    public boolean appliesTo(TaskResource finished) {
        return finished.state().isSuccess() && backupUriOf(finished).isPresent();
    }

    @Override
    public void run(TrackedTask task) {
        TaskResource latest = task.latestProperty().get();
        Optional<String> backupUri = latest == null ? Optional.empty() : backupUriOf(latest);
        backupUri.ifPresent(uri -> download(task.appliance(), uri));
    }

    private static Optional<String> backupUriOf(TaskResource task) {
        if (task.associatedResource() == null || task.associatedResource().resourceUri() == null) {
            return Optional.empty();
        }
        String uri = task.associatedResource().resourceUri();
        return uri.contains(BACKUPS) ? Optional.of(uri.substring(uri.indexOf(BACKUPS))) : Optional.empty();
    }
}
