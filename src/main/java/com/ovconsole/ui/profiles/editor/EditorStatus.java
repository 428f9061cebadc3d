package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the editor's footer shows: whether it is busy, one line of status, a save task's progress. */
final class EditorStatus {

    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(-1);

    EditorStatus(Messages messages) {
        this.messages = messages;
    }

    /** Busy (loading, saving): the form is locked until {@link #done}. */
    void working(String message) {
        busy.set(true);
        text.set(message);
    }

    void done(String message) {
        busy.set(false);
        taskProgress.set(-1);
        text.set(message);
    }

    void say(String message) {
        text.set(message);
    }

    void task(TaskResource task) {
        if (task != null) {
            taskProgress.set(task.percent() / 100.0);
            text.set(messages.format("profiles.editor.task", task.name(), task.taskState(), task.percent()));
        }
    }

    boolean isBusy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }
}
