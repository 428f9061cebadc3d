package com.ovconsole.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Waits for a condition on what a window shows. The condition is read on the FX thread: read from
 * the test thread, a lookup walking a child list that a layout pulse changes at that moment threw
 * ConcurrentModificationException, and TestFX's own waitFor ends the wait on the first exception.
 * Here an exception means "not yet"; the last one is given as the cause if the wait times out.
 */
public final class FxWaits {

    private static final long POLL_MILLIS = 10;
    /** A single read waits this long for a busy FX thread before it counts as "not yet". */
    private static final long READ_SECONDS = 10;

    private FxWaits() {
    }

    /** Same shape as {@code WaitForAsyncUtils.waitFor}: polls until {@code condition} holds or time is up. */
    public static void waitFor(long timeout, TimeUnit unit, Callable<Boolean> condition) throws TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Throwable last = null;
        while (true) {
            try {
                if (onFx(condition)) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            if (System.nanoTime() > deadline) {
                TimeoutException timedOut = new TimeoutException("The condition did not hold within " + timeout + " "
                        + unit.toString().toLowerCase(java.util.Locale.ROOT)
                        + (last == null ? "" : "; the last read failed: " + last));
                timedOut.initCause(last);
                throw timedOut;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
        }
    }

    /** {@code condition} read on the FX thread (inline when already on it); false when that thread stays busy. */
    public static boolean onFx(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return Boolean.TRUE.equals(condition.call());
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(Boolean.TRUE.equals(condition.call()));
            } catch (Throwable failed) {
                answer.completeExceptionally(failed);
            }
        });
        try {
            return answer.get(READ_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        } catch (TimeoutException busy) {
            return false;
        }
    }
}
