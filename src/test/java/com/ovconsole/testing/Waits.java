package com.ovconsole.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for a condition with a deadline, never a fixed sleep: TestFX's polling, with a message. */
public final class Waits {

    private static final Duration DEFAULT = Duration.ofSeconds(20);

    private Waits() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT);
    }

    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what, timedOut);
        }
    }
}
