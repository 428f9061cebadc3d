package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskResource;
import javafx.scene.control.TreeCell;

/** A child task in the details: name, state and, while it runs, its percent (a narrow pane stays uncut). */
final class ChildTaskCell extends TreeCell<TaskResource> {

    @Override
    protected void updateItem(TaskResource task, boolean empty) {
        super.updateItem(task, empty);
        if (empty || task == null) {
            setText(null);
            return;
        }
        boolean running = "Running".equals(task.taskState());
        setText(task.name() + " — " + task.taskState() + (running ? " (" + task.percent() + " %)" : ""));
    }
}
