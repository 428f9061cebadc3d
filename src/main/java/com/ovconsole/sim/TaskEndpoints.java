package com.ovconsole.sim;

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
                .render("TaskResourceCollectionV2", "tasks", Tasks.BASE_URI, state.tasks.views(), n -> n))));
        routes.add(Route.secured(Tasks.BASE_URI + "/([^/]+)").on("GET", (ex, m) -> {
            SimTask task = state.tasks.get(m.group(1));
            if (task == null) {
                throw ApplianceError.notFound(Tasks.BASE_URI + "/" + m.group(1));
            }
            ObjectNode view = state.tasks.view(task);
            return Reply.ok(view);
        }));
    }
}
