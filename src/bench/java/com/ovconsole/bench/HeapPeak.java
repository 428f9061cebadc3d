package com.ovconsole.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every few milliseconds on a daemon thread; {@link #stop()} gives the peak. */
final class HeapPeak {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
        sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
    }

    /** Collects garbage first, so the peak is what the measured work adds to a clean heap. */
    static HeapPeak start() {
        System.gc();
        HeapPeak heap = new HeapPeak();
        heap.sampler.start();
        return heap;
    }

    /** Peak used heap in MiB. */
    double stop() throws InterruptedException {
        running = false;
        sampler.join();
        return peak.get() / (1024.0 * 1024.0);
    }
}
