package com.ovconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.ServerProfileSummary;
import org.junit.jupiter.api.Test;

class SimulatorFixtureTest {

    @Test
    void signedInClientReadsProfilesFromTheSimulatorOverPinnedHttps() {
        try (SimulatorFixture fixture = SimulatorFixture.start()) {
            ApplianceClient client = fixture.signedInClient();

            assertThat(client.isLoggedIn()).isTrue();
            assertThat(client.apiVersion()).isEqualTo(fixture.simulator().config().apiVersion());
            assertThat(client.page("/rest/server-profiles", PageQuery.ALL, ServerProfileSummary.class).total())
                    .isEqualTo(fixture.simulator().config().profiles());
        }
    }
}
