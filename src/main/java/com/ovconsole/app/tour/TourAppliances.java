package com.ovconsole.app.tour;

import com.ovconsole.app.demo.DemoAppliance;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.connections.ApplianceEndpoint;
import com.ovconsole.ui.connections.EndpointResolver;
import java.time.Clock;
import java.util.List;

/**
 * The appliances the tour shows, chosen explicitly (never the simulator's defaults): the built-in
 * demo with a login banner and tasks that end Warning and Error, and a second appliance under a
 * made-up name that is still starting up (503) when first reached. The same second simulator also
 * answers for a third name whose pinned certificate is out of date, for the "certificate changed"
 * warning. Names resolve to loopback ports here, so no port ever reaches the screen.
 */
final class TourAppliances implements AutoCloseable {

    static final String LAB_ADDRESS = "oneview-lab.example.com";
    static final String LAB_NAME = "Lab appliance";
    static final String STAGING_ADDRESS = "oneview-staging.example.com";
    static final String STAGING_NAME = "Staging appliance";
    /** What the staging entry "had pinned" before its certificate was replaced. */
    static final String STALE_PIN = "3A:91:0C:5E:77:D2:48:B6:19:AF:E0:24:6B:8D:C1:53:"
            + "F4:0E:92:7A:36:C8:5D:E1:0B:74:A9:2F:68:D3:15:BE";
    static final String BANNER = "Authorized use only. This appliance manages production servers of the "
            + "Example Corp data centre; activity is logged and reviewed. By logging in you accept the "
            + "acceptable use policy.";
    /** The demo's task length: the tour moves its clock to finish tasks, so this is never waited for. */
    static final int TASK_SECONDS = 120;
    /** The lab appliance is still starting for this long after the tour first reaches it. */
    static final int LAB_STARTUP_SECONDS = 600;

    private final Clock clock;
    private final DemoAppliance demo;
    private ApplianceSimulator lab;

    TourAppliances(Clock clock) {
        this.clock = clock;
        // The demo's profile tasks end by the seed: with these rates the 1st ends Error, the 2nd
        // Warning, the 3rd Error, the 4th Completed (the order ProfileScreens and TaskScreens use).
        this.demo = new DemoAppliance(SimulatorConfig.builder().port(0).profiles(240).seed(42)
                .taskSeconds(TASK_SECONDS).taskErrorRate(0.05).taskWarningRate(0.2).faultRate(0).latencyMs(0)
                .loginBanner(BANNER).loginDomains(List.of("CORP", "LAB-AD")).clock(clock).build());
    }

    DemoAppliance demo() {
        return demo;
    }

    /** The lab simulator (started on first use). */
    synchronized ApplianceSimulator lab() {
        if (lab == null) {
            lab = ApplianceSimulator.start(SimulatorConfig.builder().port(0).profiles(64).seed(7)
                    .taskSeconds(TASK_SECONDS).taskErrorRate(0).taskWarningRate(0).faultRate(0).latencyMs(0)
                    .startupSeconds(LAB_STARTUP_SECONDS).clock(clock).build());
        }
        return lab;
    }

    EndpointResolver resolver(EndpointResolver demoResolver) {
        return entry -> {
            if (entry.demo()) {
                return demoResolver.resolve(entry);
            }
            if (LAB_ADDRESS.equals(entry.address())) {
                return loopback(entry, entry.pinnedCertificateSha256());
            }
            if (STAGING_ADDRESS.equals(entry.address())) {
                return loopback(entry, entry.pinnedCertificateSha256() == null ? STALE_PIN
                        : entry.pinnedCertificateSha256());
            }
            return EndpointResolver.AS_STORED.resolve(entry);
        };
    }

    private ApplianceEndpoint loopback(ApplianceEntry entry, String pin) {
        return new ApplianceEndpoint("127.0.0.1:" + lab().port(), pin, null, false);
    }

    @Override
    public synchronized void close() {
        if (lab != null) {
            lab.close();
        }
    }
}
