package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.api.SessionExpiredException;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.testing.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An expired session on the simulator: the hook is asked once and the request replays. */
class SessionExpiryAgainstSimulatorTest {

    @Test
    void expiredSessionAsksTheHookOnceAndReplaysTheRequest() {
        AtomicInteger hookCalls = new AtomicInteger();
        List<String> prefilled = new ArrayList<>();
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = signedIn(sim, (appliance, user) -> {
                hookCalls.incrementAndGet();
                prefilled.add(user);
                return Optional.of(admin());
            });
            String before = SessionPeek.sessionId(client);
            sim.simulator().expireSessions();

            ServerProfileSummary profile = client.get(firstProfileUri(sim), ServerProfileSummary.class).value();

            assertThat(profile.name()).isNotBlank();
            assertThat(hookCalls).hasValue(1);
            assertThat(prefilled).containsExactly("Administrator");
            assertThat(SessionPeek.sessionId(client)).isNotEqualTo(before);
            client.logout();
        }
    }

    @Test
    void concurrentRequestsOnAnExpiredSessionShareOneRelogin() throws Exception {
        int parallel = 6;
        AtomicInteger hookCalls = new AtomicInteger();
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            long[] requestsBefore = new long[1];
            ApplianceClient client = signedIn(sim, (appliance, user) -> {
                hookCalls.incrementAndGet();
                // Hold the prompt open until every request has met the expired session.
                Waits.until("all requests to reach the appliance",
                        () -> sim.simulator().requestCount() >= requestsBefore[0] + parallel);
                return Optional.of(admin());
            });
            String uri = firstProfileUri(sim);
            sim.simulator().expireSessions();
            requestsBefore[0] = sim.simulator().requestCount();
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                List<Future<ServerProfileSummary>> results = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    results.add(pool.submit(() -> client.get(uri, ServerProfileSummary.class).value()));
                }
                for (Future<ServerProfileSummary> result : results) {
                    assertThat(result.get(20, TimeUnit.SECONDS).uri()).isEqualTo(uri);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(hookCalls).hasValue(1);
            client.logout();
        }
    }

    @Test
    void hookThatGivesUpLeavesTheSessionExpired() {
        AtomicInteger hookCalls = new AtomicInteger();
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().sessionIdleSeconds(3600))) {
            ApplianceClient client = signedIn(sim, (appliance, user) -> {
                hookCalls.incrementAndGet();
                return Optional.empty();
            });
            sim.simulator().expireSessions();

            SessionExpiredException expired = catchThrowableOfType(SessionExpiredException.class,
                    () -> client.get(firstProfileUri(sim), ServerProfileSummary.class));

            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.errorCode()).isEqualTo("AUTHN_SESSION_EXPIRED");
            assertThat(hookCalls).hasValue(1);
        }
    }

    private static ApplianceClient signedIn(SimulatorFixture sim, ReloginHook hook) {
        ApplianceClient client = sim.clientBuilder().reloginHook(hook).build();
        client.negotiate();
        client.login(admin());
        return client;
    }

    private static Credentials admin() {
        return new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true);
    }

    private static String firstProfileUri(SimulatorFixture sim) {
        return "/rest/server-profiles/" + sim.simulator().profileIds().get(0);
    }
}
