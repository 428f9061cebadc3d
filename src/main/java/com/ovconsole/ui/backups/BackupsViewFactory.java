package com.ovconsole.ui.backups;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.tasks.TaskTracker;
import java.time.ZoneId;
import java.util.Objects;
import javafx.scene.Node;

/** The "Backups" tab of a connected appliance's workspace. */
public final class BackupsViewFactory implements ApplianceViewFactory {

    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final TaskTracker tracker;
    private final BackupDownloads downloads;
    private final Messages messages;

    public BackupsViewFactory(ViewLoader loader, BackgroundRunner runner, DialogService dialogs, TaskTracker tracker,
            BackupDownloads downloads, Messages messages) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String title() {
        return messages.get("backups.title");
    }

    @Override
    public ApplianceView create(ConnectedAppliance appliance) {
        BackupsViewModel viewModel = new BackupsViewModel(appliance, runner, dialogs, tracker, downloads, messages,
                ZoneId.systemDefault());
        LoadedView<BackupsView> view = loader.load(BackupsView.class, new BackupsView(viewModel));
        viewModel.refresh();
        return new ApplianceView() {
            @Override
            public Node node() {
                return view.root();
            }

            @Override
            public void refresh() {
                viewModel.refresh();
            }

            @Override
            public void close() {
                view.controller().close();
            }
        };
    }
}
