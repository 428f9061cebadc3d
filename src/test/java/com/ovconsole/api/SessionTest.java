package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.model.LoginDetails;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SessionTest {

    private static final String EXPIRED = "{\"errorCode\":\"AUTHN_SESSION_INVALID\",\"message\":\"Session expired\"}";

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger hookCalls = new AtomicInteger();
    private volatile String validSession = "session-1";
    private TestAppliance appliance;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}")
                .route("/rest/login-sessions", this::loginSessions);
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    @Test
    void loginSendsCredentialsAndLaterCallsCarryTheSessionBesideTheVersion() throws Exception {
        appliance.json("/rest/thing", 200, "{\"name\":\"x\"}");
        ApplianceClient client = client(ReloginHook.NONE);
        char[] password = "secret".toCharArray();

        client.login(new Credentials("CORP\\alice", password, null, true));
        client.get("/rest/thing", JsonNode.class);

        JsonNode sent = json.readTree(appliance.requestsTo("/rest/login-sessions").get(0).bodyText());
        assertThat(sent.get("userName").asString()).isEqualTo("alice");
        assertThat(sent.get("password").asString()).isEqualTo("secret");
        assertThat(sent.get("authLoginDomain").asString()).isEqualTo("CORP");
        assertThat(sent.get("loginMsgAck").asBoolean()).isTrue();
        assertThat(password).containsOnly('\0');
        TestAppliance.Seen get = appliance.requestsTo("/rest/thing").get(0);
        assertThat(get.header("auth")).isEqualTo("session-1");
        assertThat(get.header("X-API-Version")).isEqualTo("3800");
    }

    @Test
    void wrongPasswordIsAnApplianceErrorNotAnExpiredSession() {
        ApplianceClient client = client(ReloginHook.NONE);

        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.login(new Credentials("alice", "wrong".toCharArray(), "LOCAL", false)));

        assertThat(refused).isNotInstanceOf(SessionExpiredException.class);
        assertThat(refused.errorCode()).isEqualTo("AUTHN_AUTH_FAIL");
        assertThat(refused.getMessage()).isEqualTo("Invalid username or password.");
        assertThat(client.isLoggedIn()).isFalse();
    }

    @Test
    void bannerThatNeedsAcknowledgementIsReadAndEnforced() {
        appliance.json("/rest/logindetails", 200, "{\"allowLocalLogin\":false,\"defaultLoginDomain\":{\"name\":\"CORP\"},"
                + "\"configuredLoginDomains\":[{\"name\":\"CORP\",\"uri\":\"/x\"},\"LAB\"],"
                + "\"loginMessage\":{\"message\":\"Authorised use only\",\"acknowledgment\":true},\"future\":1}");
        ApplianceClient client = client(ReloginHook.NONE);

        LoginDetails details = client.loginDetails();
        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.login(new Credentials("banner", "secret".toCharArray(), "LOCAL", false)));

        assertThat(details.allowLocalLogin()).isFalse();
        assertThat(details.defaultLoginDomain()).isEqualTo("CORP");
        assertThat(details.configuredLoginDomains()).containsExactly("CORP", "LAB");
        assertThat(details.loginMessage().text()).isEqualTo("Authorised use only");
        assertThat(details.loginMessage().acknowledgementRequired()).isTrue();
        assertThat(refused.errorCode()).isEqualTo("AUTHN_LOGIN_MESSAGE_ACKNOWLEDGMENT_REQUIRED");
    }

    @Test
    void expiredSessionAsksTheHookLogsInAgainAndReplaysTheRequest() {
        appliance.route("/rest/thing", this::thingNeedingValidSession);
        ApplianceClient client = client(this::hook);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));
        validSession = "session-2";

        Resource<JsonNode> thing = client.get("/rest/thing", JsonNode.class);

        assertThat(thing.value().get("name").asString()).isEqualTo("x");
        assertThat(hookCalls).hasValue(1);
        assertThat(appliance.requestsTo("/rest/thing")).extracting(s -> s.header("auth"))
                .containsExactly("session-1", "session-2");
    }

    @Test
    void cancelledReloginFailsWithSessionExpired() {
        appliance.route("/rest/thing", this::thingNeedingValidSession);
        ApplianceClient client = client(ReloginHook.NONE);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));
        validSession = "session-2";

        SessionExpiredException expired = catchThrowableOfType(SessionExpiredException.class,
                () -> client.get("/rest/thing", JsonNode.class));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.getMessage()).isEqualTo("Session expired");
    }

    @Test
    void missingPrivilegeIsNotAnExpiredSessionAndAsksNobody() {
        appliance.json("/rest/thing", 401, "{\"errorCode\":\"INSUFFICIENT_PRIVILEGES\",\"message\":\"Not permitted\"}");
        ApplianceClient client = client(this::hook);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));

        ApplianceErrorException refused = catchThrowableOfType(ApplianceErrorException.class,
                () -> client.get("/rest/thing", JsonNode.class));

        assertThat(refused).isNotInstanceOf(SessionExpiredException.class);
        assertThat(hookCalls).hasValue(0);
    }

    @Test
    void concurrentExpiredRequestsShareOneRelogin() throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(3);
        appliance.route("/rest/thing", exchange -> {
            if (!validSession.equals(exchange.getRequestHeaders().getFirst("auth"))) {
                bothArrived.countDown();
                awaitQuietly(bothArrived);
            }
            thingNeedingValidSession(exchange);
        });
        ApplianceClient client = client(this::hook);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));
        validSession = "session-2";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Resource<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(pool.submit(() -> client.get("/rest/thing", JsonNode.class)));
            }
            for (Future<Resource<JsonNode>> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).value().get("name").asString()).isEqualTo("x");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(hookCalls).hasValue(1);
        assertThat(logins).hasValue(2);
    }

    @Test
    void logoutDeletesTheSessionOnTheAppliance() {
        ApplianceClient client = client(ReloginHook.NONE);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));

        client.logout();

        TestAppliance.Seen delete = appliance.requestsTo("/rest/login-sessions").get(1);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.header("auth")).isEqualTo("session-1");
        assertThat(client.isLoggedIn()).isFalse();
    }

    @Test
    void loggingInAgainEndsThePreviousSession() {
        ApplianceClient client = client(ReloginHook.NONE);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));
        validSession = "session-2";

        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));

        assertThat(appliance.requestsTo("/rest/login-sessions")).extracting(TestAppliance.Seen::method)
                .containsExactly("POST", "POST", "DELETE");
        assertThat(appliance.requestsTo("/rest/login-sessions").get(2).header("auth")).isEqualTo("session-1");
    }

    @Test
    void logoutNeverThrowsWhenTheApplianceIsGone() {
        ApplianceClient client = client(ReloginHook.NONE);
        client.login(new Credentials("alice", "secret".toCharArray(), "LOCAL", false));
        appliance.close();

        client.logout();

        assertThat(client.isLoggedIn()).isFalse();
    }

    private ApplianceClient client(ReloginHook hook) {
        return ApplianceClient.builder(appliance.address()).pinnedSha256(TestAppliance.fingerprint("appliance-a"))
                .reloginHook(hook).build();
    }

    private Optional<Credentials> hook(ApplianceAddress address, String user) {
        hookCalls.incrementAndGet();
        return Optional.of(new Credentials(user, "secret".toCharArray(), "LOCAL", false));
    }

    private void thingNeedingValidSession(HttpExchange exchange) throws IOException {
        if (validSession.equals(exchange.getRequestHeaders().getFirst("auth"))) {
            TestAppliance.reply(exchange, 200, "{\"name\":\"x\"}");
        } else {
            TestAppliance.reply(exchange, 401, EXPIRED);
        }
    }

    private void loginSessions(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            TestAppliance.reply(exchange, 204, null);
            return;
        }
        JsonNode body = json.readTree(appliance.seen.get(appliance.seen.size() - 1).body());
        if (!"secret".equals(body.path("password").asString())) {
            TestAppliance.reply(exchange, 401, "{\"errorCode\":\"AUTHN_AUTH_FAIL\",\"message\":\"Invalid username or password.\"}");
        } else if ("banner".equals(body.path("userName").asString()) && !body.path("loginMsgAck").asBoolean()) {
            TestAppliance.reply(exchange, 400, "{\"errorCode\":\"AUTHN_LOGIN_MESSAGE_ACKNOWLEDGMENT_REQUIRED\","
                    + "\"message\":\"Acknowledge the login message.\"}");
        } else {
            logins.incrementAndGet();
            TestAppliance.reply(exchange, 200, "{\"sessionID\":\"" + validSession + "\",\"partnerData\":{}}");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
