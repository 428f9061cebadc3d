package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskResource;
import javafx.scene.control.TreeCell;

/** A child task in the details: name, state and percent. */
final class ChildTaskCell extends TreeCell<TaskResource> {

    @Override
    protected void updateItem(TaskResource task, boolean empty) {
        super.updateItem(task, empty);
        setText(empty || task == null ? null : task.name() + " — " + task.taskState() + " (" + task.percent() + " %)");
    }
}
