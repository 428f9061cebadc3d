package com.ovconsole.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Watches FX pulses of a scene from {@link #start} to {@link #stop}: the longest wall-clock gap
 * between two pulses (what a user sees as a freeze, GC and CPU starvation included) and the
 * longest FX-thread CPU time between two (what the console itself kept the thread busy with).
 */
final class FxStalls {

    /** What one window saw, in milliseconds. */
    record Seen(double longestGapMillis, double longestBusyMillis, long pulsesOver100Millis) {
    }

    private final Scene scene;
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    private final AtomicLong lastCpu = new AtomicLong(-1);
    private final AtomicLong longestBusy = new AtomicLong();
    private final AtomicLong over100 = new AtomicLong();
    private final AnimationTimer keepPulsing = new AnimationTimer() {
        @Override
        public void handle(long now) {
        }
    };
    private Runnable pulse;

    private FxStalls(Scene scene) {
        this.scene = scene;
    }

    static FxStalls start(Scene scene) throws Exception {
        FxStalls stalls = new FxStalls(scene);
        WaitForAsyncUtils.asyncFx(() -> {
            LongSupplier fxCpu = CpuClock.currentThread();
            stalls.pulse = () -> stalls.onPulse(System.nanoTime(), fxCpu.getAsLong());
            scene.addPreLayoutPulseListener(stalls.pulse);
            stalls.keepPulsing.start();
        }).get();
        return stalls;
    }

    private void onPulse(long now, long cpuNow) {
        long previousCpu = lastCpu.getAndSet(cpuNow);
        if (previousCpu >= 0) {
            longestBusy.accumulateAndGet(cpuNow - previousCpu, Math::max);
        }
        long previous = last.getAndSet(now);
        if (previous != 0) {
            long gap = now - previous;
            longestGap.accumulateAndGet(gap, Math::max);
            if (gap > TimeUnit.MILLISECONDS.toNanos(100)) {
                over100.incrementAndGet();
            }
        }
    }

    Seen stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            keepPulsing.stop();
            scene.removePreLayoutPulseListener(pulse);
        }).get();
        return new Seen(longestGap.get() / 1e6, longestBusy.get() / 1e6, over100.get());
    }
}
