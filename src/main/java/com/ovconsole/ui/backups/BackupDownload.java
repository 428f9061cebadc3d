package com.ovconsole.ui.backups;

import com.ovconsole.api.DownloadInterruptedException;
import com.ovconsole.api.DownloadResult;
import com.ovconsole.api.Downloader;
import com.ovconsole.api.PartialDownload;
import com.ovconsole.store.AtomicFiles;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One backup archive going to disk: streams through the {@link Downloader} ({@code .part}, length
 * check, SHA-256, atomic move), then writes {@code <name>.sha256} beside it. Cancel and retry;
 * a retry after a broken-off transfer resumes from its {@code .part}. Properties change on the UI
 * dispatcher's thread.
 */
public final class BackupDownload {

    private static final long PROGRESS_EVERY_NANOS = Duration.ofMillis(100).toNanos();

    private final ConnectedAppliance appliance;
    private final String downloadUri;
    private final Path target;
    private final BackgroundRunner runner;
    private final UiDispatcher dispatcher;
    private final Downloader downloader;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private final Consumer<BackupDownload> onDone;
    private Job<DownloadResult> job;
    /** What a broken-off transfer left to resume from; null to start from the first byte. */
    private volatile PartialDownload partial;

    // Properties
    private final ReadOnlyObjectWrapper<DownloadState> state = new ReadOnlyObjectWrapper<>(this, "state",
            DownloadState.PREPARING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper bytesText = new ReadOnlyStringWrapper(this, "bytesText", "");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper(this, "rateText", "");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper sha256 = new ReadOnlyStringWrapper(this, "sha256", "");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");

    BackupDownload(ConnectedAppliance appliance, String downloadUri, Path target, BackgroundRunner runner,
            UiDispatcher dispatcher, Downloader downloader, Messages messages, LongSupplier nanoTime,
            Consumer<BackupDownload> onDone) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.downloadUri = Objects.requireNonNull(downloadUri, "downloadUri");
        this.target = Objects.requireNonNull(target, "target");
        this.runner = runner;
        this.dispatcher = dispatcher;
        this.downloader = downloader;
        this.messages = messages;
        this.nanoTime = nanoTime;
        this.onDone = onDone;
    }

    // Commands

    /**
     * Starts the transfer; after a broken-off one it resumes from the {@code .part}, after a cancel
     * or another failure it starts from the first byte.
     */
    public void start() {
        if (state.get() == DownloadState.RUNNING) {
            return;
        }
        state.set(DownloadState.RUNNING);
        sha256.set("");
        progress.set(-1);
        bytesText.set("");
        rateText.set("");
        etaText.set("");
        PartialDownload from = partial;
        statusText.set(from == null ? messages.format("backups.download.running", target.getFileName())
                : messages.format("backups.download.resuming", target.getFileName(), ByteSizes.format(from.bytes())));
        canCancel.set(true);
        canRetry.set(false);
        long started = nanoTime.getAsLong();
        Throttle throttle = new Throttle(started, from == null ? 0 : from.bytes());
        job = runner.run(context -> transfer(from, throttle, context::isCancelled), this::succeeded, this::failed);
    }

    public void retry() {
        start();
    }

    /** Stops the transfer; the unfinished {@code .part} is removed and nothing takes the final name. */
    public void cancel() {
        if (state.get() != DownloadState.RUNNING) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        partial = null; // the downloader removes the .part when it sees the cancel
        state.set(DownloadState.CANCELLED);
        statusText.set(messages.get("backups.download.cancelled"));
        canCancel.set(false);
        canRetry.set(true);
        etaText.set("");
        rateText.set("");
    }

    private DownloadResult transfer(PartialDownload from, Throttle throttle, BooleanSupplier cancelled)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        DownloadResult result;
        try {
            result = from == null
                    ? downloader.download(appliance.client(), downloadUri, folder, name, throttle::progress, cancelled)
                    : downloader.resume(appliance.client(), from, throttle::progress, cancelled);
        } catch (DownloadInterruptedException broken) {
            partial = broken.partial();
            throw broken;
        }
        partial = null;
        Path file = result.file();
        if (!file.getFileName().toString().equals(name)) {
            // The chooser already asked about replacing an existing file of the chosen name.
            file = Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        String line = result.sha256() + "  " + name + "\n";
        AtomicFiles.write(target.resolveSibling(name + ".sha256"), line.getBytes(StandardCharsets.UTF_8));
        return new DownloadResult(file, result.size(), result.sha256());
    }

