package com.ovconsole.ui.tasks;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.TaskEvent;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.TaskWatch;
import com.ovconsole.api.model.ProgressUpdate;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the task panel: a watched task and what the panel shows of it. Changes only on the
 * UI dispatcher's thread ({@link TaskCenter} marshals the poller's events).
 */
public final class TaskRow implements TrackedTask {

    private final ConnectedAppliance appliance;
    private final TaskRef ref;
    private final String label;
    private final boolean userInitiated;
    private final Instant trackedAt;
    private final Messages messages;
    private final ZoneId zone;
    private final CompletableFuture<TaskResource> finished = new CompletableFuture<>();
    private TaskWatch watch;

    // Properties
    private final ReadOnlyObjectWrapper<TaskResource> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyObjectWrapper<TaskLook> look = new ReadOnlyObjectWrapper<>(this, "look", TaskLook.RUNNING);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper resourceName = new ReadOnlyStringWrapper(this, "resourceName", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper latestUpdate = new ReadOnlyStringWrapper(this, "latestUpdate", "");
    private final ReadOnlyStringWrapper started = new ReadOnlyStringWrapper(this, "started", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper(this, "watching", true);
    private final ReadOnlyObjectWrapper<ApiException> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyStringWrapper applianceText = new ReadOnlyStringWrapper(this, "applianceText", "");
    private final ReadOnlyBooleanWrapper applianceGone = new ReadOnlyBooleanWrapper(this, "applianceGone");

    TaskRow(ConnectedAppliance appliance, TaskRef ref, String label, boolean userInitiated, Instant trackedAt,
            Messages messages, ZoneId zone) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.ref = Objects.requireNonNull(ref, "ref");
        this.label = label == null ? "" : label;
        this.userInitiated = userInitiated;
        this.trackedAt = trackedAt;
        this.messages = messages;
        this.zone = zone;
        name.set(this.label);
        stateText.set(messages.get("tasks.state.waiting"));
        started.set(TaskTimes.clock(trackedAt, zone));
        applianceText.set(appliance.displayName());
    }

    void attach(TaskWatch newWatch) {
        watch = newWatch;
        watching.set(true);
        problem.set(null);
    }

    /** Stops polling; the task goes on on the appliance. */
    void stopWatching() {
        if (watch != null) {
            watch.stop();
        }
        if (look.get().isActive()) {
            look.set(TaskLook.NOT_WATCHED);
            stateText.set(messages.get("tasks.state.notWatched"));
            status.set(messages.get("tasks.status.notWatched"));
        }
        endWatching(new ApiException(messages.get("tasks.status.notWatched")));
    }

    /**
     * Its appliance was disconnected: the row stays, marked so; a task still running is no longer
     * followed (nothing can be asked without the session) until the appliance is connected again.
     */
    void applianceDisconnected() {
        if (watch != null) {
            watch.stop();
        }
        if (look.get().isActive()) {
            look.set(TaskLook.NOT_WATCHED);
            stateText.set(messages.get("tasks.state.notFollowed"));
            status.set(messages.get("tasks.status.notFollowed"));
            eta.set("");
        }
        applianceGone.set(true);
        applianceText.set(messages.format("tasks.appliance.disconnected", appliance.displayName()));
        // finished() stays open: whoever waits on it would reload through the logged-out session.
        watching.set(false);
        cancellable.set(false);
    }

    /** Takes one poller event (on the UI thread). */
    void apply(TaskEvent event, Instant now) {
        if (event instanceof TaskEvent.Progress p) {
            show(p.resource());
        } else if (event instanceof TaskEvent.Finished f) {
            show(f.resource());
            watching.set(false);
            finished.complete(f.resource());
        } else if (event instanceof TaskEvent.Reconnecting r) {
            look.set(TaskLook.RECONNECTING);
            stateText.set(messages.get("tasks.state.reconnecting"));
            status.set(messages.format("tasks.status.reconnecting", TaskTimes.duration(r.failingFor())));
            problem.set(r.cause());
        } else if (event instanceof TaskEvent.Gone) {
            look.set(TaskLook.GONE);
            stateText.set(messages.get("tasks.state.gone"));
            status.set(messages.get("tasks.status.gone"));
            endWatching(new ApiException(messages.get("tasks.status.gone")));
        } else if (event instanceof TaskEvent.StoppedWatching s) {
            look.set(TaskLook.NOT_WATCHED);
            stateText.set(messages.get("tasks.state.notWatched"));
            status.set(s.cause().getMessage());
            problem.set(s.cause());
            endWatching(s.cause());
        }
        tick(now);
    }

    private void endWatching(ApiException why) {
        watching.set(false);
        cancellable.set(false);
        finished.completeExceptionally(why);
    }

    private void show(TaskResource resource) {
        latest.set(resource);
        problem.set(null);
        TaskState state = resource.state();
        look.set(TaskLook.of(state));
        String raw = resource.taskState();
        stateText.set(raw == null || raw.isBlank() ? messages.get("tasks.state.unknown") : raw);
        if (resource.name() != null && !resource.name().isBlank() && label.isEmpty()) {
            name.set(resource.name());
        }
        resourceName.set(resource.associatedResource() == null || resource.associatedResource().resourceName() == null
                ? "" : resource.associatedResource().resourceName());
        progress.set(resource.percent() / 100.0);
        status.set(resource.taskStatus() == null ? "" : resource.taskStatus());
        latestUpdate.set(resource.progressUpdates().isEmpty() ? ""
                : Objects.toString(resource.progressUpdates().get(resource.progressUpdates().size() - 1).statusUpdate(), ""));
        cancellable.set(resource.cancellable() && !state.isTerminal());
        started.set(TaskTimes.clock(startedAt(), zone));
    }

    /** Updates elapsed time and ETA to {@code now}. */
    void tick(Instant now) {
        TaskResource resource = latest.get();
        boolean terminal = resource != null && resource.state().isTerminal();
        Instant end = terminal ? TaskTimes.parse(resource.modified()).orElse(now) : now;
        Duration spent = Duration.between(startedAt(), end);
        elapsed.set(TaskTimes.duration(spent));
        if (!look.get().isActive() || resource == null || resource.expectedDuration() == null
                || resource.expectedDuration() <= 0) {
            eta.set("");
            return;
        }
        Duration left = Duration.ofSeconds(resource.expectedDuration()).minus(spent);
        eta.set(left.isNegative() ? messages.get("tasks.eta.overdue") : TaskTimes.duration(left));
    }

    /** When the task started: the appliance's {@code created}, else when this console began to watch. */
    public Instant startedAt() {
        TaskResource resource = latest.get();
        return resource == null ? trackedAt : TaskTimes.parse(resource.created()).orElse(trackedAt);
    }

    /** The task's progress updates, oldest first. */
    public List<ProgressUpdate> progressUpdates() {
        TaskResource resource = latest.get();
        return resource == null ? List.of() : resource.progressUpdates();
    }

    // TrackedTask

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

    // Property accessors

    public String label() {
        return label;
    }

    public boolean userInitiated() {
        return userInitiated;
    }

    public String applianceName() {
        return appliance.displayName();
    }

    /** The appliance column: its name, marked once the appliance was disconnected. */
    public ReadOnlyStringProperty applianceTextProperty() {
        return applianceText.getReadOnlyProperty();
    }

    /** True once the row's appliance was disconnected: its session is gone, nothing more is asked of it. */
    public boolean isApplianceGone() {
        return applianceGone.get();
    }

    /** Becomes true when the row's appliance is disconnected (its resource link turns to plain text). */
    public ReadOnlyBooleanProperty applianceGoneProperty() {
        return applianceGone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskLook> lookProperty() {
        return look.getReadOnlyProperty();
    }

    public TaskLook getLook() {
        return look.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resourceNameProperty() {
        return resourceName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public String getStateText() {
        return stateText.get();
    }

    /** 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty latestUpdateProperty() {
        return latestUpdate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }

    public boolean isWatching() {
        return watching.get();
    }

    /** Why the last poll failed (reconnecting, not watched), or null. */
    public ReadOnlyObjectProperty<ApiException> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
