package com.ovconsole.ui.tasks;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.Objects;
import javafx.scene.Node;

/** The "Tasks" tab of a connected appliance's workspace: recent tasks on that appliance. */
public final class RecentTasksViewFactory implements ApplianceViewFactory {

    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final TaskTracker tracker;
    private final Messages messages;

    public RecentTasksViewFactory(ViewLoader loader, BackgroundRunner runner, TaskTracker tracker, Messages messages) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String title() {
        return messages.get("tasks.recent.title");
    }

    @Override
    public ApplianceView create(ConnectedAppliance appliance) {
        RecentTasksViewModel viewModel = new RecentTasksViewModel(appliance, runner, tracker, messages);
        LoadedView<RecentTasksView> view = loader.load(RecentTasksView.class, new RecentTasksView(viewModel));
        viewModel.firstPage();
        return new ApplianceView() {
            @Override
            public Node node() {
                return view.root();
            }

            @Override
            public void refresh() {
                viewModel.refresh();
            }
        };
    }
}