    private void succeeded(DownloadResult result) {
        state.set(DownloadState.DONE);
        progress.set(1);
        bytesText.set(ByteSizes.format(result.size()));
        etaText.set("");
        sha256.set(result.sha256());
        statusText.set(messages.format("backups.download.done", result.file().getFileName(),
                ByteSizes.format(result.size())));
        canCancel.set(false);
        canRetry.set(false);
        onDone.accept(this);
    }

    private void failed(Throwable error) {
        if (!(error instanceof DownloadInterruptedException)) {
            partial = null; // the downloader removed the .part: a retry starts from zero
        }
        state.set(DownloadState.FAILED);
        PartialDownload kept = partial;
        if (kept == null) {
            statusText.set(messages.format("backups.download.failed", error.getMessage()));
        } else {
            // The throttled progress may lag behind: show exactly what the .part holds.
            progress.set(kept.total() > 0 ? (double) kept.bytes() / kept.total() : -1);
            bytesText.set(kept.total() >= 0 ? messages.format("backups.download.bytesOf",
                    ByteSizes.format(kept.bytes()), ByteSizes.format(kept.total())) : ByteSizes.format(kept.bytes()));
            statusText.set(messages.format("backups.download.interrupted", ByteSizes.format(kept.bytes()),
                    kept.part().getFileName()));
        }
        canCancel.set(false);
        canRetry.set(true);
        etaText.set("");
        rateText.set("");
    }

    /** Turns the downloader's per-chunk calls into at most ten UI updates a second. */
    private final class Throttle {

        private final long started;
        private long base;
        private long lastShown;

        /** @param base bytes already in the .part: they do not count towards the rate */
        Throttle(long started, long base) {
            this.started = started;
            this.base = base;
            this.lastShown = started - PROGRESS_EVERY_NANOS;
        }

        void progress(long bytes, long total) {
            long now = nanoTime.getAsLong();
            if (now - lastShown < PROGRESS_EVERY_NANOS && bytes != total) {
                return;
            }
            lastShown = now;
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            base = Math.min(base, bytes); // the appliance made it start over
            double rate = (bytes - base) / seconds;
            String done = total >= 0
                    ? messages.format("backups.download.bytesOf", ByteSizes.format(bytes), ByteSizes.format(total))
                    : ByteSizes.format(bytes);
            String speed = messages.format("backups.download.rate", ByteSizes.format((long) rate));
            String eta = total > 0 && rate > 0
                    ? messages.format("backups.download.eta",
                    TaskTimes.duration(Duration.ofSeconds(Math.round((total - bytes) / rate)))) : "";
            double fraction = total > 0 ? (double) bytes / total : -1;
            dispatcher.dispatch(() -> {
                if (state.get() == DownloadState.RUNNING) {
                    progress.set(fraction);
                    bytesText.set(done);
                    rateText.set(speed);
                    etaText.set(eta);
                }
            });
        }
    }

    // Properties

    public ConnectedAppliance appliance() {
        return appliance;
    }

    /** Where the archive goes (its final name). */
    public Path target() {
        return target;
    }

    public String fileName() {
        return target.getFileName().toString();
    }

    /** "in /home/ana/Downloads". */
    public String folderText() {
        return messages.format("backups.download.folder", target.toAbsolutePath().getParent());
    }

    public DownloadState getState() {
        return state.get();
    }

    /** 0..1, or -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesTextProperty() {
        return bytesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Lowercase hex once done. */
    public ReadOnlyStringProperty sha256Property() {
        return sha256.getReadOnlyProperty();
    }

    public String getSha256() {
        return sha256.get();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    /** Bytes kept in the {@code .part} that Retry resumes from; 0 when Retry starts from zero. */
    public long resumableBytes() {
        PartialDownload kept = partial;
        return kept == null ? 0 : kept.bytes();
    }
}
