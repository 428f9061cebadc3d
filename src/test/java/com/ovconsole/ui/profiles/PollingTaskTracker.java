package com.ovconsole.ui.profiles;

import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskTracker;
import com.ovconsole.ui.tasks.TrackedTask;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A small real TaskTracker for the profile tests (the task panel's own one is built elsewhere):
 * it polls {@code client.task(ref)} on its own thread until a terminal state and reports on the
 * UI dispatcher, as the TaskTracker contract says.
 */
public final class PollingTaskTracker implements TaskTracker, AutoCloseable {

    public record Tracked(TaskRef ref, String label) {
    }

    public final List<Tracked> tracked = new CopyOnWriteArrayList<>();
    private final UiDispatcher ui;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-task-poller");
        t.setDaemon(true);
        return t;
    });

    public PollingTaskTracker(UiDispatcher ui) {
        this.ui = ui;
    }

    @Override
    public TrackedTask track(ConnectedAppliance appliance, TaskRef task, TaskResource initial, String label,
            boolean userInitiated) {
        tracked.add(new Tracked(task, label));
        Task handle = new Task(appliance, task, initial);
        poller.execute(handle::poll);
        return handle;
    }

    private final class Task implements TrackedTask {
        private final ConnectedAppliance appliance;
        private final TaskRef ref;
        private final ReadOnlyObjectWrapper<TaskResource> latest;
        private final CompletableFuture<TaskResource> finished = new CompletableFuture<>();

        Task(ConnectedAppliance appliance, TaskRef ref, TaskResource initial) {
            this.appliance = appliance;
            this.ref = ref;
            this.latest = new ReadOnlyObjectWrapper<>(initial);
        }

        void poll() {
            try {
                TaskResource now = appliance.client().task(ref);
                ui.dispatch(() -> latest.set(now));
                if (now.state().isTerminal()) {
                    ui.dispatch(() -> finished.complete(now));
                } else {
                    poller.schedule(this::poll, 50, TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException e) {
                ui.dispatch(() -> finished.completeExceptionally(e));
            }
        }

        @Override
        public ConnectedAppliance appliance() {
            return appliance;
        }

        @Override
        public TaskRef ref() {
            return ref;
        }

        @Override
        public ReadOnlyObjectProperty<TaskResource> latestProperty() {
            return latest.getReadOnlyProperty();
        }

        @Override
        public CompletionStage<TaskResource> finished() {
            return finished;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
