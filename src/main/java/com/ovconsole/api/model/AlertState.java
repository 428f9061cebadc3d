package com.ovconsole.api.model;

import java.util.Locale;

/**
 * An alert's {@code alertState}. Active and Locked alerts count towards their resource's status;
 * Locked ones follow the resource's condition and cannot be cleared by hand. The raw string stays
 * in the record; {@code UNRECOGNIZED} is a value this console does not know.
 */
public enum AlertState {
    ACTIVE, LOCKED, CLEARED, UNRECOGNIZED;

    public static AlertState parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNRECOGNIZED;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "active" -> ACTIVE;
            case "locked" -> LOCKED;
            case "cleared" -> CLEARED;
            default -> UNRECOGNIZED;
        };
    }

    /** Still counts: Active or Locked (an unrecognized state is treated as open, not hidden). */
    public boolean isOpen() {
        return this != CLEARED;
    }
}
