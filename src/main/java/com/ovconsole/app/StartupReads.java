package com.ovconsole.app;

import com.ovconsole.store.LoadResult;
import com.ovconsole.store.RunningTask;
import com.ovconsole.store.Settings;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.tasks.TaskCenter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The files the first window needs (settings, running tasks saved at the last exit), read on a
 * thread of their own that {@link Main} starts before the toolkit, so that reading them (and
 * Jackson's first start) overlaps the toolkit's start instead of delaying the window. The
 * appliances and drafts are read later, in the background, by their ViewModels.
 */
final class StartupReads {

    private static volatile StartupReads started;

    private final Path configDirectory;
    private final CompletableFuture<LoadResult<Settings>> settings;
    private final CompletableFuture<LoadResult<List<RunningTask>>> runningTasks;

    private StartupReads(Path configDirectory) {
        this.configDirectory = configDirectory;
        this.settings = new CompletableFuture<>();
        this.runningTasks = new CompletableFuture<>();
    }

    /** Starts the reads for {@code configDirectory}; {@link #forFolder} hands them to the app. */
    static void start(Path configDirectory) {
        StartupReads reads = new StartupReads(configDirectory);
        Thread thread = new Thread(reads::read, "ov-startup-reads");
        thread.setDaemon(true);
        thread.start();
        started = reads;
    }

    /** The reads started for this folder, or reads done now on the caller's thread (tests). */
    static StartupReads forFolder(Path configDirectory) {
        StartupReads reads = started;
        if (reads != null && reads.configDirectory.equals(configDirectory)) {
            started = null;
            return reads;
        }
        StartupReads now = new StartupReads(configDirectory);
        now.read();
        return now;
    }

    LoadResult<Settings> settings() {
        return settings.join();
    }

    /** Running tasks saved at the last exit, with the warnings of a file that had to be set aside. */
    LoadResult<List<RunningTask>> runningTasks() {
        return runningTasks.join();
    }

    private void read() {
        try {
            settings.complete(new SettingsStore(configDirectory).load());
        } catch (RuntimeException e) {
            settings.completeExceptionally(e);
        }
        try {
            runningTasks.complete(TaskCenter.readSaved(new TaskHistoryStore(configDirectory)));
        } catch (RuntimeException e) {
            runningTasks.completeExceptionally(e);
        }
    }
}
