package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.app.demo.PresetSaveFolder;
import com.ovconsole.app.mode.RunMode;
import com.ovconsole.testing.LentStage;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.profiles.list.ProfileRow;
import com.ovconsole.ui.tasks.TaskRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console, composition root included, on the built-in demo appliance, clicked through
 * as a user would: connect, edit a server profile and save it (its task in the panel), create a
 * backup, watch it complete, download it and check the file against the SHA-256 shown.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleStoryTest {

    private static final String DEMO = "Demo appliance (built in)";

    private Path configDir;
    private Path downloads;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-story-test-");
        downloads = Files.createTempDirectory("ovconsole-story-downloads-");
        // Tasks of a second; the file chooser of the download answers with a temporary folder.
        composition = Composition.of(LaunchConfig.normal(configDir).withDemoTaskSeconds(1), new RunMode() {
            @Override
            public UnaryOperator<DialogService> dialogs() {
                return dialogs -> new PresetSaveFolder(dialogs, downloads);
            }
        });
        app = new ConsoleApp(composition);
        stage.setWidth(1280);
        stage.setHeight(800);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
    }

    @Test
    void connectEditAProfileThenBackUpAndDownloadTheDemoAppliance(FxRobot robot) throws Exception {
        connectTheDemo(robot);

        editTheFirstProfilesDescription(robot);
        TaskRow saveTask = waitForTask(robot, row -> row.nameProperty().get().toLowerCase().contains("profile"));
        waits(robot).until("profile save task ended", () -> saveTask.finished().toCompletableFuture().isDone());
        assertThat(saveTask.getStateText()).isEqualTo("Completed");
        waits(robot).until("editor says Saved.", () -> robot.lookup("Saved.").tryQuery().map(Node::isVisible).orElse(false));

        selectTab(robot, "Backups");
        robot.clickOn("#createButton");
        waits(robot).forNode(".dialog-pane");
        robot.clickOn(button(robot, "Create backup", true));
        TaskRow backupTask = waitForTask(robot, row -> row.nameProperty().get().toLowerCase().contains("backup"));
        waits(robot).until("backup task completed", () -> "Completed".equals(backupTask.getStateText()));

        robot.clickOn(robot.lookup(".task-panel .task-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getItem() == backupTask).queryAs(Node.class));
        waits(robot).until("Download offered", () -> robot.lookup("#followUpButton").query().isVisible());
        robot.clickOn("#followUpButton");
        TextField sha256 = robot.lookup("#sha256").queryAs(TextField.class);
        waits(robot).until("SHA-256 shown", () -> !sha256.getText().isEmpty());

        Path file;
        try (var files = Files.list(downloads)) {
            file = files.filter(path -> path.toString().endsWith(".bkp")).findFirst().orElseThrow();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
                .isEqualTo(sha256.getText());
        String backupId = file.getFileName().toString().replace(".bkp", "");
        assertThat(composition.demo().start().backupArchiveSha256(backupId)).isEqualTo(sha256.getText());
    }

    private void connectTheDemo(FxRobot robot) throws Exception {
        waits(robot).forText(DEMO);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(DEMO + " ["))
                .queryAs(Node.class));
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in", true));
        waits(robot).forText("API 3800 · Administrator");
    }

    @SuppressWarnings("unchecked")
    private void editTheFirstProfilesDescription(FxRobot robot) throws Exception {
        selectTab(robot, "Server Profiles");
        waits(robot).until("first page with n of 240", () -> robot.lookup(".profiles-summary")
                .tryQueryAs(Label.class).map(label -> label.getText().matches("\\d+ of 240")).orElse(false));
        TableView<?> table = robot.lookup(".profile-table").queryAs(TableView.class);
        waits(robot).until("rows shown", () -> !table.getItems().isEmpty());
        // A demo profile that passes the console's checks (the one the screenshot tour edits, app.tour.ProfileScreens).
        WaitForAsyncUtils.asyncFx(() -> {
            Object row = table.getItems().stream()
                    .filter(item -> ((ProfileRow) item).name().equals("app-backend-008")).findFirst().orElseThrow();
            ((TableView<Object>) table).getSelectionModel().select(row);
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
        }).get();
        robot.clickOn(robot.lookup(".profiles-tabs #editButton").queryAs(Node.class));
        waits(robot).until("editor open", () -> robot.lookup(description()).tryQuery().map(Node::isVisible).orElse(false));
        TextField description = robot.lookup(description()).queryAs(TextField.class);
        waits(robot).until("description loaded", () -> description.getText() != null);
        // The login dialog was the last window Monocle focused: give the keys back to the console.
        LentStage.focus(stage);
        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Edited by the console story test");
        waits(robot).until("dirty", () -> robot.lookup("Unsaved changes").tryQuery().map(Node::isVisible).orElse(false));
        waits(robot).until("the description replaced, not appended to",
                () -> "Edited by the console story test".equals(description.getText()));
        robot.clickOn(button(robot, "Save", false));
    }

    private static Predicate<Node> description() {
        return node -> node instanceof TextField text && "Description".equals(text.getAccessibleText()) && text.isVisible();
    }

    private static void selectTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> title.equals(label.getText())).queryAs(Node.class));
        waits(robot).until(title + " selected", tab::isSelected);
    }

    /** The task panel's row that matches, once it is there; the panel is expanded as a user would. */
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

    private static Node button(FxRobot robot, String text, boolean inDialog) {
        return robot.lookup(".button").match((Button button) -> text.equals(button.getText()) && button.isVisible()
                && !button.isDisabled() && inDialog == (button.getScene().getRoot() instanceof DialogPane))
                .query();
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 30, "story-failure");
    }
}
