package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskState;

/**
 * How a row looks: the state as the panel shows it. Besides the appliance's states it has the
 * console's own (reconnecting, gone, not watched); the View maps each to an icon and a style class.
 */
public enum TaskLook {
    RUNNING("running"),
    RECONNECTING("reconnecting"),
    COMPLETED("completed"),
    WARNING("warning"),
    ERROR("error"),
    STOPPED("stopped"),
    GONE("gone"),
    NOT_WATCHED("not-watched"),
    UNKNOWN("unknown");

    private final String styleClass;

    TaskLook(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The CSS class of the state cell ({@code task-state-<name>}). */
    public String styleClass() {
        return "task-state-" + styleClass;
    }

    /** False once the row will not change any more by itself. */
    public boolean isActive() {
        return this == RUNNING || this == RECONNECTING || this == UNKNOWN;
    }

    static TaskLook of(TaskState state) {
        return switch (state) {
            case COMPLETED -> COMPLETED;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
            case TERMINATED, KILLED -> STOPPED;
            case UNKNOWN -> UNKNOWN;
            default -> RUNNING;
        };
    }
}
