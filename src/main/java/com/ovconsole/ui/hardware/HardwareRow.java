package com.ovconsole.ui.hardware;

import com.ovconsole.api.model.HealthStatus;
import com.ovconsole.api.model.PowerState;

/**
 * One line of the server-hardware list, with the texts to show already made (an unknown power
 * state or health shows as the appliance sent it). {@code model} is the short model the list shows
 * ("SY 480 Gen10"), {@code fullModel} the appliance's whole one ("HPE Synergy 480 Gen10 Compute
 * Module") when it says more, else null. {@code profileName} is null until read; {@code busy} is true
 * while a power task this console started runs on the server.
 */
public record HardwareRow(
        String uri,
        String name,
        String model,
        String fullModel,
        String location,
        PowerState power,
        String powerText,
        HealthStatus health,
        String healthText,
        String profileUri,
        String profileName,
        String ilo,
        boolean busy) {

    public boolean hasProfile() {
        return profileUri != null && !profileUri.isBlank();
    }

    HardwareRow withProfileName(String resolved) {
        return new HardwareRow(uri, name, model, fullModel, location, power, powerText, health, healthText, profileUri,
                resolved, ilo, busy);
    }

    HardwareRow withPower(String text, boolean running) {
        return new HardwareRow(uri, name, model, fullModel, location, power, text, health, healthText, profileUri,
                profileName, ilo, running);
    }

    /** Power on makes sense for a server that is not on, and no power task runs on it. */
    public boolean canPowerOn() {
        return !busy && !power.isChanging() && power != PowerState.ON;
    }

    /** Power off (either press) makes sense for a server that is not off, and no power task runs on it. */
    public boolean canPowerOff() {
        return !busy && !power.isChanging() && power != PowerState.OFF;
    }
}
