package com.ovconsole.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The helpers that answer without a session, and logging in and out. */
final class ApplianceEndpoints {

    private static final int TOTAL_COMPONENTS = 12;

    private final ApplianceState state;

    ApplianceEndpoints(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        routes.add(Route.open("/rest/version").on("GET", (ex, m) -> version()));
        routes.add(Route.open("/rest/logindetails").on("GET", (ex, m) -> loginDetails()));
        routes.add(Route.open("/rest/appliance/progress").on("GET", (ex, m) -> progress()));
        routes.add(Route.open("/rest/login-sessions").on("POST", (ex, m) -> login(ex)).on("DELETE", (ex, m) -> logout(ex)));
    }

    private Reply version() {
        ObjectNode body = Json.object();
        body.put("currentVersion", state.config.apiVersion());
        body.put("minimumVersion", state.config.minApiVersion());
        return Reply.ok(body);
    }

    private Reply loginDetails() {
        ObjectNode body = Json.object();
        body.put("type", "LoginDetailsV1");
        body.put("allowLocalLogin", true);
        ObjectNode local = body.putObject("defaultLoginDomain");
        local.put("name", "LOCAL");
        local.put("uri", "/rest/logindomains/LOCAL");
        var domains = body.putArray("configuredLoginDomains");
        domains.add(local.deepCopy());
        for (String name : state.config.loginDomains()) {
            domains.addObject().put("name", name).put("uri", "/rest/logindomains/" + name);
        }
        body.set("loginMessage", loginMessage());
        body.put("loginMsgAckRequired", state.config.loginBanner() != null);
        body.put("category", "logindetails");
        body.put("uri", "/rest/logindetails");
        return Reply.ok(body);
    }

    private ObjectNode loginMessage() {
        ObjectNode message = Json.object();
        message.put("message", state.config.loginBanner() == null ? "" : state.config.loginBanner());
        message.put("acknowledgment", state.config.loginBanner() != null);
        return message;
    }

    private Reply progress() {
        double done = state.startupProgress();
        ObjectNode body = Json.object();
        body.put("type", "ApplianceProgress");
        body.put("completeComponents", (int) Math.floor(done * TOTAL_COMPONENTS));
        body.put("totalComponents", TOTAL_COMPONENTS);
        body.put("status", done >= 1.0 ? "Complete" : "Starting");
        return Reply.ok(body);
    }

    private Reply login(SimExchange ex) {
        ObjectNode body = ex.jsonObjectBody();
        String user = Json.text(body, "userName");
        String password = Json.text(body, "password");
        if (user == null || password == null) {
            throw ApplianceError.badRequest("AUTHN_AUTH_FAIL", "Authentication failed.",
                    "The request needs userName and password.");
        }
        Sessions.Session session = state.sessions.login(user, password, Json.text(body, "authLoginDomain"));
        JsonNode ack = body.get("loginMsgAck");
        if (state.config.loginBanner() != null && (ack == null || !ack.asBoolean(false))) {
            state.sessions.logout(session);
            throw ApplianceError.of(401, "AUTHN_LOGIN_MESSAGE_ACKNOWLEDGMENT_REQUIRED",
                    "The login message must be acknowledged before logging in.",
                    state.config.loginBanner(), "Read the login message and log in with loginMsgAck set to true.");
        }
        ObjectNode reply = Json.object();
        reply.put("sessionID", session.id());
        ObjectNode partner = reply.putObject("partnerData");
        partner.put("userName", session.userName());
        return Reply.ok(reply);
    }

    private Reply logout(SimExchange ex) {
        Sessions.Session session = state.sessions.require(ex.header("auth"));
        state.sessions.logout(session);
        return Reply.empty(204);
    }
}
