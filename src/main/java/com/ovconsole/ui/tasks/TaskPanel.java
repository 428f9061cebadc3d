package com.ovconsole.ui.tasks;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.TextClipboard;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.errors.ErrorViewModel;
import java.time.ZoneId;
import javafx.scene.Node;

/**
 * The task panel ready for the main window's bottom slot:
 * {@code mainWindow.setTaskPanel(TaskPanel.create(center, runner, messages, loader, clipboard).node())}.
 */
public final class TaskPanel {

    private final TaskPanelViewModel viewModel;
    private final LoadedView<TaskPanelView> view;

    private TaskPanel(TaskPanelViewModel viewModel, LoadedView<TaskPanelView> view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Builds the panel on the FX thread. */
    public static TaskPanel create(TaskCenter center, BackgroundRunner runner, Messages messages, ViewLoader loader,
            TextClipboard clipboard) {
        TaskPanelViewModel viewModel = new TaskPanelViewModel(center, runner, messages,
                new ErrorViewModel(messages, clipboard), ZoneId.systemDefault());
        return new TaskPanel(viewModel, loader.load(TaskPanelView.class, new TaskPanelView(viewModel, loader)));
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
