package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApiVersions;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.UnsupportedApiVersionException;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import org.junit.jupiter.api.Test;

/** Version negotiation of the real client against the real simulator over pinned HTTPS. */
class NegotiationAgainstSimulatorTest {

    @Test
    void currentAppliancesNegotiateTheirOwnVersion() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.clientBuilder().build();

            assertThat(client.negotiate()).isEqualTo(3800);
            assertThat(client.apiVersion()).isEqualTo(3800);
        }
    }

    @Test
    void applianceOlderThanTheConsoleIsRefusedAsTooOld() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().apiVersion(101).minApiVersion(3))) {
            ApplianceClient client = sim.clientBuilder().build();

            UnsupportedApiVersionException refused = catchThrowableOfType(UnsupportedApiVersionException.class,
                    client::negotiate);

            assertThat(refused.reason()).isEqualTo(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_OLD);
            assertThat(refused.applianceCurrent()).isEqualTo(101);
            assertThat(refused.getMessage()).contains("101").contains("Update the appliance");
        }
    }

    @Test
    void applianceNewerThanTheConsoleIsSpokenToAtTheConsolesHighestVersion() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().apiVersion(9000))) {
            ApplianceClient client = sim.signedInClient();

            assertThat(client.apiVersion()).isEqualTo(ApiVersions.HIGHEST_KNOWN).isEqualTo(8600);
            String uri = "/rest/server-profiles/" + sim.simulator().profileIds().get(0);
            assertThat(client.get(uri, ServerProfileSummary.class).value().type()).isEqualTo("ServerProfileV12");
        }
    }

    @Test
    void applianceWhoseMinimumIsAboveTheConsolesHighestIsRefusedAsTooNew() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().apiVersion(9400).minApiVersion(9000))) {
            ApplianceClient client = sim.clientBuilder().build();

            UnsupportedApiVersionException refused = catchThrowableOfType(UnsupportedApiVersionException.class,
                    client::negotiate);

            assertThat(refused.reason()).isEqualTo(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_NEW);
            assertThat(refused.applianceMinimum()).isEqualTo(9000);
            assertThat(refused.getMessage()).contains("9000").contains("Update OneView Console");
        }
    }
}
