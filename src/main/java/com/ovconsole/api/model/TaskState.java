package com.ovconsole.api.model;

import java.util.Locale;

/** OneView task states. Values this console does not know map to UNKNOWN (non-terminal). */
public enum TaskState {
    NEW, PENDING, STARTING, RUNNING, SUSPENDED, STOPPING, INTERRUPTED,
    COMPLETED, WARNING, ERROR, TERMINATED, KILLED,
    UNKNOWN;

    /** Parses the appliance's spelling ("Running", "Completed"...); null or unknown gives UNKNOWN. */
    public static TaskState parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }

    /** Polling stops here. */
    public boolean isTerminal() {
        return this == COMPLETED || this == WARNING || this == ERROR || this == TERMINATED || this == KILLED;
    }

    /** Finished and did what was asked ({@code Warning} is success with warnings). */
    public boolean isSuccess() {
        return this == COMPLETED || this == WARNING;
    }
}
