package com.ovconsole.api.model;

import java.util.Locale;

/**
 * A resource's {@code status} or an alert's {@code severity}: OK, Warning, Critical, Disabled,
 * Unknown. The raw string stays in the record; {@code UNRECOGNIZED} is a value this console does
 * not know (show it as sent). Declared from least to most severe among the known ones.
 */
public enum HealthStatus {
    OK, DISABLED, UNKNOWN, WARNING, CRITICAL, UNRECOGNIZED;

    public static HealthStatus parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "ok", "normal" -> OK;
            case "warning" -> WARNING;
            case "critical" -> CRITICAL;
            case "disabled" -> DISABLED;
            case "unknown" -> UNKNOWN;
            default -> UNRECOGNIZED;
        };
    }

    /** Warning or Critical: something needs attention. */
    public boolean needsAttention() {
        return this == WARNING || this == CRITICAL;
    }
}
