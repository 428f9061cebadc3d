package com.ovconsole.api;

import java.util.Optional;

/**
 * Asked for credentials when the session has expired. Called on the thread whose request failed
 * (never the UI thread); it may block while the user types. Concurrent failures share one call.
 */
@FunctionalInterface
public interface ReloginHook {

    /**
     * @param appliance the appliance asking, for the prompt
     * @param lastUserName the user of the expired session, to prefill
     * @return credentials to log in with, or empty to give up (the request then fails with
     *         {@link SessionExpiredException})
     */
    Optional<Credentials> credentialsFor(ApplianceAddress appliance, String lastUserName);

    /** Never asks: an expired session simply fails. */
    ReloginHook NONE = (appliance, user) -> Optional.empty();
}
