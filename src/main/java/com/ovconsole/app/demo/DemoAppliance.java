package com.ovconsole.app.demo;

import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.FaultMix;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.connections.ApplianceEndpoint;
import com.ovconsole.ui.connections.EndpointResolver;

/**
 * The built-in demo appliance: the simulator, started in this process on a free loopback port the
 * first time someone connects to it, with a realistic inventory.
 *
 * <p>Its certificate is pinned automatically, without the trust dialog: the console ships that
 * certificate itself ({@code sim/demo-appliance.p12}) and the server runs in this very process on
 * 127.0.0.1, so there is nobody in the middle to guard against and nothing for the user to compare.
 * The pin is still checked on every connection (no trust-all): it is the simulator's own fingerprint.
 */
public final class DemoAppliance implements EndpointResolver, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DemoAppliance.class.getName());

    private final SimulatorConfig config;
    private ApplianceSimulator simulator;

    /** How long the demo's tasks run, in seconds (default 8); tests and the screenshot tour shorten it. */
    public static final String TASK_SECONDS_PROPERTY = "ovconsole.demo.taskSeconds";

    /** Which fault mix the demo runs ({@code none}, the default: a healthy appliance; or {@code demo}). */
    public static final String FAULTS_PROPERTY = "ovconsole.demo.faults";

    public DemoAppliance() {
        this(SimulatorConfig.builder().port(0).profiles(240).taskSeconds(Integer.getInteger(TASK_SECONDS_PROPERTY, 8))
                .seed(42).faults(faultMix()).build());
    }

    /** The mix the property names; a typo falls back to a healthy demo (and says so in the log). */
    private static FaultMix faultMix() {
        try {
            return FaultMix.named(System.getProperty(FAULTS_PROPERTY, "none"));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, FAULTS_PROPERTY + ": " + e.getMessage() + "; running without faults");
            return FaultMix.NONE;
        }
    }

    public DemoAppliance(SimulatorConfig config) {
        this.config = config;
    }

    /** Demo entries reach the in-process simulator (started now if needed); others stand for themselves. */
    @Override
    public ApplianceEndpoint resolve(ApplianceEntry entry) {
        if (!entry.demo()) {
            return EndpointResolver.AS_STORED.resolve(entry);
        }
        ApplianceSimulator running = start();
        // No proxy: the demo lives on loopback in this process.
        return new ApplianceEndpoint("127.0.0.1:" + running.port(), running.certificateSha256(), null, true);
    }

    /** Starts the simulator once; later calls return the running one. */
    public synchronized ApplianceSimulator start() {
        if (simulator == null) {
            simulator = ApplianceSimulator.start(config);
            LOG.log(System.Logger.Level.INFO, "Demo appliance started on " + simulator.baseUri());
        }
        return simulator;
    }

    /** The demo administrator's password, for the smoke run (the login dialog tells users: admin). */
    public String password() {
        return config.password();
    }

    public String user() {
        return config.user();
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
