package com.ovconsole.testing;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceClientBuilder;
import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.Credentials;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.ConnectedAppliance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A running simulator on loopback plus clients signed in to it over pinned HTTPS, for tests that
 * need a live appliance (client integration tests, ViewModel and TestFX tests of the features).
 * The pin is the simulator's certificate fingerprint: no trust-all, ever.
 */
public final class SimulatorFixture implements AutoCloseable {

    private final ApplianceSimulator simulator;
    private final List<ApplianceClient> clients = new ArrayList<>();

    private SimulatorFixture(ApplianceSimulator simulator) {
        this.simulator = simulator;
    }

    /** A simulator with its defaults, a free port, fast tasks. */
    public static SimulatorFixture start() {
        return start(SimulatorConfig.builder().taskSeconds(2));
    }

    public static SimulatorFixture start(SimulatorConfig.Builder config) {
        return new SimulatorFixture(ApplianceSimulator.start(config.port(0).build()));
    }

    public ApplianceSimulator simulator() {
        return simulator;
    }

    /** {@code 127.0.0.1:port}, as a user would type it. */
    public String address() {
        return "127.0.0.1:" + simulator.port();
    }

    /** A builder pinned to the simulator's certificate, for tests that set more options. */
    public ApplianceClientBuilder clientBuilder() {
        return ApplianceClient.builder(address()).pinnedSha256(simulator.certificateSha256());
    }

    /** A client that negotiated the version and logged in as the simulator's administrator. */
    public ApplianceClient signedInClient() {
        ApplianceClient client = clientBuilder().build();
        client.negotiate();
        SimulatorConfig config = simulator.config();
        client.login(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
        clients.add(client);
        return client;
    }

    /** A signed-in appliance as the features see it. */
    public ConnectedAppliance connectedAppliance(String displayName) {
        return new ConnectedAppliance(UUID.randomUUID().toString(), displayName, signedInClient());
    }

    /**
     * Rotates the simulator's certificate and returns once {@code client} has met the new one. A
     * connection the client pooled before the rotation fails as a broken connection, not as a
     * changed certificate (the simulator closed it), so it reads until a new connection meets it.
     */
    public void rotateCertificateFor(ApplianceClient client) {
        simulator.rotateCertificate();
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                client.version();
            } catch (CertificateChangedException met) {
                return;
            } catch (ApiException brokenPooledConnection) {
                // The next read takes another connection, in the end a new one.
            }
        }
        throw new AssertionError("the client never met the rotated certificate");
    }

    @Override
    public void close() {
        clients.forEach(ApplianceClient::logout);
        simulator.close();
    }
}
