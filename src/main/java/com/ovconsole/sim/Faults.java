package com.ovconsole.sim;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injected trouble: latency, a share of requests answered 500 or dropped (drawn from the seed, so
 * a run repeats), and "drop the next n connections". Changeable while running.
 */
final class Faults {

    private final Random random;
    private volatile int latencyMs;
    private volatile double faultRate;
    private final AtomicInteger dropNext = new AtomicInteger();

    Faults(SimulatorConfig config) {
        this.random = new Random(config.seed() ^ 0xFA17L);
        this.latencyMs = config.latencyMs();
        this.faultRate = config.faultRate();
    }

    void latencyMs(int ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + ms);
        }
        latencyMs = ms;
    }

    void faultRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate must be in [0, 1]: " + rate);
        }
        faultRate = rate;
    }

    void dropNext(int connections) {
        dropNext.addAndGet(Math.max(0, connections));
    }

    /**
     * Runs before each request: waits the latency on this worker thread only (others go on), then
     * maybe drops the connection or answers 500.
     */
    void beforeRequest() {
        int delay = latencyMs;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new DroppedConnection("dropNextConnections");
        }
        double rate = faultRate;
        if (rate <= 0) {
            return;
        }
        double roll;
        boolean drop;
        synchronized (random) {
            roll = random.nextDouble();
            drop = random.nextBoolean();
        }
        if (roll < rate) {
            if (drop) {
                throw new DroppedConnection("injected fault");
            }
            throw ApplianceError.of(500, "INTERNAL_ERROR", "An internal error occurred on the appliance.",
                    "Injected fault (fault rate " + rate + ").", "Retry the request.",
                    "If the problem persists, contact your HPE support representative.");
        }
    }
}
