package com.ovconsole.ui.backups;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.tasks.TaskTracker;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** The backups feature: the "Backups" tab of each connected appliance (create, download, delete). */
public final class BackupsModule implements FeatureModule {

    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final TaskTracker tracker;
    private final BackupDownloads downloads;
    private final Messages messages;

    public BackupsModule(ViewLoader loader, BackgroundRunner runner, DialogService dialogs, TaskTracker tracker,
            BackupDownloads downloads, Messages messages) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(messages.get("backups.title"), this::backups));
    }

    /** The Backups tab of {@code appliance}: its current backup and the downloads of it. */
    public ApplianceView backups(ConnectedAppliance appliance) {
        BackupsViewModel viewModel = new BackupsViewModel(appliance, runner, dialogs, tracker, downloads, messages,
                ZoneId.systemDefault());
        LoadedView<BackupsView> view = loader.load(BackupsView.class, new BackupsView(viewModel));
        viewModel.refresh();
        return ApplianceView.of(view.root(), viewModel::refresh, view.controller()::close);
    }
}
