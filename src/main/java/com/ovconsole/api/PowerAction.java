package com.ovconsole.api;

/**
 * What {@code PUT …/powerState} asks of a server: the state wanted and how the virtual power
 * button is pressed. Momentary press is a graceful on/off (the OS shuts down); press-and-hold
 * cuts power; reset and cold boot restart a server that is on.
 */
public enum PowerAction {
    POWER_ON("On", "MomentaryPress"),
    POWER_OFF("Off", "MomentaryPress"),
    FORCE_OFF("Off", "PressAndHold"),
    RESET("On", "Reset"),
    COLD_BOOT("On", "ColdBoot");

    private final String powerState;
    private final String powerControl;

    PowerAction(String powerState, String powerControl) {
        this.powerState = powerState;
        this.powerControl = powerControl;
    }

    /** "On" or "Off", as the appliance spells it. */
    public String powerState() {
        return powerState;
    }

    /** "MomentaryPress", "PressAndHold", "Reset" or "ColdBoot". */
    public String powerControl() {
        return powerControl;
    }
}
