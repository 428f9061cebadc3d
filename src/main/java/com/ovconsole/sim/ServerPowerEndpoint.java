package com.ovconsole.sim;

import java.util.List;
import java.util.regex.Matcher;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /rest/server-hardware/<id>/powerState} with {@code {"powerState": "On"|"Off",
 * "powerControl": …}}: 202 + task; the server's power state changes when the task completes. A
 * server must be off before a profile can be (un)assigned, so the demo needs this.
 */
final class ServerPowerEndpoint {

    private static final List<String> CONTROLS = List.of("MomentaryPress", "PressAndHold", "ColdBoot", "Reset");

    private final ApplianceState state;

    ServerPowerEndpoint(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        routes.add(Route.secured("/rest/server-hardware/([^/]+)/powerState").on("PUT", this::setPower));
    }

    private Reply setPower(SimExchange ex, Matcher path) {
        ObjectNode server = state.inventory.serverHardware.get(path.group(1));
        if (server == null) {
            throw ApplianceError.notFound("/rest/server-hardware/" + path.group(1));
        }
        ObjectNode body = ex.jsonObjectBody();
        String wanted = Json.text(body, "powerState");
        String control = Json.text(body, "powerControl");
        if (!"On".equals(wanted) && !"Off".equals(wanted)) {
            throw ApplianceError.badRequest("INVALID_POWER_STATE", "The power state must be On or Off.",
                    "powerState: " + wanted);
        }
        if (control != null && !CONTROLS.contains(control)) {
            throw ApplianceError.badRequest("INVALID_POWER_CONTROL", "The power control is not valid: " + control,
                    "Use one of " + String.join(", ", CONTROLS) + ".");
        }
        SimTask task = state.tasks.startPlainTask(wanted.equals("On") ? TaskWording.POWER_ON : TaskWording.POWER_OFF,
                ex.session().userName(), new SimTask.Target(server.get("name").asString(),
                        server.get("uri").asString(), "server-hardware"),
                (t, outcome) -> server.put("powerState", wanted).put("eTag", state.eTags.next())
                        .put("modified", state.now()));
        return state.tasks.accepted(ex, task);
    }
}
