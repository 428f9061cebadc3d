package com.ovconsole.ui.tasks;

import com.ovconsole.ui.LoadedView;
import javafx.scene.Node;

/** The task panel in the main window's bottom slot; {@link TasksModule#panel()} makes it. */
public final class TaskPanel {

    private final TaskPanelViewModel viewModel;
    private final LoadedView<TaskPanelView> view;

    TaskPanel(TaskPanelViewModel viewModel, LoadedView<TaskPanelView> view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    public Node node() {
        return view.root();
    }

    public TaskPanelViewModel viewModel() {
        return viewModel;
    }

    /** Stops the panel's clock (on exit). */
    public void close() {
        view.controller().close();
    }
}
