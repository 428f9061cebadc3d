package com.ovconsole.api;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Holds the session id and makes sure concurrent requests that all find it expired cause ONE
 * re-login: the first asks the hook and logs in; the others wait, see a newer session, replay.
 */
final class SessionKeeper {

    private final Object renewLock = new Object();
    private final ReloginHook hook;
    private volatile String sessionId;
    private volatile String userName = "";

    SessionKeeper(ReloginHook hook) {
        this.hook = hook == null ? ReloginHook.NONE : hook;
    }

    String sessionId() {
        return sessionId;
    }

    String userName() {
        return userName;
    }

    void started(String newSessionId, String user) {
        sessionId = newSessionId;
        userName = user;
    }

    /** Forgets the session and returns the id it had (null if none). */
    String clear() {
        String old = sessionId;
        sessionId = null;
        return old;
    }

    /**
     * Called after a request made with {@code expiredId} got a 401 session-expired.
     *
     * @param login logs in with the given credentials and calls {@link #started}
     * @return true when a newer session is in place and the request may be replayed
     */
    boolean renew(String expiredId, ApplianceAddress appliance, Consumer<Credentials> login) {
        synchronized (renewLock) {
            String current = sessionId;
            if (current != null && !current.equals(expiredId)) {
                return true;
            }
            Optional<Credentials> credentials = hook.credentialsFor(appliance, userName);
            if (credentials.isEmpty()) {
                return false;
            }
            try {
                login.accept(credentials.get());
            } finally {
                credentials.get().wipe();
            }
            return true;
        }
    }
}
