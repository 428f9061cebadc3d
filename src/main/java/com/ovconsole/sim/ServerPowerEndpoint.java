package com.ovconsole.sim;

import java.util.List;
import java.util.regex.Matcher;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /rest/server-hardware/<id>/powerState} with {@code {"powerState": "On"|"Off",
 * "powerControl": …}}: 202 + task on the server. While the task runs the server shows
 * {@code PoweringOn}/{@code PoweringOff} ({@code Resetting} for a reset), then On/Off. A server
 * must be off before a profile can be (un)assigned, so the demo needs this.
 */
final class ServerPowerEndpoint {

    static final String ON = "On";
    static final String OFF = "Off";
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
        if (!ON.equals(wanted) && !OFF.equals(wanted)) {
            throw ApplianceError.badRequest("INVALID_POWER_STATE", "The power state must be On or Off.",
                    "powerState: " + wanted);
        }
        if (control == null) {
            control = "MomentaryPress";
        }
        if (!CONTROLS.contains(control)) {
            throw ApplianceError.badRequest("INVALID_POWER_CONTROL", "The power control is not valid: " + control,
                    "Use one of " + String.join(", ", CONTROLS) + ".");
        }
        boolean restart = control.equals("Reset") || control.equals("ColdBoot");
        if ((restart && !ON.equals(wanted)) || (control.equals("PressAndHold") && !OFF.equals(wanted))) {
            throw ApplianceError.badRequest("INVALID_POWER_CONTROL",
                    "The power control " + control + " cannot be used to power the server " + wanted.toLowerCase(java.util.Locale.ROOT) + ".",
                    "PressAndHold powers off; Reset and ColdBoot restart a server that is on (powerState On).");
        }
        String now = Json.text(server, "powerState");
        if (!ON.equals(now) && !OFF.equals(now)) {
            throw ApplianceError.of(409, "SERVER_HARDWARE_POWER_OPERATION_IN_PROGRESS",
                    "The server hardware " + server.get("name").asString() + " is changing its power state (" + now
                            + ").", "Another power operation is still running on this server.",
                    "Wait for the running power task to finish, then try again.");
        }
        if (restart && !ON.equals(now)) {
            throw ApplianceError.of(409, "SERVER_HARDWARE_POWERED_OFF",
                    "The server hardware " + server.get("name").asString() + " is powered off and cannot be reset.",
                    "Reset and ColdBoot need a server that is on.", "Power on the server instead.");
        }
        String passing = restart ? "Resetting" : ON.equals(wanted) ? "PoweringOn" : "PoweringOff";
        SimTask task = state.tasks.startPlainTask(restart ? TaskWording.RESET : ON.equals(wanted)
                ? TaskWording.POWER_ON : TaskWording.POWER_OFF, ex.session().userName(),
                new SimTask.Target(server.get("name").asString(), server.get("uri").asString(), "server-hardware"),
                (t, outcome) -> server.put("powerState", wanted).put("eTag", state.eTags.next())
                        .put("modified", state.now()));
        if (!task.isTerminal(state.clock.instant())) {
            server.put("powerState", passing).put("eTag", state.eTags.next()).put("modified", state.now());
        }
        return state.tasks.accepted(ex, task);
    }
}
