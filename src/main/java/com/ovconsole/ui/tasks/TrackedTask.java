package com.ovconsole.ui.tasks;

import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyObjectProperty;

/** A task the task panel follows. Properties change on the UI dispatcher's thread only. */
public interface TrackedTask {

    ConnectedAppliance appliance();

    TaskRef ref();

    /** The latest TaskResource read (null until the first read when the 202 carried none). */
    ReadOnlyObjectProperty<TaskResource> latestProperty();

    /**
     * Completes on the UI dispatcher's thread with the terminal TaskResource (Completed, Warning,
     * Error, Terminated, Killed); completes exceptionally when watching stops without a terminal
     * state (task gone, grace period over, stopped by the user) — the task may still be running.
     */
    CompletionStage<TaskResource> finished();
}
