package com.ovconsole.sim;


/**
 * Named sets of fault, Warning and Error rates. {@link #NONE} (the default everywhere) is a
 * healthy appliance: every task completes and every request is answered. {@link #DEMO} is a
 * documented, seeded mix for showing what trouble looks like; the seed fixes which tasks and
 * requests are hit, so a demo repeats.
 */
public enum FaultMix {

    /** No latency, no injected 500s or drops, every task ends Completed. */
    NONE(0, 0.0, 0.0, 0.0),
    /** 10 % of profile tasks end Warning, 5 % Error; 2 % of requests answer 500 or drop; 40 ms latency. */
    DEMO(40, 0.02, 0.10, 0.05);

    private final int latencyMs;
    private final double faultRate;
    private final double taskWarningRate;
    private final double taskErrorRate;

    FaultMix(int latencyMs, double faultRate, double taskWarningRate, double taskErrorRate) {
        this.latencyMs = latencyMs;
        this.faultRate = faultRate;
        this.taskWarningRate = taskWarningRate;
        this.taskErrorRate = taskErrorRate;
    }

    public int latencyMs() { return latencyMs; }
    public double faultRate() { return faultRate; }
    public double taskWarningRate() { return taskWarningRate; }
    public double taskErrorRate() { return taskErrorRate; }

    /** The mix named {@code none} or {@code demo} (any case); IllegalArgumentException otherwise. */
    public static FaultMix named(String name) {
        for (FaultMix mix : values()) {
            if (mix.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return mix;
            }
        }
        throw new IllegalArgumentException("unknown fault mix '" + name + "' (use none or demo)");
    }
}
