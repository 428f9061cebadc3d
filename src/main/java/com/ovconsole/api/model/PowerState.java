package com.ovconsole.api.model;

import java.util.Locale;

/**
 * A server's {@code powerState}. The record keeps the appliance's raw string; this is what the
 * console understands of it. {@code UNKNOWN} is the appliance saying "Unknown";
 * {@code UNRECOGNIZED} is a value this console does not know (show the raw string).
 */
public enum PowerState {
    ON, OFF, POWERING_ON, POWERING_OFF, RESETTING, UNKNOWN, UNRECOGNIZED;

    /** "On", "PoweringOff"… (any case); null or blank is UNKNOWN, anything else UNRECOGNIZED. */
    public static PowerState parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> ON;
            case "off" -> OFF;
            case "poweringon" -> POWERING_ON;
            case "poweringoff" -> POWERING_OFF;
            case "resetting" -> RESETTING;
            case "unknown" -> UNKNOWN;
            default -> UNRECOGNIZED;
        };
    }

    /** A power task is under way: another power action would be refused. */
    public boolean isChanging() {
        return this == POWERING_ON || this == POWERING_OFF || this == RESETTING;
    }
}
