package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.SessionExpiredException;
import com.ovconsole.api.model.LoginDetails;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Logging in and out of the simulator with the real client. */
class LoginAgainstSimulatorTest {

    private static final String BANNER = "Authorised use only. Activity is monitored.";

    @Test
    void rightPasswordSignsInAndReadsNeedASession() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.clientBuilder().build();
            client.negotiate();

            client.login(credentials("Administrator", "admin", false));

            assertThat(client.isLoggedIn()).isTrue();
            assertThat(client.allPages("/rest/backups", PageQuery.ALL, Object.class, page -> { },
                    () -> false)).isEmpty();
            client.logout();
        }
    }

    @Test
    void wrongPasswordIsAuthFailWithTheAppliancesWholeMessage() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.clientBuilder().build();
            client.negotiate();

            ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                    () -> client.login(credentials("Administrator", "wrong", false)));

            assertThat(refused).isNotInstanceOf(SessionExpiredException.class);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("AUTHN_AUTH_FAIL");
            assertThat(refused.error().message()).isEqualTo("Authentication failed.");
            assertThat(refused.error().details()).isEqualTo("Invalid user name, password or login domain.");
            assertThat(refused.getMessage()).contains("Authentication failed.");
            assertThat(client.isLoggedIn()).isFalse();
        }
    }

    @Test
    void bannerMustBeAcknowledgedToSignIn() {
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().loginBanner(BANNER))) {
            ApplianceClient client = sim.clientBuilder().build();
            client.negotiate();
            LoginDetails details = client.loginDetails();
            assertThat(details.loginMessage().text()).isEqualTo(BANNER);
            assertThat(details.loginMessage().acknowledgementRequired()).isTrue();

            ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                    () -> client.login(credentials("Administrator", "admin", false)));
            assertThat(refused.errorCode()).isEqualTo("AUTHN_LOGIN_MESSAGE_ACKNOWLEDGMENT_REQUIRED");
            assertThat(client.isLoggedIn()).isFalse();

            client.login(credentials("Administrator", "admin", true));
            assertThat(client.isLoggedIn()).isTrue();
            client.logout();
        }
    }

    @Test
    void readOnlyUserWritingIsInsufficientPrivilegesAndNeverAsksForANewLogin() {
        AtomicInteger hookCalls = new AtomicInteger();
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient viewer = sim.clientBuilder().reloginHook((appliance, user) -> {
                hookCalls.incrementAndGet();
                return Optional.empty();
            }).build();
            viewer.negotiate();
            viewer.login(credentials("viewer", "viewer", false));

            ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                    () -> viewer.post("/rest/backups", null));

            assertThat(refused).isNotInstanceOf(SessionExpiredException.class);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("INSUFFICIENT_PRIVILEGES");
            assertThat(hookCalls).hasValue(0);
            assertThat(viewer.isLoggedIn()).isTrue();
            viewer.logout();
        }
    }

    @Test
    void logoutEndsTheSessionOnTheAppliance() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = sim.signedInClient();
            String oldSession = SessionPeek.sessionId(client);
            RawHttps raw = new RawHttps(sim.simulator());
            assertThat(raw.get("/rest/backups", oldSession).statusCode()).isEqualTo(200);

            client.logout();

            var answer = raw.get("/rest/backups", oldSession);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("AUTHORIZATION_INVALID_SESSION");
            assertThat(client.isLoggedIn()).isFalse();
            assertThat(catchThrowableOfType(SessionExpiredException.class,
                    () -> client.post("/rest/backups", JsonNodeFactory.instance.objectNode()))).isNotNull();
        }
    }

    static Credentials credentials(String user, String password, boolean acknowledgeBanner) {
        return new Credentials(user, password.toCharArray(), "LOCAL", acknowledgeBanner);
    }
}
