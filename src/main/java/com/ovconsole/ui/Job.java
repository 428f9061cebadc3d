package com.ovconsole.ui;

import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running piece of {@link Work}. Cancelling interrupts the worker thread and guarantees that no
 * success, failure or progress callback runs afterwards.
 */
public final class Job<T> {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile FutureTask<?> future;

    Job() {
    }

    void attach(FutureTask<?> future) {
        this.future = future;
    }

    /** Stops the job; the callbacks that have not run yet never will. Safe to call twice. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            FutureTask<?> running = future;
            if (running != null) {
                running.cancel(true);
            }
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** True once success or failure was delivered (never for a cancelled job). */
    public boolean isDone() {
        return done.get();
    }

    /** Claims the single delivery of the outcome; false when cancelled or already delivered. */
    boolean markDone() {
        return !cancelled.get() && done.compareAndSet(false, true);
    }
}
