package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.TestUiThread;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter box's pause: the last call runs once; a cancel stops even an action already on its way. */
class DebouncerTest {

    private final TestUiThread ui = new TestUiThread();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Debouncer debouncer = new Debouncer(scheduler, ui, Duration.ofMillis(10));
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        ui.close();
    }

    @Test
    void onlyTheLastCallRunsOnceThePauseEnds() {
        ui.run(() -> {
            debouncer.call(() -> ran.add("e"));
            debouncer.call(() -> ran.add("es"));
            debouncer.call(() -> ran.add("esx"));
        });

        ui.waitUntil("the pause ended", () -> !ran.isEmpty());
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        ui.run(() -> { });
        assertThat(ran).containsExactly("esx");
    }

    @Test
    void aCancelJustAfterTheTimerFiredStillStopsTheAction() {
        ui.run(() -> {
            debouncer.call(() -> ran.add("late"));
            // The UI thread is busy while the timer fires: the action waits in the UI queue behind us.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
            debouncer.cancel();
        });
        ui.run(() -> { });

        assertThat(ran).isEmpty();
    }

    @Test
    void aCallJustAfterTheTimerFiredReplacesTheWaitingAction() {
        ui.run(() -> {
            debouncer.call(() -> ran.add("first"));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
            debouncer.call(() -> ran.add("second"));
        });

        ui.waitUntil("the second pause ended", () -> !ran.isEmpty());
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        ui.run(() -> { });
        assertThat(ran).containsExactly("second");
    }
}
