package com.ovconsole.store;

import java.time.Instant;
import java.util.Objects;

/** A task still running when the console closed, picked up again at the next start. */
public record RunningTask(
        String applianceId,
        String taskUri,
        String taskName,
        String resourceName,
        Instant startedAt,
        boolean userInitiated) {

    public RunningTask {
        Objects.requireNonNull(applianceId, "applianceId");
        Objects.requireNonNull(taskUri, "taskUri");
    }
}
