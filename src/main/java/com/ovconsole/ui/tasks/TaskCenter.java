package com.ovconsole.ui.tasks;

import com.ovconsole.api.TaskEvent;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.store.LoadResult;
import com.ovconsole.store.RunningTask;
import com.ovconsole.store.StoreException;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's {@link TaskTracker}: one row per task across all connected appliances, polled by
 * one {@link TaskPoller} off the UI thread, events marshalled through the {@link UiDispatcher}.
 * Also keeps the running tasks across restarts ({@link #saveRunning()}, {@link #resumeSaved}).
 * Call every method on the UI thread.
 */
public final class TaskCenter implements TaskTracker {

    private static final System.Logger LOG = System.getLogger(TaskCenter.class.getName());
    /** Task updates applied per UI dispatch at most: a burst of polls never holds the UI thread long. */
    private static final int BATCH = 50;
    /**
     * UI-thread time one dispatch may spend on row updates before it yields to the next frame. Fifty
     * updates took up to 49 ms of FX-thread CPU in TaskPollingBench (500 tasks on a busy 2-core machine).
     */
    private static final long SLICE_NANOS = 4_000_000;

    private final TaskPoller poller;
    private final UiDispatcher dispatcher;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final TaskHistoryStore history;
    private final Messages messages;
    private final Clock clock;
    /** Reports a row's "(disconnected)" mark as an update, so the appliance column widens to show it. */
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.applianceTextProperty()});
    private final ObservableList<TaskRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final List<TaskFollowUp> followUps = new ArrayList<>();
    private final List<RunningTask> savedNotResumed = new ArrayList<>();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    public TaskCenter(TaskPoller poller, UiDispatcher dispatcher, BackgroundRunner runner, DialogService dialogs,
            TaskHistoryStore history, Messages messages, Clock clock) {
        this(poller, dispatcher, runner, dialogs, history, readSaved(Objects.requireNonNull(history, "history")),
                messages, clock);
    }

    /** With the running tasks saved at the last exit already read (at start-up, off the UI thread). */
    public TaskCenter(TaskPoller poller, UiDispatcher dispatcher, BackgroundRunner runner, DialogService dialogs,
            TaskHistoryStore history, LoadResult<List<RunningTask>> saved, Messages messages, Clock clock) {
        this.poller = Objects.requireNonNull(poller, "poller");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.history = Objects.requireNonNull(history, "history");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        savedNotResumed.addAll(saved.value());
        if (saved.hasWarnings()) {
            // The unreadable list was moved aside: the user learns why no task resumes. Shown after a hop
            // through the runner, so not before the window exists (this runs while the app starts).
            String text = String.join("\n\n", saved.warnings());
            runner.run(context -> text, shown -> dialogs.showWarning(
                    messages.get("connections.store.warningTitle"), shown), failure -> { });
        }
    }

    @Override
    public TaskRow track(ConnectedAppliance appliance, TaskRef task, TaskResource initial, String label,
            boolean userInitiated) {
        Optional<TaskRow> known = find(appliance, task);
        if (known.isPresent()) {
            return known.get();
        }
        TaskRow row = new TaskRow(appliance, task, label, userInitiated, clock.instant(), messages, clock.getZone());
        if (initial != null) {
            row.apply(new TaskEvent.Progress(task, initial), clock.instant());
        }
        rows.add(0, row);
        row.finished().whenComplete((done, stopped) -> finished(row, done));
        row.attach(poller.watch(appliance.client(), task, event -> deliver(row, event)));
        countRunning();
        return row;
    }

    /**
     * Called on the poller's threads. Events are queued and applied in batches: a burst of
     * hundreds of polls costs the UI thread one dispatch, not hundreds.
     */
    private void deliver(TaskRow row, TaskEvent event) {
        pending.add(() -> row.apply(event, clock.instant()));
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            dispatcher.dispatch(this::applyPending);
        }
    }

    private void applyPending() {
        Runnable update;
        int applied = 0;
        long sliceEnd = System.nanoTime() + SLICE_NANOS;
        while (applied < BATCH && (update = pending.poll()) != null) {
            update.run();
            applied++;
            if (System.nanoTime() - sliceEnd >= 0) {
                break;
            }
        }
        countRunning();
        if (pending.isEmpty()) {
            drainScheduled.set(false);
            // An event queued between the last poll and the flag is picked up here, not lost.
            if (!pending.isEmpty() && drainScheduled.compareAndSet(false, true)) {
                dispatcher.dispatch(this::applyPending);
            }
        } else {
            // Leave room for a frame between batches.
            dispatcher.dispatch(this::applyPending);
        }
    }

    private void finished(TaskRow row, TaskResource done) {
        countRunning();
        if (done == null || !row.userInitiated()) {
            return;
        }
        String title = noticeTitle(row.getLook(), row.nameProperty().get());
        String text = messages.format("tasks.notify.text", row.applianceName(),
                done.taskStatus() == null ? row.getStateText() : done.taskStatus());
        dialogs.notify(title, text);
    }

    private String noticeTitle(TaskLook look, String name) {
        return switch (look) {
            case COMPLETED -> messages.format("tasks.notify.title.completed", name);
            case WARNING -> messages.format("tasks.notify.title.warning", name);
            case ERROR -> messages.format("tasks.notify.title.error", name);
            default -> messages.format("tasks.notify.title.stopped", name);
        };
    }

    // Commands

    /** Asks the appliance to cancel the task (only offered when it says {@code isCancellable}). */
    public void cancel(TaskRow row) {
        if (!row.cancellableProperty().get()) {
            return;
        }
        runner.run(context -> row.appliance().client().cancelTask(row.ref()), answer -> { }, dialogs::showError);
    }

    /** Stops polling this task; it goes on on the appliance. The row stays. */
    public void stopWatching(TaskRow row) {
        row.stopWatching();
        countRunning();
    }

    /** Removes the rows that no longer change. */
    public void clearFinished() {
        rows.removeIf(row -> !row.isWatching());
    }

    /**
     * Updates elapsed times and ETAs (the panel calls this once a second). Queued like poll events,
     * so that hundreds of rows are ticked in slices between frames rather than in one long stall.
     */
    public void tick() {
        Instant now = clock.instant();
        rows.forEach(row -> pending.add(() -> row.tick(now)));
        if (!rows.isEmpty()) {
            scheduleDrain();
        }
    }

    /** Offers {@code followUp} on every finished row it applies to. */
    public void addFollowUp(TaskFollowUp followUp) {
        followUps.add(Objects.requireNonNull(followUp, "followUp"));
    }

    /** The follow-up offered on this row now, if any. */
    public Optional<TaskFollowUp> followUpFor(TaskRow row) {
        TaskResource latest = row.latestProperty().get();
        if (latest == null || !latest.state().isTerminal() || row.isApplianceGone()) {
            return Optional.empty();
        }
        return followUps.stream().filter(followUp -> followUp.appliesTo(latest)).findFirst();
    }

    // Lifetime

    /** Picks up the tasks that were running at the last exit on this appliance. */
    public void resumeSaved(ConnectedAppliance appliance) {
        List<RunningTask> mine = savedNotResumed.stream()
                .filter(saved -> saved.applianceId().equals(appliance.id())).toList();
        savedNotResumed.removeAll(mine);
        // A task no longer followed since a disconnect gets its live row back in place of the marked one.
        Set<String> resumed = mine.stream().map(RunningTask::taskUri).collect(Collectors.toSet());
        rows.removeIf(row -> row.isApplianceGone() && row.appliance().id().equals(appliance.id())
                && resumed.contains(row.ref().uri()));
        for (RunningTask saved : mine) {
            try {
                track(appliance, new TaskRef(saved.taskUri()), null, saved.taskName(), saved.userInitiated());
            } catch (IllegalArgumentException badUri) {
                LOG.log(System.Logger.Level.WARNING, "Skipping a saved task with a bad URI: " + saved.taskUri());
            }
        }
    }

    /**
     * The appliance was disconnected: its rows stay, marked "(disconnected)"; running tasks are no
     * longer followed and are saved, to be followed again when it is connected again (or at the next start).
     */
    public void forget(ConnectedAppliance appliance) {
        List<TaskRow> gone = rows.stream().filter(row -> row.appliance() == appliance).toList();
        gone.stream().filter(TaskRow::isWatching).map(this::saved).forEach(savedNotResumed::add);
        gone.forEach(TaskRow::applianceDisconnected);
        countRunning();
    }

    /** Writes the tasks still running (and saved ones not resumed this time) for the next start. */
    public void saveRunning() {
        List<RunningTask> running = new ArrayList<>(savedNotResumed);
        rows.stream().filter(TaskRow::isWatching).map(this::saved).forEach(running::add);
        try {
            if (running.isEmpty()) {
                history.clear();
            } else {
                history.saveAll(running);
            }
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Running tasks could not be saved: " + e.getMessage());
        }
    }

    private RunningTask saved(TaskRow row) {
        return new RunningTask(row.appliance().id(), row.ref().uri(), row.label().isEmpty()
                ? row.nameProperty().get() : row.label(), row.resourceNameProperty().get(), row.startedAt(),
                row.userInitiated());
    }

    /** The running tasks saved at the last exit; an unreadable store means none (logged). */
    public static LoadResult<List<RunningTask>> readSaved(TaskHistoryStore history) {
        try {
            return history.loadAll();
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Saved running tasks could not be read: " + e.getMessage());
            return LoadResult.ok(List.of());
        }
    }

    private Optional<TaskRow> find(ConnectedAppliance appliance, TaskRef task) {
        return rows.stream().filter(row -> row.appliance() == appliance && row.ref().equals(task)).findFirst();
    }

    private void countRunning() {
        runningCount.set((int) rows.stream().filter(TaskRow::isWatching).count());
    }

    // Properties

    /** Every row, newest first. */
    public ObservableList<TaskRow> rows() {
        return readOnlyRows;
    }

    /** For the badge: how many tasks are being watched. */
    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    public int getRunningCount() {
        return runningCount.get();
    }
}
