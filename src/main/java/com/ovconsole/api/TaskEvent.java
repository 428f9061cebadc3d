package com.ovconsole.api;

import com.ovconsole.api.model.TaskResource;
import java.time.Duration;

/** What a {@link TaskPoller} reports about one watched task. */
public sealed interface TaskEvent {

    TaskRef task();

    /** A poll read the task; it is still running (or in a state this console does not know). */
    record Progress(TaskRef task, TaskResource resource) implements TaskEvent {
    }

    /** The task reached a terminal state (Completed, Warning, Error, Terminated, Killed). Last event. */
    record Finished(TaskRef task, TaskResource resource) implements TaskEvent {
    }

    /** A poll failed on the network or with a 5xx; polling goes on until the grace period ends. */
    record Reconnecting(TaskRef task, ApiException cause, Duration failingFor) implements TaskEvent {
    }

    /** 404: the appliance no longer knows the task. Last event. */
    record Gone(TaskRef task) implements TaskEvent {
    }

    /**
     * Watching stopped on an error (grace period over, session not renewed, a 4xx). The task may
     * still be running on the appliance: "stopped watching" is not "stopped running". Last event.
     */
    record StoppedWatching(TaskRef task, ApiException cause) implements TaskEvent {
    }
}
