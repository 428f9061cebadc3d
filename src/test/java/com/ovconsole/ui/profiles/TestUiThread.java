package com.ovconsole.ui.profiles;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.UiDispatcher;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A stand-in UI thread for ViewModel tests without a toolkit: one thread that runs everything
 * dispatched, like the FX thread would, while background work runs on a pool. Tests read and
 * poke the ViewModel through {@link #call} and wait for conditions with {@link #waitUntil}.
 */
public final class TestUiThread implements UiDispatcher, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void dispatch(Runnable action) {
        thread.execute(action);
    }

    public BackgroundRunner runner() {
        return new BackgroundRunner(workers, this);
    }

    public <T> T call(Callable<T> action) {
        try {
            return thread.submit(action).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition} (read on the UI thread) holds; fails after the timeout. */
    public void waitUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!call(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        workers.shutdownNow();
    }
}
