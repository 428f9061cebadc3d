package com.ovconsole.app.tour;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.tasks.TaskRow;
import java.time.Duration;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks and backups: two more profile updates (one ends Error, one Completed) beside the editor's
 * saves, a backup being created, ready, downloading and downloaded with its SHA-256, the task
 * panel with rows in every state and the details of a failed task, the session expiring, and the
 * appliance's recent tasks.
 */
final class TaskScreens {

    private final TourContext tour;

    TaskScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() throws InterruptedException {
        ApplianceItem demoItem = tour.item(ApplianceEntry.builtInDemo().displayName());
        ConnectedAppliance demo = tour.steps.onFx(demoItem::getConnected);
        // The 3rd and 4th profile tasks of the demo end Error and Completed (see TourAppliances).
        updateProfile(demo, "app-backend-011", "Firmware baseline moved to SPP 2026.01");
        updateProfile(demo, "app-backend-012", "Moved to rack B4");
        tour.steps.waitUntil("four tasks in the panel", () -> tour.console.tasks().rows().size() == 4);
        tour.advance(Duration.ofSeconds(TourAppliances.TASK_SECONDS));
        tour.steps.waitUntil("the profile tasks ended", () -> tour.console.tasks().rows().stream()
                .allMatch(row -> !row.getStateText().equals("Running") && !row.getStateText().equals("New")));

        tour.selectTab("Backups");
        tour.steps.fire(() -> TourContext.button("#createButton").fire());
        DialogPane confirm = tour.dialog(null);
        tour.shots.dialog(null, "backup-create-confirm", "Create backup: the appliance keeps only one, said first");
        tour.press(confirm, "Create backup");
        tour.waitNoDialog(null);
        TaskRow backup = row(candidate -> candidate.nameProperty().get().toLowerCase().contains("backup"));
        tour.advance(Duration.ofSeconds(TourAppliances.TASK_SECONDS / 2));
        tour.steps.waitUntil("the backup half-way", () -> backup.progressProperty().get() >= 0.4);
        taskPanel(true);
        select(backup);
        tour.shots.window("backup-being-created-tasks-running",
                "A backup being created; the task panel with running, completed, warning and failed tasks");

        TaskRow failed = row(candidate -> candidate.getStateText().equals("Error"));
        select(failed);
        showChildTasks();
        tour.shots.window("task-details-error",
                "Task details of a failed task: its progress updates and child tasks (its error above them)");

        tour.advance(Duration.ofSeconds(TourAppliances.TASK_SECONDS));
        tour.steps.waitUntil("the backup completed", () -> "Completed".equals(backup.getStateText()));
        select(backup);
        // The backups view whole: the task panel folds to its title bar.
        taskPanel(false);
        tour.steps.waitUntil("Download offered", () -> TourContext.button("#downloadButton").isVisible()
                && !TourContext.button("#downloadButton").isDisabled());
        tour.shots.window("backup-ready", "The backup is ready to download");

        tour.steps.fire(() -> TourContext.button("#downloadButton").fire());
        tour.downloads.awaitHeld();
        tour.steps.settle();
        tour.shots.window("backup-downloading", "The backup downloading (a .part file until it is verified)");
        tour.advance(Duration.ofSeconds(4));
        tour.downloads.releaseAll();
        tour.steps.waitUntil("the download verified", () -> FxSteps.find("#sha256",
                node -> node instanceof TextField && node.isVisible())
                .map(node -> !((TextField) node).getText().isEmpty()).orElse(false));
        tour.shots.window("backup-downloaded-sha256", "Downloaded and verified: the file's SHA-256");

        tour.appliances.demo().start().expireSessions();
        tour.steps.fire(() -> tour.console.window().refreshCommand().execute());
        DialogPane relogin = tour.dialog("login-dialog");
        tour.type(relogin, "#password", "admin");
        tour.shots.dialog("login-dialog", "session-expired-login-again", "The session expired: log in again and carry on");
        tour.press(relogin, ButtonBar.ButtonData.OK_DONE);
        tour.waitNoDialog("login-dialog");

        tour.selectTab("Recent tasks");
        tour.steps.onFx(() -> {
            tour.console.window().refreshCommand().execute();
            return null;
        });
        tour.steps.waitUntil("the recent tasks", () -> FxSteps.find(".recent-tasks-view .table-view", Node::isVisible)
                .map(node -> !((TableView<?>) node).getItems().isEmpty()).orElse(false));
        tour.shots.window("recent-tasks", "The appliance's recent tasks, from every user");
    }

    /** A profile update started the way the editor starts one, followed in the task panel. */
    private void updateProfile(ConnectedAppliance demo, String name, String description) {
        ApplianceClient client = demo.client();
        String id = tour.appliances.demo().start().profileIds().stream()
                .filter(candidate -> name.equals(tour.appliances.demo().start().profile(candidate).path("name").asString()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo profile " + name));
        Resource<ObjectNode> profile = client.get("/rest/server-profiles/" + id, ObjectNode.class);
        ObjectNode body = profile.value().deepCopy();
        body.put("description", description);
        WriteResult result = client.put("/rest/server-profiles/" + id, body, profile.eTag());
        if (!(result instanceof WriteResult.Accepted accepted)) {
            throw new IllegalStateException("The update of " + name + " started no task");
        }
        tour.steps.onFx(() -> tour.console.tasks().track(demo, accepted.task(), accepted.initial().orElse(null),
                "Update server profile " + name, true));
    }

    private TaskRow row(Predicate<TaskRow> which) {
        tour.steps.waitUntil("a task row", () -> tour.console.tasks().rows().stream().anyMatch(which));
        return tour.steps.onFx(() -> tour.console.tasks().rows().stream().filter(which).findFirst().orElseThrow());
    }

    private void taskPanel(boolean expanded) {
        tour.steps.onFx(() -> {
            tour.console.window().taskPanelExpandedProperty().set(expanded);
            return null;
        });
        tour.steps.settle();
    }

    /** Waits for the selected task's children and scrolls the details down to them. */
    @SuppressWarnings("unchecked")
    private void showChildTasks() {
        tour.steps.waitUntil("the child tasks", () -> FxSteps.find("#childTree", node -> true)
                .map(node -> ((TreeView<Object>) node).getRoot().getChildren().size() == 3).orElse(false));
        tour.steps.onFx(() -> {
            ((ScrollPane) FxSteps.find(".task-details-scroll", node -> true).orElseThrow()).setVvalue(1.0);
            return null;
        });
        tour.steps.settle();
    }

    @SuppressWarnings("unchecked")
    private void select(TaskRow row) {
        tour.steps.onFx(() -> {
            TableView<TaskRow> table = (TableView<TaskRow>) FxSteps.find(".task-panel .task-table", node -> true)
                    .orElseThrow();
            table.getSelectionModel().select(row);
            return null;
        });
        tour.steps.settle();
    }
}
