package com.ovconsole.ui.tasks;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.LentStage;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.backups.BackupsModule;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The task panel and the Backups view wired as the composition root will wire them (real poller,
 * FX dispatcher, background threads), in a 1280x800 window shaped like the main window. For
 * TestFX tests and screenshots. Build it on the FX thread.
 */
public final class TaskDesk implements AutoCloseable {

    public final Messages messages = Messages.load(Locale.ROOT);
    public final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "test-background");
        thread.setDaemon(true);
        return thread;
    });
    public final TaskPoller poller = TaskPoller.create(PollPolicy.DEFAULT);
    public final BackgroundRunner runner = new BackgroundRunner(executor, new FxUiDispatcher());
    public final TaskCenter center;
    public final BackupDownloads downloads;
    public final BackupsModule backups;
    public final TaskPanel panel;
    public final BorderPane window = new BorderPane();

    public TaskDesk(Stage stage, DialogService dialogs, Path configDir, Downloader downloader) {
        FxThemes.apply(Theme.LIGHT);
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalStateException("unexpected controller " + type);
        });
        center = new TaskCenter(poller, new FxUiDispatcher(), runner, dialogs, new TaskHistoryStore(configDir),
                messages, Clock.systemDefaultZone());
        downloads = new BackupDownloads(runner, new FxUiDispatcher(), dialogs, new SettingsStore(configDir),
                downloader, messages);
        center.addFollowUp(downloads);
        backups = new BackupsModule(loader, runner, dialogs, center, downloads, messages);
        panel = new TasksModule(loader, runner, center, messages, text -> { }).panel();
        TitledPane tasks = new TitledPane("Tasks", panel.node());
        tasks.getStyleClass().add("task-panel");
        tasks.setCollapsible(false);
        tasks.setPrefHeight(470);
        window.setBottom(tasks);
        window.getStyleClass().add("main-window");
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        LentStage.show(stage, scene);
    }

    public void setCentre(Node node) {
        window.setCenter(node);
    }

    @Override
    public void close() {
        panel.close();
        poller.close();
        executor.shutdownNow();
    }
}
