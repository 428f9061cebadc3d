package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * A task's resource is a link in the task panel and in Recent tasks while its appliance is
 * connected, and turns to plain text, with a tooltip that says why, as soon as it disconnects
 * (the row stays, marked; no cell value changes, so the cells must notice by themselves).
 */
@ExtendWith(ApplicationExtension.class)
class TaskResourceLinkViewTest {

    @TempDir
    static Path configDir;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final List<String> opened = new ArrayList<>();
    private SimulatorFixture fixture;
    private ConnectedAppliance lab;
    private TaskCenter center;
    private TaskPanel panel;
    private ApplianceView recent;

    @Start
    void start(Stage stage) {
        FxThemes.apply(Theme.LIGHT);
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(2).clock(scheduler));
        lab = fixture.connectedAppliance("Lab");
        center = SteppedTaskCenter.create(scheduler, new RecordingDialogService(), configDir, messages);
        TasksModule tasks = new TasksModule(new ViewLoader(messages, type -> {
            throw new IllegalStateException("unexpected controller " + type);
        }), BackgroundRunner.sameThread(), center, messages, text -> { }, (appliance, uri) -> opened.add(uri));
        panel = tasks.panel();
        recent = tasks.recentTasks(lab);
        VBox window = new VBox(8, panel.node(), recent.node());
        window.getStyleClass().add("main-window");
        Scene scene = new Scene(window, 1100, 620);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        LentStage.show(stage, scene);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.close()).get();
        fixture.close();
    }

    @Test
    void aDisconnectedAppliancesResourceTurnsToPlainTextWithItsReason(FxRobot robot) throws Exception {
        String id = fixture.simulator().profileIds().get(0);
        var read = lab.client().get("/rest/server-profiles/" + id, ObjectNode.class);
        ObjectNode profile = read.tree();
        String name = profile.get("name").asString();
        profile.put("description", "changed by the test");
        TaskRef update = ((WriteResult.Accepted) lab.client().put("/rest/server-profiles/" + id, profile,
                read.eTag())).task();
        robot.interact(() -> {
            center.track(lab, update, null, "Update server profile", false);
            scheduler.runAll(20);
            recent.refresh();
        });
        // Cells are drawn at the next pulse.
        FxWaits.waitFor(20, TimeUnit.SECONDS, () -> link(robot, ".task-panel-view", name).isPresent()
                && link(robot, ".recent-tasks-view", name).isPresent());

        assertThat(link(robot, ".task-panel-view", name)).as("a link in the task panel").isPresent();
        assertThat(link(robot, ".recent-tasks-view", name)).as("a link in Recent tasks").isPresent();
        robot.clickOn(link(robot, ".task-panel-view", name).orElseThrow());
        assertThat(opened).containsExactly("/rest/server-profiles/" + id);
        // The click selected the row; its details hide the resource column, which is what this test looks at.
        robot.interact(() -> robot.lookup(".task-panel-view .task-table").queryAs(TableView.class)
                .getSelectionModel().clearSelection());
        shoot(robot, "task-resource-linked.png");

        // Disconnect as the console does it: the session ends, the rows stay marked, the tab closes.
        lab.client().logout();
        robot.interact(() -> {
            center.forget(lab);
            recent.close();
        });
        FxWaits.waitFor(20, TimeUnit.SECONDS, () -> link(robot, ".task-panel-view", name).isEmpty()
                && link(robot, ".recent-tasks-view", name).isEmpty());

        String why = "Lab is not connected: connect it to open " + name + ".";
        for (String view : List.of(".task-panel-view", ".recent-tasks-view")) {
            assertThat(link(robot, view, name)).as("no link left in " + view).isEmpty();
            TableCell<?, ?> plain = robot.lookup(view + " .table-cell").match((TableCell<?, ?> cell) ->
                    name.equals(cell.getText())).queryAs(TableCell.class);
            assertThat(plain.getGraphic()).isNull();
            assertThat(plain.getTooltip()).as("the reason on " + view).isNotNull();
            assertThat(plain.getTooltip().getText()).isEqualTo(why);
        }
        shoot(robot, "task-resource-disconnected.png");
        robot.interact(() -> FxThemes.apply(Theme.DARK));
        shoot(robot, "task-resource-disconnected-dark.png");
        robot.interact(() -> FxThemes.apply(Theme.LIGHT));
    }

    private static Optional<Hyperlink> link(FxRobot robot, String view, String text) {
        return robot.lookup(view + " .table-cell .hyperlink").match((Hyperlink link) -> text.equals(link.getText())
                && link.isVisible() && ((Node) link.getParent()).isVisible()).tryQuery();
    }

    private static void shoot(FxRobot robot, String fileName) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(robot.lookup(".main-window").query(), fileName)).get();
    }
}
