package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A OneView TaskResource. {@code taskState} keeps the appliance's raw string; {@link #state()}
 * maps it to {@link TaskState} (UNKNOWN for values this console does not know).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskResource(
        String uri,
        String type,
        String name,
        String owner,
        String taskState,
        String taskStatus,
        String stateReason,
        Integer percentComplete,
        Integer computedPercentComplete,
        Integer completedSteps,
        Integer totalSteps,
        Integer expectedDuration,
        List<ProgressUpdate> progressUpdates,
        AssociatedResource associatedResource,
        String parentTaskUri,
        String associatedTaskUri,
        List<ErrorMessage> taskErrors,
        String taskType,
        Boolean userInitiated,
        Boolean hidden,
        Boolean isCancellable,
        String created,
        String modified,
        String eTag) {

    public TaskResource {
        progressUpdates = progressUpdates == null ? List.of() : List.copyOf(progressUpdates);
        taskErrors = taskErrors == null ? List.of() : List.copyOf(taskErrors);
    }

    public TaskState state() {
        return TaskState.parse(taskState);
    }

    /** What a UI shows: computedPercentComplete, else percentComplete, 100 once terminal. */
    public int percent() {
        if (state().isTerminal()) {
            return 100;
        }
        Integer value = computedPercentComplete != null ? computedPercentComplete : percentComplete;
        return value == null ? 0 : Math.max(0, Math.min(100, value));
    }

    public boolean cancellable() {
        return Boolean.TRUE.equals(isCancellable);
    }
}
