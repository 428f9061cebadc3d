package com.ovconsole.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action on the UI thread once calls have stopped for a moment (e.g. typing in a filter box). */
public final class Debouncer {

    private final ScheduledExecutorService scheduler;
    private final UiDispatcher dispatcher;
    private final Duration quiet;
    private ScheduledFuture<?> pending;
    /** Counts calls and cancels (UI thread only): an action whose timer fired just before a cancel does not run. */
    private long calls;

    public Debouncer(ScheduledExecutorService scheduler, UiDispatcher dispatcher, Duration quiet) {
        this.scheduler = scheduler;
        this.dispatcher = dispatcher;
        this.quiet = quiet;
    }

    /** Call on the UI thread; a later call replaces an action still waiting. */
    public void call(Runnable action) {
        cancel();
        long call = calls;
        pending = scheduler.schedule(() -> dispatcher.dispatch(() -> {
            if (call == calls) {
                action.run();
            }
        }), quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The waiting action, if any, does not run (also when its timer has just fired). */
    public void cancel() {
        calls++;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
