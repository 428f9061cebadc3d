package com.ovconsole.sim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Servers as some appliances and firmware report them, for clients to show without failing:
 * the last three spare servers (no profile) get a power state and a health this API never
 * documented, no iLO information and no model or bay, or no power state and status at all.
 */
final class OddServers {

    /** The power state the first odd server reports (not On, Off, PoweringOn, PoweringOff, Resetting). */
    static final String ODD_POWER_STATE = "Hibernating";
    static final String ODD_STATUS = "Degraded";

    private OddServers() {
    }

    static void apply(Inventory inventory) {
        List<ObjectNode> spare = new ArrayList<>(inventory.serverHardware.values().stream()
                .filter(server -> server.path("serverProfileUri").isNull()).toList());
        int count = spare.size();
        if (count < 3) {
            return;
        }
        spare.get(count - 3).put("powerState", ODD_POWER_STATE).put("status", ODD_STATUS);
        ObjectNode bare = spare.get(count - 2);
        bare.remove(List.of("mpHostInfo", "model", "shortModel", "position"));
        bare.putNull("locationUri");
        spare.get(count - 1).remove(List.of("powerState", "status"));
    }
}
