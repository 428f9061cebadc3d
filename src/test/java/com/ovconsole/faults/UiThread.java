package com.ovconsole.faults;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.UiDispatcher;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The FX thread's stand-in for ViewModels driven without a toolkit: one thread runs everything
 * dispatched, background work runs on a pool. Every wait is bounded.
 */
final class UiThread implements UiDispatcher, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> daemon(r, "fault-ui"));
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, "fault-worker"));
    /** Background jobs submitted and not yet finished (their outcome is dispatched before they finish). */
    private final AtomicInteger running = new AtomicInteger();
    private final Executor counted = job -> {
        running.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    job.run();
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RuntimeException refused) {
            running.decrementAndGet();
            throw refused;
        }
    };

    private static Thread daemon(Runnable runnable, String name) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void dispatch(Runnable action) {
        thread.execute(action);
    }

    BackgroundRunner runner() {
        return new BackgroundRunner(counted, this);
    }

    /**
     * Waits until no background job is running and the UI thread has handled what the last ones
     * sent it (an outcome may start the next job: a loaded list asks for the servers).
     */
    void waitForIdleWork() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (running.get() == 0) {
                run(() -> { });
                if (running.get() == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out (" + WAIT.toSeconds() + " s): " + running.get()
                        + " background jobs still running");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    <T> T call(Callable<T> action) {
        try {
            return thread.submit(action).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The UI thread did not answer within " + WAIT.toSeconds() + " s", e);
        }
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, read on the UI thread, holds; fails after {@link #WAIT}. */
    void waitUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!call(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out (" + WAIT.toSeconds() + " s) waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        workers.shutdownNow();
    }
}
