package com.ovconsole.api;

import com.ovconsole.api.model.TaskResource;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** What a PUT/POST/PATCH/DELETE answered: done now, or accepted as a task to follow. */
public sealed interface WriteResult {

    /** 200/201/204 (or a 202 that named no task): the resource in the body, if any. */
    record Done(Optional<Resource<ObjectNode>> resource) implements WriteResult {
    }

    /** 202 with a task; {@code initial} is the task JSON when the body carried it. */
    record Accepted(TaskRef task, Optional<TaskResource> initial) implements WriteResult {
    }
}
