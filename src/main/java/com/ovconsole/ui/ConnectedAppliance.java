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
    private final String address;

    public ConnectedAppliance(String id, String displayName, ApplianceClient client) {
        this(id, displayName, client, client.address().authority());
    }

    /** @param address what the user knows the appliance by (the list entry's address), shown beside its name */
    public ConnectedAppliance(String id, String displayName, ApplianceClient client, String address) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.client = Objects.requireNonNull(client, "client");
        this.address = Objects.requireNonNull(address, "address");
    }

    /** The id of the appliance-list entry (store), stable across restarts. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The address as the user entered it (not the dialled one, which for the demo is a loopback port). */
    public String address() {
        return address;
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
