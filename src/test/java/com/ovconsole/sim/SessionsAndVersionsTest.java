package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionsAndVersionsTest {

    private final MutableClock clock = MutableClock.atDemoTime();
    private ApplianceSimulator simulator;

    private ApplianceSimulator start(SimulatorConfig.Builder builder) {
        simulator = ApplianceSimulator.start(builder.clock(clock).profiles(10).build());
        return simulator;
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void versionAnswersWithoutAnyHeaders() {
        start(SimulatorConfig.builder());
        SimClient client = new SimClient(simulator, 0);
        HttpResponse<String> response = client.execute(
                HttpRequest.newBuilder(client.uri("/rest/version")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SimClient.json(response);
        assertThat(body.get("currentVersion").asInt()).isEqualTo(3800);
        assertThat(body.get("minimumVersion").asInt()).isEqualTo(120);
    }

    @Test
    void apiVersionOutsideTheSupportedRangeAnswers412WithErrorMessage() {
        start(SimulatorConfig.builder());
        HttpResponse<String> tooNew = new SimClient(simulator, 9999).get("/rest/logindetails");
        HttpResponse<String> tooOld = new SimClient(simulator, 101).get("/rest/logindetails");

        assertThat(tooNew.statusCode()).isEqualTo(412);
        assertThat(SimClient.json(tooNew).get("message").asString()).startsWith("The specified API version is not valid");
        assertThat(SimClient.json(tooNew).get("recommendedActions")).isNotEmpty();
        assertThat(tooOld.statusCode()).isEqualTo(412);
    }

    @Test
    void nonNumericApiVersionAnswers400() {
        start(SimulatorConfig.builder());
        SimClient client = new SimClient(simulator, 3800);
        HttpResponse<String> response = client.execute(client.request("GET", "/rest/logindetails", null)
                .setHeader("X-API-Version", "latest").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("INVALID_API_VERSION");
    }

    @Test
    void loginDetailsNameTheLocalDomainAndTheBanner() {
        start(SimulatorConfig.builder().loginBanner("Authorized use only."));
        JsonNode details = SimClient.json(new SimClient(simulator, 3800).get("/rest/logindetails"));

        assertThat(details.get("allowLocalLogin").asBoolean()).isTrue();
        assertThat(details.get("defaultLoginDomain").get("name").asString()).isEqualTo("LOCAL");
        assertThat(details.get("configuredLoginDomains")).hasSize(1);
        assertThat(details.get("loginMessage").get("message").asString()).isEqualTo("Authorized use only.");
    }

    @Test
    void configuredDirectoryDomainsAreListedAndAcceptedAndOthersAreNot() {
        start(SimulatorConfig.builder().loginDomains(java.util.List.of("CORP", "LAB-AD")));
        JsonNode details = SimClient.json(new SimClient(simulator, 3800).get("/rest/logindetails"));
        HttpResponse<String> corp = new SimClient(simulator, 3800).send("POST", "/rest/login-sessions",
                "{\"userName\":\"Administrator\",\"password\":\"admin\",\"authLoginDomain\":\"corp\"}");
        HttpResponse<String> other = new SimClient(simulator, 3800).send("POST", "/rest/login-sessions",
                "{\"userName\":\"Administrator\",\"password\":\"admin\",\"authLoginDomain\":\"ELSEWHERE\"}");

        assertThat(details.get("configuredLoginDomains").valueStream().map(domain -> domain.get("name").asString()))
                .containsExactly("LOCAL", "CORP", "LAB-AD");
        assertThat(details.get("defaultLoginDomain").get("name").asString()).isEqualTo("LOCAL");
        assertThat(corp.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAnswers401AuthnAuthFail() {
        start(SimulatorConfig.builder());
        HttpResponse<String> response = new SimClient(simulator, 3800).send("POST", "/rest/login-sessions",
                "{\"userName\":\"Administrator\",\"password\":\"nope\",\"authLoginDomain\":\"LOCAL\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("AUTHN_AUTH_FAIL");
    }

    @Test
    void bannerMustBeAcknowledgedBeforeLogin() {
        start(SimulatorConfig.builder().loginBanner("Authorized use only."));
        HttpResponse<String> response = new SimClient(simulator, 3800).send("POST", "/rest/login-sessions",
                "{\"userName\":\"Administrator\",\"password\":\"admin\",\"loginMsgAck\":false}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(response).get("errorCode").asString())
                .isEqualTo("AUTHN_LOGIN_MESSAGE_ACKNOWLEDGMENT_REQUIRED");
        assertThat(new SimClient(simulator, 3800).login().session()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void missingOrUnknownAuthAnswers401() {
        start(SimulatorConfig.builder());
        SimClient anonymous = new SimClient(simulator, 3800);
        HttpResponse<String> none = anonymous.get("/rest/server-profiles");
        HttpResponse<String> unknown = anonymous.get("/rest/server-profiles", "auth", "not-a-session");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(unknown).get("errorCode").asString()).isEqualTo("AUTHORIZATION_INVALID_SESSION");
    }

    @Test
    void logoutInvalidatesTheSession() {
        start(SimulatorConfig.builder());
        SimClient client = new SimClient(simulator, 3800).login();
        assertThat(client.get("/rest/server-profiles").statusCode()).isEqualTo(200);

        assertThat(client.send("DELETE", "/rest/login-sessions", null).statusCode()).isEqualTo(204);

        HttpResponse<String> after = client.get("/rest/server-profiles");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(after).get("errorCode").asString()).isEqualTo("AUTHORIZATION_INVALID_SESSION");
    }

    @Test
    void idleSessionExpiresWith401SessionExpired() {
        start(SimulatorConfig.builder().sessionIdleSeconds(60));
        SimClient client = new SimClient(simulator, 3800).login();
        clock.advance(Duration.ofSeconds(59));
        assertThat(client.get("/rest/server-profiles").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> expired = client.get("/rest/server-profiles");

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(expired).get("errorCode").asString()).isEqualTo("AUTHN_SESSION_EXPIRED");
    }

    @Test
    void expireSessionsEndsEveryOpenSession() {
        start(SimulatorConfig.builder());
        SimClient client = new SimClient(simulator, 3800).login();

        simulator.expireSessions();

        HttpResponse<String> response = client.get("/rest/server-profiles");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(response).get("errorCode").asString()).isEqualTo("AUTHN_SESSION_EXPIRED");
        assertThat(new SimClient(simulator, 3800).login().get("/rest/server-profiles").statusCode()).isEqualTo(200);
    }

    @Test
    void viewerMayReadButWritesAnswer401InsufficientPrivileges() {
        start(SimulatorConfig.builder());
        SimClient viewer = new SimClient(simulator, 3800).login("viewer", "viewer");
        assertThat(viewer.get("/rest/server-profiles").statusCode()).isEqualTo(200);

        HttpResponse<String> write = viewer.send("POST", "/rest/backups", null);

        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(SimClient.json(write).get("errorCode").asString()).isEqualTo("INSUFFICIENT_PRIVILEGES");
    }

    @Test
    void sessionIdsAreDifferentForEveryLoginEvenWithTheSameSeed() {
        start(SimulatorConfig.builder());
        String first = new SimClient(simulator, 3800).login().session();
        String second = new SimClient(simulator, 3800).login().session();

        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(32);
    }
}
