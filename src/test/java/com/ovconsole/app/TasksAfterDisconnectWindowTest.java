package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.tasks.TaskRow;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Disconnect leaves the task panel's rows of that appliance in place, marked, instead of emptying them. */
class TasksAfterDisconnectWindowTest {

    private static final String LAB = "Lab appliance";

    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("tasks-disconnect");
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    void aFinishedTaskStaysInThePanelMarkedAfterDisconnect() throws Exception {
        SimulatorFixture lab = connectedLab(1);
        TaskRow backup = createABackup();
        bed.waits().until("backup completed", () -> "Completed".equals(backup.getStateText()));

        robot.clickOn("#disconnectButton");
        bed.waits().forText("Disconnected from " + LAB);

        TableView<TaskRow> table = taskTable();
        assertThat(table.getItems()).containsExactly(backup);
        assertThat(backup.getStateText()).isEqualTo("Completed");
        assertThat(backup.applianceTextProperty().get()).isEqualTo(LAB + " (disconnected)");
        bed.waits().until("the mark shown whole", () -> robot.lookup(".task-table .table-cell")
                .match((Labeled cell) -> (LAB + " (disconnected)").equals(cell.getText()) && cell.getWidth() >= cell.prefWidth(-1) - 0.5)
                .tryQuery().isPresent());
        bed.saveWindow("tasks-after-disconnect.png");
        // The logout runs in the background after the window says "Disconnected".
        bed.waits().until("the session logged out", () -> lab.simulator().liveSessions() == 0);
    }

    @Test
    void aRunningTaskIsNotFollowedWhileDisconnectedAndFollowedAgainOnReconnect() throws Exception {
        connectedLab(600);
        TaskRow backup = createABackup();
        bed.waits().until("backup running", () -> backup.isWatching() && backup.latestProperty().get() != null);

        robot.clickOn("#disconnectButton");
        bed.waits().until("not followed", () -> "Not followed".equals(backup.getStateText()));
        TableView<TaskRow> table = taskTable();
        assertThat(table.getItems()).containsExactly(backup);
        assertThat(backup.getStatus()).isEqualTo("Not followed (disconnected); followed again when you reconnect.");
        assertThat(backup.applianceTextProperty().get()).isEqualTo(LAB + " (disconnected)");
        bed.saveWindow("tasks-running-after-disconnect.png");

        robot.clickOn("#connectButton");
        bed.logIn(ConsoleWindowBed.PASSWORD);
        bed.waits().until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
        bed.waits().forText("API 3800 \u00b7 Administrator");
        bed.waits().until("followed again", () -> table.getItems().size() == 1 && table.getItems().get(0) != backup
                && table.getItems().get(0).isWatching());
        TaskRow again = table.getItems().get(0);
        assertThat(again.ref()).isEqualTo(backup.ref());
        assertThat(again.applianceTextProperty().get()).isEqualTo(LAB);
    }

    /** Backups, Create, "Create backup" in the question: the backup's row in the task panel. */
    /** Lab stored and connected, its tasks taking {@code taskSeconds}. */
    private SimulatorFixture connectedLab(int taskSeconds) throws Exception {
        SimulatorFixture lab = bed.simulator(SimulatorConfig.builder().profiles(8).taskSeconds(taskSeconds));
        bed.storeAppliance(LAB, lab);
        bed.connect(LAB);
        bed.waits().forText("API 3800 \u00b7 Administrator");
        return lab;
    }

    private TaskRow createABackup() throws Exception {
        bed.selectTab("Backups");
        robot.clickOn("#createButton");
        bed.waits().forNode(".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button button) -> "Create backup".equals(button.getText()))
                .queryAs(Node.class));
        bed.waits().until("the question closed", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        return waitForTask(row -> row.nameProperty().get().toLowerCase().contains("backup"));
    }

    private TaskRow waitForTask(Predicate<TaskRow> which) throws Exception {
        TitledPane panel = robot.lookup(".task-panel").queryAs(TitledPane.class);
        if (!panel.isExpanded()) {
            robot.clickOn(panel.lookup(".title"));
        }
        bed.waits().forNode(".task-panel .task-table");
        TableView<TaskRow> table = taskTable();
        bed.waits().until("task row", () -> table.getItems().stream().anyMatch(which));
        return table.getItems().stream().filter(which).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> taskTable() {
        return robot.lookup(".task-panel .task-table").queryAs(TableView.class);
    }
}
