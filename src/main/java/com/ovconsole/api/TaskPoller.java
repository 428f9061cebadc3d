package com.ovconsole.api;

import com.ovconsole.api.model.TaskResource;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Polls many tasks across many connections on one shared scheduler. Each task backs off on its
 * own, has at most one request in flight (the next poll is scheduled only when one ends), and
 * reports to its listener on the poller thread (the UI marshals).
 */
public final class TaskPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TaskPoller.class.getName());

    /** Requests in flight at most, across all appliances (500 tasks at 10 s are 50 requests a second). */
    public static final int DEFAULT_WORKERS = 8;

    private final PollScheduler scheduler;
    private final Clock clock;
    private final PollPolicy policy;
    private final List<ExecutorService> owned;

    public TaskPoller(PollScheduler scheduler, Clock clock, PollPolicy policy) {
        this(scheduler, clock, policy, List.of());
    }

    private TaskPoller(PollScheduler scheduler, Clock clock, PollPolicy policy, List<ExecutorService> owned) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.policy = policy;
        this.owned = owned;
    }

    /** A poller with {@value #DEFAULT_WORKERS} request threads; see {@link #create(PollPolicy, int)}. */
    public static TaskPoller create(PollPolicy policy) {
        return create(policy, DEFAULT_WORKERS);
    }

    /**
     * A poller with its own daemon threads and the system clock; close() stops them. One timer
     * thread only keeps time; the polls (blocking requests) run on at most {@code workers} threads,
     * so a slow appliance delays no timer and many tasks are polled side by side. A poll that finds
     * every worker busy waits in line (each task still has at most one request in flight).
     */
    public static TaskPoller create(PollPolicy policy, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("A poller needs at least one worker, got " + workers);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("task-poller-timer"));
        ExecutorService requests = Executors.newFixedThreadPool(workers, daemon("task-poller"));
        return new TaskPoller(PollScheduler.of(timer, requests), Clock.systemUTC(), policy, List.of(timer, requests));
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts watching; the first poll comes after {@link PollPolicy#firstDelay()}. */
    public TaskWatch watch(ApplianceClient client, TaskRef task, Consumer<TaskEvent> listener) {
        Watch watch = new Watch(client, task, listener);
        scheduler.schedule(watch::poll, policy.firstDelay());
        return watch;
    }

    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdownNow);
    }

    private final class Watch implements TaskWatch {

        private final ApplianceClient client;
        private final TaskRef task;
        private final Consumer<TaskEvent> listener;
        private volatile boolean watching = true;
        private Duration interval = policy.initialInterval();
        private Instant failingSince;

        Watch(ApplianceClient client, TaskRef task, Consumer<TaskEvent> listener) {
            this.client = client;
            this.task = task;
            this.listener = listener;
        }

        @Override
        public TaskRef task() {
            return task;
        }

        @Override
        public void stop() {
            watching = false;
        }

        @Override
        public boolean isWatching() {
            return watching;
        }

        void poll() {
            if (!watching) {
                return;
            }
            TaskEvent event;
            try {
                TaskResource resource = client.task(task);
                failingSince = null;
                event = resource.state().isTerminal()
                        ? new TaskEvent.Finished(task, resource)
                        : new TaskEvent.Progress(task, resource);
            } catch (NotFoundException gone) {
                event = new TaskEvent.Gone(task);
            } catch (ApiException failure) {
                event = transientFailure(failure);
            } catch (RuntimeException bug) {
                event = new TaskEvent.StoppedWatching(task, new ApiException("Watching the task failed: " + bug, bug));
            }
            boolean last = !(event instanceof TaskEvent.Progress || event instanceof TaskEvent.Reconnecting);
            if (last) {
                watching = false;
            }
            deliver(event);
            if (!last && watching) {
                TaskResource latest = event instanceof TaskEvent.Progress progress ? progress.resource() : null;
                scheduler.schedule(this::poll, policy.delayBefore(interval, latest));
                interval = policy.next(interval);
            }
        }

        private TaskEvent transientFailure(ApiException failure) {
            boolean transientKind = failure instanceof TransportException
                    || (failure instanceof ApplianceErrorException error && error.status() >= 500);
            if (!transientKind) {
                return new TaskEvent.StoppedWatching(task, failure);
            }
            Instant now = clock.instant();
            if (failingSince == null) {
                failingSince = now;
            }
            Duration failingFor = Duration.between(failingSince, now);
            return failingFor.compareTo(policy.grace()) > 0
                    ? new TaskEvent.StoppedWatching(task, failure)
                    : new TaskEvent.Reconnecting(task, failure, failingFor);
        }

        private void deliver(TaskEvent event) {
            try {
                listener.accept(event);
            } catch (RuntimeException listenerBug) {
                LOG.log(Level.WARNING, "Task listener failed on " + event.getClass().getSimpleName(), listenerBug);
            }
        }
    }
}
