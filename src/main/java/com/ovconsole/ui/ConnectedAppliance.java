package com.ovconsole.ui;

import com.ovconsole.api.ApplianceClient;
import java.util.Objects;

/**
 * One appliance the user is signed in to, as every feature view sees it: which entry of the
 * appliance list it is, the name to show, and the client bound to its session. Every view and
 * action is bound to exactly one of these (never to an implicit default appliance).
 */
public final class ConnectedAppliance {

    private final String id;
    private final String displayName;
    private final ApplianceClient client;

    public ConnectedAppliance(String id, String displayName, ApplianceClient client) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The id of the appliance-list entry (store), stable across restarts. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Blocking client: use it only from background work, never on the FX thread. */
    public ApplianceClient client() {
        return client;
    }

    @Override
    public String toString() {
        return displayName + " (" + client.address() + ")";
    }
}
