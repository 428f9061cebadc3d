package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.connections.LoginViewModel;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The password's char array is overwritten once a login is over, whatever its outcome: accepted,
 * refused, the appliance gone, or a re-login after the session expired. Against the simulator.
 */
class PasswordWipedAfterLoginTest {

    private static final String PASSWORD = "Wipe-me-7Q2";

    private static SimulatorFixture start() {
        return SimulatorFixture.start(SimulatorConfig.builder().password(PASSWORD));
    }

    private static ApplianceClient negotiated(SimulatorFixture sim, ReloginHook hook) {
        ApplianceClient client = sim.clientBuilder().reloginHook(hook).build();
        client.negotiate();
        return client;
    }

    @Test
    void acceptedLoginFromTheLoginDialogLeavesNoPasswordAnywhere() {
        try (SimulatorFixture sim = start()) {
            ApplianceClient client = negotiated(sim, ReloginHook.NONE);
            LoginViewModel dialog = new LoginViewModel(Messages.load(Locale.ROOT), "Lab", "Administrator", "LOCAL",
                    client.loginDetails());
            dialog.passwordProperty().set(PASSWORD);

            Credentials credentials = dialog.takeCredentials();
            char[] live = credentials.password();
            assertThat(new String(live)).isEqualTo(PASSWORD);
            client.login(credentials);

            assertThat(client.isLoggedIn()).isTrue();
            assertThat(live).containsOnly('\0');
            assertThat(dialog.passwordProperty().get()).isEmpty();
            client.logout();
        }
    }

    @Test
    void refusedLoginStillWipesThePassword() {
        try (SimulatorFixture sim = start()) {
            ApplianceClient client = negotiated(sim, ReloginHook.NONE);
            char[] wrong = "not-the-password".toCharArray();

            Throwable refused = catchThrowable(() -> client.login(new Credentials("Administrator", wrong, "LOCAL", true)));

            assertThat(refused).isInstanceOf(ApplianceErrorException.class);
            assertThat(wrong).containsOnly('\0');
        }
    }

    @Test
    void loginToAnApplianceThatWentAwayStillWipesThePassword() {
        ApplianceClient client;
        try (SimulatorFixture sim = start()) {
            client = negotiated(sim, ReloginHook.NONE);
        }
        char[] password = PASSWORD.toCharArray();

        Throwable failed = catchThrowable(() -> client.login(new Credentials("Administrator", password, "LOCAL", true)));

        assertThat(failed).isInstanceOf(TransportException.class);
        assertThat(password).containsOnly('\0');
    }

    @Test
    void reloginAfterExpiryWipesThePasswordTheHookGave() {
        AtomicReference<char[]> given = new AtomicReference<>();
        ReloginHook hook = (appliance, user) -> {
            given.set(PASSWORD.toCharArray());
            return Optional.of(new Credentials(user, given.get(), "LOCAL", true));
        };
        try (SimulatorFixture sim = start()) {
            ApplianceClient client = negotiated(sim, hook);
            char[] first = PASSWORD.toCharArray();
            client.login(new Credentials("Administrator", first, "LOCAL", true));
            sim.simulator().expireSessions();

            client.get("/rest/server-profiles?count=1", tools.jackson.databind.JsonNode.class);

            assertThat(first).containsOnly('\0');
            assertThat(given.get()).isNotNull().containsOnly('\0');
            client.logout();
        }
    }
}
