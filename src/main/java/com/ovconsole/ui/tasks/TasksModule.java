package com.ovconsole.ui.tasks;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.TextClipboard;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.errors.ErrorViewModel;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks feature: the task panel at the bottom of the main window ({@link #panel()}) and the
 * "Tasks" tab of each connected appliance (its recent tasks).
 */
public final class TasksModule implements FeatureModule {

    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final TaskCenter center;
    private final Messages messages;
    private final TextClipboard clipboard;
    private final Navigator navigator;

    public TasksModule(ViewLoader loader, BackgroundRunner runner, TaskCenter center, Messages messages,
            TextClipboard clipboard) {
        this(loader, runner, center, messages, clipboard, Navigator.NONE);
    }

    /** @param navigator opens a task's resource in its appliance's workspace (the resource links) */
    public TasksModule(ViewLoader loader, BackgroundRunner runner, TaskCenter center, Messages messages,
            TextClipboard clipboard, Navigator navigator) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.center = Objects.requireNonNull(center, "center");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(messages.get("tasks.recent.title"), this::recentTasks));
    }

    /** The task panel, ready for the main window's bottom slot; built on the FX thread. */
    public TaskPanel panel() {
        TaskPanelViewModel viewModel = new TaskPanelViewModel(center, runner, messages,
                new ErrorViewModel(messages, clipboard), ZoneId.systemDefault(), navigator);
        return new TaskPanel(viewModel, loader.load(TaskPanelView.class, new TaskPanelView(viewModel, loader)));
    }

    /** The Tasks tab of {@code appliance}: its recent tasks, newest first. */
    public ApplianceView recentTasks(ConnectedAppliance appliance) {
        RecentTasksViewModel viewModel = new RecentTasksViewModel(appliance, runner, center, messages, navigator);
        LoadedView<RecentTasksView> view = loader.load(RecentTasksView.class, new RecentTasksView(viewModel));
        viewModel.firstPage();
        return ApplianceView.of(view.root(), viewModel::refresh, viewModel::close);
    }
}
