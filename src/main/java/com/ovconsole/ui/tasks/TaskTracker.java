package com.ovconsole.ui.tasks;

import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;

/**
 * Where every asynchronous call (202 + task) goes: the task becomes a row in the task panel and
 * is polled off the FX thread. Features that start work hand the task here and follow it through
 * the returned handle; they never poll on their own.
 */
public interface TaskTracker {

    /**
     * Starts following a task.
     *
     * @param initial the TaskResource that came with the 202, or null
     * @param label what the user did, for the row ("Update server profile esx-prod-017")
     * @param userInitiated true when the user started it here (a notification is shown at the end)
     */
    TrackedTask track(ConnectedAppliance appliance, TaskRef task, TaskResource initial, String label,
            boolean userInitiated);
}
