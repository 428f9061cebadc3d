package com.ovconsole.ui.hardware;

import com.ovconsole.api.PowerAction;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.ui.Messages;

/** Makes rows from servers: every missing or unknown field becomes words, never a blank or a failure. */
final class RowTexts {

    private final Messages messages;

    RowTexts(Messages messages) {
        this.messages = messages;
    }

    /** @param pending the power action this console runs on the server, or null */
    HardwareRow row(ServerHardware server, String profileName, PowerAction pending) {
        String name = orElse(server.name(), server.uri());
        // The short model keeps the column narrow; appliances' whole model names run to 35 characters.
        String model = orElse(server.shortModel(), orElse(server.model(), messages.get("hardware.model.unknown")));
        String fullModel = server.model() == null || server.model().isBlank() || server.model().equals(model) ? null
                : server.model();
        String location = server.position() != null ? messages.format("hardware.location.bay", server.position())
                : messages.get("hardware.location.none");
        String ilo = orElse(server.iloAddress(), messages.get("hardware.ilo.none"));
        HardwareRow row = new HardwareRow(server.uri(), name, model, fullModel, location, server.power(), power(server),
                server.health(), health(server), server.serverProfileUri(), profileName, ilo, false);
        return pending == null ? row : row.withPower(pendingText(pending), true);
    }

    String pendingText(PowerAction action) {
        return action == PowerAction.POWER_ON ? messages.get("hardware.power.poweringOn")
                : messages.get("hardware.power.poweringOff");
    }

    private String power(ServerHardware server) {
        return switch (server.power()) {
            case ON -> messages.get("hardware.power.on");
            case OFF -> messages.get("hardware.power.off");
            case POWERING_ON -> messages.get("hardware.power.poweringOn");
            case POWERING_OFF -> messages.get("hardware.power.poweringOff");
            case RESETTING -> messages.get("hardware.power.resetting");
            case UNKNOWN -> messages.get("hardware.power.unknown");
            case UNRECOGNIZED -> server.powerState().trim();
        };
    }

    private String health(ServerHardware server) {
        return switch (server.health()) {
            case OK -> messages.get("hardware.health.ok");
            case WARNING -> messages.get("hardware.health.warning");
            case CRITICAL -> messages.get("hardware.health.critical");
            case DISABLED -> messages.get("hardware.health.disabled");
            case UNKNOWN -> messages.get("hardware.health.unknown");
            case UNRECOGNIZED -> server.status().trim();
        };
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
