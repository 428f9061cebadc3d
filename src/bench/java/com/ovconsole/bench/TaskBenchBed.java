package com.ovconsole.bench;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.tasks.TaskCenter;
import com.ovconsole.ui.tasks.TaskPanel;
import com.ovconsole.ui.tasks.TasksModule;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/** The set-up the task benches share: the task panel shown on the bench's stage, and long tasks to watch. */
final class TaskBenchBed {

    private TaskBenchBed() {
    }

    /** Shows the task panel of {@code center} on {@code stage} (1280 x 400, light theme); call off the FX thread. */
    static Scene showTaskPanel(Stage stage, TaskCenter center, BackgroundRunner runner, Messages messages)
            throws Exception {
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalStateException("unexpected controller " + type);
        });
        return WaitForAsyncUtils.asyncFx(() -> {
            FxThemes.apply(Theme.LIGHT);
            TaskPanel panel = new TasksModule(loader, runner, center, messages, text -> { }).panel();
            Scene scene = new Scene(new StackPane(panel.node()), 1280, 400);
            scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return scene;
        }).get();
    }

    /**
     * Starts {@code count} long tasks on {@code appliance}: a changed {@code description} put on each
     * profile from the {@code first}-th on, which the appliance accepts as a task (202).
     */
    static List<TaskRef> startTasks(ConnectedAppliance appliance, int first, int count, String description) {
        List<TaskRef> started = new ArrayList<>();
        List<ObjectNode> profiles = appliance.client().allPages("/rest/server-profiles", PageQuery.ALL,
                ObjectNode.class, page -> { }, () -> false);
        for (ObjectNode profile : profiles.subList(first, first + count)) {
            String uri = profile.get("uri").asString();
            var current = appliance.client().get(uri, ObjectNode.class);
            current.tree().put("description", description);
            started.add(((WriteResult.Accepted) appliance.client().put(uri, current.tree(), current.eTag())).task());
        }
        return started;
    }
}
