package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.ApplianceStartingException;
import com.ovconsole.api.ApplianceUnreachableException;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.TransportException;
import com.ovconsole.api.model.ApplianceProgress;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.testing.SimulatorFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Slow, failing, dropping, starting appliances and oversized requests: clear errors, no hangs. */
class BadConditionsAgainstSimulatorTest {

    @Test
    void slowApplianceTimesOutWithAClearMessage() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.clientBuilder().requestTimeout(Duration.ofMillis(400)).build();
            client.negotiate();
            sim.simulator().setLatencyMs(5_000);

            ApplianceUnreachableException slow = catchThrowableOfType(ApplianceUnreachableException.class,
                    client::loginDetails);

            assertThat(slow.getMessage()).contains(sim.address()).contains("did not answer")
                    .contains("GET /rest/logindetails").contains("0.4 s");
            sim.simulator().setLatencyMs(0);
        }
    }

    @Test
    void everyRequestFailingGivesTheAppliances500OrAClearConnectionError() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            sim.simulator().setFaultRate(1.0);
            List<ApplianceErrorException> serverErrors = new ArrayList<>();

            for (int i = 0; i < 6; i++) {
                ApiException failure = catchThrowableOfType(ApiException.class,
                        () -> client.post("/rest/backups", null));
                if (failure instanceof ApplianceErrorException error) {
                    serverErrors.add(error);
                } else {
                    assertThat(failure).isInstanceOf(TransportException.class);
                    assertThat(failure.getMessage()).contains("POST /rest/backups").contains(sim.address());
                }
            }

            assertThat(serverErrors).isNotEmpty().allSatisfy(error -> {
                assertThat(error.status()).isEqualTo(500);
                assertThat(error.errorCode()).isEqualTo("INTERNAL_ERROR");
                assertThat(error.getMessage()).contains("An internal error occurred on the appliance.");
                assertThat(error.error().recommendedActions()).contains("Retry the request.");
            });
            sim.simulator().setFaultRate(0);
        }
    }

    @Test
    void droppedConnectionOnAPostIsATransportErrorThatSaysWhatWasLost() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            sim.simulator().dropNextConnections(1);

            TransportException dropped = catchThrowableOfType(TransportException.class,
                    () -> client.post("/rest/backups", null));

            assertThat(dropped.getMessage()).contains(sim.address()).contains("POST /rest/backups")
                    .contains("lost");
        }
    }

    @Test
    void startingApplianceSaysSoThenWorksOnceStarted() {
        ManualClock clock = new ManualClock();
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().clock(clock).startupSeconds(60))) {
            ApplianceClient client = sim.clientBuilder().build();

            ApplianceStartingException starting = catchThrowableOfType(ApplianceStartingException.class,
                    client::negotiate);
            assertThat(starting.status()).isEqualTo(503);
            assertThat(starting.errorCode()).isEqualTo("APPLIANCE_STARTING");
            clock.advance(Duration.ofSeconds(30));
            ApplianceProgress halfway = client.applianceProgress();
            assertThat(halfway.totalComponents()).isPositive();
            assertThat(halfway.completeComponents()).isBetween(1, halfway.totalComponents() - 1);

            clock.advance(Duration.ofSeconds(31));
            assertThat(client.negotiate()).isEqualTo(3800);
            client.login(new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true));
            assertThat(client.get("/rest/server-profiles/" + sim.simulator().profileIds().get(0),
                    ServerProfileSummary.class).value().name()).isNotBlank();
            client.logout();
        }
    }

    @Test
    void requestBodyAbove16MiBIsRefusedWith413AndDoesNotHang() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.clientBuilder().requestTimeout(Duration.ofSeconds(30)).build();
            client.negotiate();
            client.login(new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true));
            ObjectNode huge = JsonNodeFactory.instance.objectNode().put("name", "huge")
                    .put("description", "x".repeat(17 * 1024 * 1024));

            ApplianceErrorException tooLarge = catchThrowableOfType(ApplianceErrorException.class,
                    () -> client.post("/rest/server-profiles", huge));

            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.errorCode()).isEqualTo("REQUEST_ENTITY_TOO_LARGE");
            assertThat(tooLarge.getMessage()).contains("larger than the appliance accepts");
            client.logout();
        }
    }
}
