package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskResource;

/**
 * Something a feature offers on a finished task's row, e.g. "Download" on a completed backup.
 * Registered once with {@link TaskCenter#addFollowUp}; called on the UI thread.
 */
public interface TaskFollowUp {

    /** The button text, already localised. */
    String label();

    /** True when this row should offer it (the task finished successfully and is of the right kind). */
    boolean appliesTo(TaskResource finished);

    void run(TrackedTask task);
}
