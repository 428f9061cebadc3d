package com.ovconsole.sim;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code /rest/tasks}: one task, or the collection (filter {@code parentTaskUri}, {@code taskState}; sort). */
final class TaskEndpoints {

    private final ApplianceState state;

    TaskEndpoints(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        routes.add(Route.secured(Tasks.BASE_URI).on("GET", (ex, m) -> Reply.ok(CollectionPage.of(ex)
                .render("TaskResourceCollectionV2", "tasks", Tasks.BASE_URI, state.tasks.views(asksForChildren(ex)),
                        n -> n))));
        routes.add(Route.secured(Tasks.BASE_URI + "/([^/]+)")
                .on("GET", (ex, m) -> Reply.ok(state.tasks.view(find(m.group(1)))))
                .on("PATCH", (ex, m) -> cancel(ex, find(m.group(1)))));
    }

    /** A query on {@code parentTaskUri} sees child tasks; the plain list shows top-level tasks only. */
    private static boolean asksForChildren(SimExchange ex) {
        return ex.queryAll("filter").stream().anyMatch(filter -> filter.contains("parentTaskUri"));
    }

    private SimTask find(String id) {
        SimTask task = state.tasks.get(id);
        if (task == null) {
            throw ApplianceError.notFound(Tasks.BASE_URI + "/" + id);
        }
        return task;
    }

    /** {@code PATCH {"taskState": "Cancelling"}} ends a cancellable running task as Terminated. */
    private Reply cancel(SimExchange ex, SimTask task) {
        ObjectNode body = ex.jsonObjectBody();
        if (!"Cancelling".equals(Json.text(body, "taskState"))) {
            throw ApplianceError.badRequest("INVALID_TASK_STATE", "Only taskState Cancelling can be requested.",
                    "taskState: " + Json.text(body, "taskState"));
        }
        Instant now = state.clock.instant();
        if (!task.cancellable() || !task.terminate(now)) {
            throw ApplianceError.of(409, "TASK_NOT_CANCELLABLE", "The task cannot be cancelled.",
                    task.cancellable() ? "The task has already ended." : "This kind of task cannot be cancelled.",
                    "Refresh the task to see its current state.");
        }
        task.settle(now);
        return Reply.ok(state.tasks.view(task));
    }
}
