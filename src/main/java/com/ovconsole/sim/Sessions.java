package com.ovconsole.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Login sessions. Ids come from a SecureRandom (never from the seed: a session id is a secret).
 * A session idle longer than the configured time, or expired on demand, answers 401
 * {@code AUTHORIZATION_INVALID_SESSION}-style errors until the user logs in again.
 */
final class Sessions {

    /** A logged-in user; {@code readOnly} users may only read. */
    static final class Session {
        private final String id;
        private final String userName;
        private final boolean readOnly;
        private volatile Instant lastUsed;
        private volatile boolean expired;

        private Session(String id, String userName, boolean readOnly, Instant now) {
            this.id = id;
            this.userName = userName;
            this.readOnly = readOnly;
            this.lastUsed = now;
        }

        String id() {
            return id;
        }

        String userName() {
            return userName;
        }

        boolean readOnly() {
            return readOnly;
        }
    }

    static final String VIEWER_USER = "viewer";
    private static final String VIEWER_PASSWORD = "viewer";

    private final SimulatorConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong loggedOut = new AtomicLong();

    Sessions(SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Checks the credentials and opens a session; 401 AUTHN_AUTH_FAIL when they are wrong. */
    Session login(String userName, String password, String domain) {
        boolean domainOk = domain == null || domain.isBlank() || "LOCAL".equalsIgnoreCase(domain)
                || config.loginDomains().stream().anyMatch(domain::equalsIgnoreCase);
        boolean admin = config.user().equals(userName) && config.password().equals(password);
        boolean viewer = VIEWER_USER.equals(userName) && VIEWER_PASSWORD.equals(password);
        if (!domainOk || !(admin || viewer)) {
            throw ApplianceError.of(401, "AUTHN_AUTH_FAIL", "Authentication failed.",
                    "Invalid user name, password or login domain.",
                    "Verify the user name, password and login domain, then try again.");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(id, userName, viewer, clock.instant());
        byId.put(id, session);
        opened.incrementAndGet();
        return session;
    }

    /** The live session for an {@code auth} header value, touching its idle timer; 401 otherwise. */
    Session require(String token) {
        if (token == null || token.isBlank()) {
            throw ApplianceError.of(401, "AUTHORIZATION", "Authorization error: no session was given.",
                    "The request has no auth header.", "Log in and send the session id in the auth header.");
        }
        Session session = byId.get(token.trim());
        if (session == null) {
            throw invalidSession("The session id is not known to this appliance.");
        }
        Instant now = clock.instant();
        if (session.expired || Duration.between(session.lastUsed, now).getSeconds() >= config.sessionIdleSeconds()) {
            session.expired = true;
            throw ApplianceError.of(401, "AUTHN_SESSION_EXPIRED", "The session has expired.",
                    "The session was idle too long or was ended by the appliance.", "Log in again.");
        }
        session.lastUsed = now;
        return session;
    }

    void logout(Session session) {
        if (byId.remove(session.id) != null) {
            loggedOut.incrementAndGet();
        }
    }

    long opened() {
        return opened.get();
    }

    long loggedOut() {
        return loggedOut.get();
    }

    /** Sessions that are neither logged out nor expired (idle past the timeout counts as expired). */
    long live() {
        Instant now = clock.instant();
        return byId.values().stream().filter(s -> !s.expired
                && Duration.between(s.lastUsed, now).getSeconds() < config.sessionIdleSeconds()).count();
    }

    /** Ends every session as if the idle timeout had passed. */
    void expireAll() {
        byId.values().forEach(s -> s.expired = true);
    }

    static ApplianceError invalidSession(String details) {
        return ApplianceError.of(401, "AUTHORIZATION_INVALID_SESSION", "The session is not valid.", details,
                "Log in again.");
    }

    static ApplianceError insufficientPrivileges(String userName) {
        return ApplianceError.of(401, "INSUFFICIENT_PRIVILEGES",
                "The user " + userName + " does not have the privileges to perform this action.",
                "The user's role permits read access only.",
                "Ask an administrator to grant the required privileges or log in as another user.");
    }
}
