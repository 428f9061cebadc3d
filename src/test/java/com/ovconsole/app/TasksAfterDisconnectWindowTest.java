package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.tasks.TaskRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Disconnect leaves the task panel's rows of that appliance in place, marked, instead of emptying them. */
@ExtendWith(ApplicationExtension.class)
class TasksAfterDisconnectWindowTest {

    private static final String LAB = "Lab appliance";

    private Path configDir;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;
    private SimulatorFixture lab;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-tasks-test-");
        composition = Composition.of(LaunchConfig.normal(configDir));
        app = new ConsoleApp(composition);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void aFinishedTaskStaysInThePanelMarkedAfterDisconnect(FxRobot robot) throws Exception {
        lab = SimulatorFixture.start(SimulatorConfig.builder().profiles(8).taskSeconds(1));
        new ApplianceStore(configDir).add(ApplianceEntry.create(LAB, lab.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(lab.simulator().certificateSha256()));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
        connect(robot);
        selectTab(robot, "Backups");
        robot.clickOn("#createButton");
        waits(robot).forNode(".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button button) -> "Create backup".equals(button.getText()))
                .queryAs(Node.class));
        waits(robot).until("the question closed", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        TaskRow backup = waitForTask(robot, row -> row.nameProperty().get().toLowerCase().contains("backup"));
        waits(robot).until("backup completed", () -> "Completed".equals(backup.getStateText()));

        robot.clickOn("#disconnectButton");
        waits(robot).forText("Disconnected from " + LAB);

        TableView<TaskRow> table = robot.lookup(".task-panel .task-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(backup);
        assertThat(backup.getStateText()).isEqualTo("Completed");
        assertThat(backup.applianceTextProperty().get()).isEqualTo(LAB + " (disconnected)");
        waits(robot).until("the mark shown whole", () -> robot.lookup(".task-table .table-cell")
                .match((Labeled cell) -> (LAB + " (disconnected)").equals(cell.getText()) && cell.getWidth() >= cell.prefWidth(-1) - 0.5)
                .tryQuery().isPresent());
        save(robot, ".main-window", "tasks-after-disconnect.png");
        assertThat(lab.simulator().liveSessions()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunningTaskIsNotFollowedWhileDisconnectedAndFollowedAgainOnReconnect(FxRobot robot) throws Exception {
        lab = SimulatorFixture.start(SimulatorConfig.builder().profiles(8).taskSeconds(600));
        new ApplianceStore(configDir).add(ApplianceEntry.create(LAB, lab.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(lab.simulator().certificateSha256()));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
        connect(robot);
        selectTab(robot, "Backups");
        robot.clickOn("#createButton");
        waits(robot).forNode(".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button button) -> "Create backup".equals(button.getText()))
                .queryAs(Node.class));
        waits(robot).until("the question closed", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        TaskRow backup = waitForTask(robot, row -> row.nameProperty().get().toLowerCase().contains("backup"));
        waits(robot).until("backup running", () -> backup.isWatching() && backup.latestProperty().get() != null);

        robot.clickOn("#disconnectButton");
        waits(robot).until("not followed", () -> "Not followed".equals(backup.getStateText()));
        TableView<TaskRow> table = robot.lookup(".task-panel .task-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(backup);
        assertThat(backup.getStatus()).isEqualTo("Not followed (disconnected); followed again when you reconnect.");
        assertThat(backup.applianceTextProperty().get()).isEqualTo(LAB + " (disconnected)");
        save(robot, ".main-window", "tasks-running-after-disconnect.png");

        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));
        waits(robot).until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
        waits(robot).forText("API 3800 \u00b7 Administrator");
        waits(robot).until("followed again", () -> table.getItems().size() == 1 && table.getItems().get(0) != backup
                && table.getItems().get(0).isWatching());
        TaskRow again = table.getItems().get(0);
        assertThat(again.ref()).isEqualTo(backup.ref());
        assertThat(again.applianceTextProperty().get()).isEqualTo(LAB);
    }

    private void connect(FxRobot robot) throws Exception {
        waits(robot).forText(LAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(LAB + " ["))
                .queryAs(Node.class));
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));
        waits(robot).forText("API 3800 \u00b7 Administrator");
    }

    @SuppressWarnings("unchecked")
    private static TaskRow waitForTask(FxRobot robot, Predicate<TaskRow> which) throws Exception {
        TitledPane panel = robot.lookup(".task-panel").queryAs(TitledPane.class);
        if (!panel.isExpanded()) {
            robot.clickOn(panel.lookup(".title"));
        }
        TableView<TaskRow> table = robot.lookup(".task-panel .task-table").queryAs(TableView.class);
        waits(robot).until("task row", () -> table.getItems().stream().anyMatch(which));
        return table.getItems().stream().filter(which).findFirst().orElseThrow();
    }

    private static void selectTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> title.equals(label.getText())).queryAs(Node.class));
        waits(robot).until(title + " selected", tab::isSelected);
    }

    private static Node button(FxRobot robot, String text) {
        return robot.lookup(".button").match((Button button) -> text.equals(button.getText()) && button.isVisible())
                .query();
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 30, "tasks-disconnect-failure");
    }

    private static void save(FxRobot robot, String selector, String fileName) throws Exception {
        Node node = robot.lookup(selector).query();
        Node root = node instanceof DialogPane ? node : node.getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }
}
