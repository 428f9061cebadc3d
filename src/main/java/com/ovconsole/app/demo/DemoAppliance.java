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

    /**
     * The demo as the console ships it: 240 profiles, seed 42, tasks of {@code taskSeconds}, the
     * given fault mix ({@code --demo-task-seconds}, {@code --demo-faults}; see {@code app.LaunchConfig}).
     */
    public DemoAppliance(int taskSeconds, FaultMix faults) {
        this(SimulatorConfig.builder().port(0).profiles(240).taskSeconds(taskSeconds).seed(42).faults(faults).build());
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
