package com.ovconsole.ui.backups;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.Backup;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.tasks.TaskTimes;
import com.ovconsole.ui.tasks.TaskTracker;
import com.ovconsole.ui.tasks.TrackedTask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Backups view of one appliance: the current backup (time, size, status), "Create backup"
 * (a task handed to the {@link TaskTracker}) and downloads of it.
 */
public final class BackupsViewModel {

    private static final String BACKUPS = "/rest/backups";
    /** Short and local: "Mar 2, 2026, 9:50 AM" (seconds say nothing about a backup). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.getDefault());

    private final ConnectedAppliance appliance;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final TaskTracker tracker;
    private final BackupDownloads downloads;
    private final Messages messages;
    private final ZoneId zone;
    private Job<List<Backup>> loading;

    // Properties
    private final ReadOnlyObjectWrapper<Backup> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper(this, "created", "");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper statusStyle = new ReadOnlyStringWrapper(this, "statusStyle", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper hasBackup = new ReadOnlyBooleanWrapper(this, "hasBackup");
    private final ReadOnlyBooleanWrapper canDownload = new ReadOnlyBooleanWrapper(this, "canDownload");
    private final ReadOnlyBooleanWrapper canCancelBackup = new ReadOnlyBooleanWrapper(this, "canCancelBackup");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final FilteredList<BackupDownload> myDownloads;
    private final ReadOnlyObjectWrapper<BackupDownload> latestDownload = new ReadOnlyObjectWrapper<>(this,
            "latestDownload");
    private final ListChangeListener<BackupDownload> downloadsChanged = change -> showLatestDownload();

    public BackupsViewModel(ConnectedAppliance appliance, BackgroundRunner runner, DialogService dialogs,
            TaskTracker tracker, BackupDownloads downloads, Messages messages, ZoneId zone) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = zone;
        myDownloads = new FilteredList<>(downloads.downloads(), download -> download.appliance() == appliance);
        myDownloads.addListener(downloadsChanged);
        showLatestDownload();
        show(List.of());
    }

    private void showLatestDownload() {
        latestDownload.set(myDownloads.isEmpty() ? null : myDownloads.get(0));
    }

    // Commands

    /** Reads the appliance's backups (off the UI thread). */
    public void refresh() {
        if (loading != null) {
            loading.cancel();
        }
        busy.set(true);
        loading = runner.run(context -> appliance.client().allPages(BACKUPS, PageQuery.ALL, Backup.class,
                page -> { }, context::isCancelled), found -> {
                    busy.set(false);
                    show(found);
                }, failure -> {
                    busy.set(false);
                    message.set(messages.format("backups.loadFailed", failure.getMessage()));
                });
    }

    private void show(List<Backup> found) {
        backups.setAll(found.stream().sorted(Comparator.comparing((Backup backup) ->
                Objects.toString(backup.created(), "")).reversed()).toList());
        Backup newest = backups.isEmpty() ? null : backups.get(0);
        current.set(newest);
        hasBackup.set(newest != null);
        canDownload.set(newest != null && newest.downloadUri() != null && "SUCCEEDED".equalsIgnoreCase(newest.status()));
        canCancelBackup.set(newest != null && newest.uri() != null && "IN_PROGRESS".equalsIgnoreCase(newest.status()));
        name.set(newest == null ? "" : Objects.toString(newest.id(), ""));
        created.set(newest == null ? "" : TaskTimes.parse(newest.created())
                .map(instant -> WHEN.format(instant.atZone(zone))).orElse(Objects.toString(newest.created(), "")));
        size.set(sizeText(newest));
        status.set(newest == null ? "" : statusText(newest.status()));
        statusStyle.set(newest == null ? "" : statusStyle(newest.status()));
        message.set(newest == null ? messages.get("backups.none") : "");
    }

    /** A backup still being written has no size yet: "being created", never "0 B". */
    private String sizeText(Backup backup) {
        if (backup == null) {
            return "";
        }
        if ("IN_PROGRESS".equalsIgnoreCase(backup.status())) {
            return messages.get("backups.size.creating");
        }
        return backup.backupSize() == null ? "—" : ByteSizes.format(backup.backupSize());
    }

    private String statusText(String raw) {
        if (raw == null) {
            return "";
        }
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "SUCCEEDED" -> messages.get("backups.status.succeeded");
            case "IN_PROGRESS" -> messages.get("backups.status.inProgress");
            case "FAILED" -> messages.get("backups.status.failed");
            default -> raw;
        };
    }

    private static String statusStyle(String raw) {
        return switch (Objects.toString(raw, "").toUpperCase(Locale.ROOT)) {
            case "SUCCEEDED" -> "ok";
            case "IN_PROGRESS" -> "running";
            case "FAILED" -> "critical";
            default -> "";
        };
    }

    /** Asks first (the appliance keeps one backup), then POST /rest/backups; the task goes to the panel. */
    public void createBackup() {
        if (!dialogs.confirm(messages.get("backups.create.title"), messages.get("backups.create.warning"),
                messages.get("backups.create.confirm"), messages.get("backups.create.keep"))) {
            return;
        }
        busy.set(true);
        runner.run(context -> appliance.client().post(BACKUPS, null), this::started, failure -> {
            busy.set(false);
            dialogs.showError(failure);
        });
    }

    private void started(WriteResult result) {
        busy.set(false);
        if (result instanceof WriteResult.Accepted accepted) {
            TrackedTask task = tracker.track(appliance, accepted.task(), accepted.initial().orElse(null),
                    messages.get("backups.create.label"), true);
            task.finished().whenComplete((TaskResource done, Throwable stopped) -> refresh());
        }
        refresh();
    }

    /**
     * Stops a backup being made: {@code DELETE /rest/backups/<id>} (its task ends Terminated). The
     * appliance's way to cancel a backup; its task is not cancellable through the task itself.
     */
    public void cancelBackup() {
        Backup backup = current.get();
        if (!canCancelBackup.get() || !dialogs.confirm(messages.get("backups.cancel.title"),
                messages.get("backups.cancel.text"), messages.get("backups.cancel.confirm"),
                messages.get("backups.cancel.keep"))) {
            return;
        }
        busy.set(true);
        runner.run(context -> appliance.client().delete(backup.uri(), null), deleted -> refresh(), failure -> {
            busy.set(false);
            dialogs.showError(failure);
        });
    }

    /** Downloads the current backup (asks where to save it). */
    public void downloadCurrent() {
        Backup backup = current.get();
        if (backup != null && backup.uri() != null) {
            downloads.download(appliance, backup.uri());
        }
    }

    public void cancelDownload() {
        BackupDownload download = latestDownload.get();
        if (download != null) {
            download.cancel();
        }
    }

    public void retryDownload() {
        BackupDownload download = latestDownload.get();
        if (download != null) {
            download.retry();
        }
    }

    /** The view closes: no more callbacks into it. */
    public void close() {
        if (loading != null) {
            loading.cancel();
        }
        myDownloads.removeListener(downloadsChanged);
    }

    // Properties

    public String applianceName() {
        return appliance.displayName();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status dot's style class: ok, warning, critical or empty. */
    public ReadOnlyStringProperty statusStyleProperty() {
        return statusStyle.getReadOnlyProperty();
    }

    /** "No backup yet" or why reading failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasBackupProperty() {
        return hasBackup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDownloadProperty() {
        return canDownload.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelBackupProperty() {
        return canCancelBackup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    /** The newest download of this appliance's backups, or null. */
    public ReadOnlyObjectProperty<BackupDownload> latestDownloadProperty() {
        return latestDownload.getReadOnlyProperty();
    }
}
