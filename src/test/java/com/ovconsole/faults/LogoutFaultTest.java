package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.testing.SimulatorFixture;
import org.junit.jupiter.api.Test;

/**
 * The logout at exit meets a fault: a session left open counts against the appliance's session
 * limit until it times out, so a lost or failed logout is tried again; nothing stays open.
 */
class LogoutFaultTest {

    @Test
    void aLogoutAnswered500IsRetriedAndNoSessionStaysOpen() {
        try (SimulatorFixture fixture = SimulatorFixture.start()) {
            ApplianceClient client = fixture.signedInClient();
            assertThat(fixture.simulator().liveSessions()).isEqualTo(1);
            fixture.simulator().failNextRequests(1);

            client.logout();

            assertThat(fixture.simulator().liveSessions()).isZero();
            assertThat(fixture.simulator().sessionsLoggedOut()).isEqualTo(1);
        }
    }

    @Test
    void aLogoutWhoseConnectionDropsIsRetriedAndNoSessionStaysOpen() {
        try (SimulatorFixture fixture = SimulatorFixture.start()) {
            ApplianceClient client = fixture.signedInClient();
            fixture.simulator().dropNextConnections(2);

            client.logout();

            assertThat(fixture.simulator().liveSessions()).isZero();
        }
    }
}
