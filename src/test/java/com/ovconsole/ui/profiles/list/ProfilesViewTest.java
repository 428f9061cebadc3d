package com.ovconsole.ui.profiles.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.DraftStore;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.PollingTaskTracker;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergeRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The 412 story through the real window against the simulator: open a profile, edit the
 * description and a connection's Mbps, someone else saves the same profile meanwhile, Save ->
 * the merge dialog shows the conflict -> Mine -> saved, and the appliance has the merged result.
 */
@ExtendWith(ApplicationExtension.class)
class ProfilesViewTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("profiles-test-worker"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("profiles-test-timer"));
    private SimulatorFixture fixture;
    private PollingTaskTracker tasks;
    private ApplianceView view;
    private Path configDir;

    @Start
    void start(Stage stage) throws IOException {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(1).profiles(40));
        configDir = Files.createTempDirectory("profiles-view-test");
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        FxUiDispatcher dispatcher = new FxUiDispatcher();
        tasks = new PollingTaskTracker(dispatcher);
        ProfileServices services = new ProfileServices(new BackgroundRunner(workers, dispatcher), dispatcher, scheduler,
                dialogs, tasks, new DraftStore(configDir), messages, Duration.ofMillis(200), Duration.ofMinutes(10));
        Controllers controllers = new Controllers();
        ViewLoader loader = new ViewLoader(messages, controllers);
        FxThemes.apply(Theme.LIGHT);
        ProfilesModule module = new ProfilesModule(services, loader,
                new ModalDialogs(() -> stage, loader, controllers, messages));
        module.registerControllers(controllers);
        view = module.profiles(appliance);
        Scene scene = new Scene((Parent) view.node(), 1280, 800);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        stage.setTitle("OneView Console");
        LentStage.show(stage, scene);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.close();
            Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).toList()
                    .forEach(Window::hide);
        }).get();
        tasks.close();
        scheduler.shutdownNow();
        workers.shutdownNow();
        fixture.close();
        try (Stream<Path> files = Files.walk(configDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void staleSaveOpensTheMergeDialogAndMineIsSavedOnTheAppliance(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".profile-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 40 && robot.lookup("…").tryQuery().isEmpty());
        assertThat(robot.lookup("40 of 40").tryQuery()).isPresent();
        snapshot(robot, "profile-list.png");

        ProfileRow row = (ProfileRow) table.getItems().get(0);
        String id = row.uri().substring(row.uri().lastIndexOf('/') + 1);
        robot.doubleClickOn(cell(robot, c -> row.name().equals(c.getText())));
        TextField description = robot.lookup(field("Description")).queryAs(TextField.class);
        waitFor(() -> row.description().equals(description.getText()));

        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Rebuilt after the rack move");
        Node mbps = cell(robot, c -> c.getTableView().getStyleClass().contains("connections-table")
                && c.getIndex() == 0 && "Requested Mbps".equals(c.getTableColumn().getText()));
        robot.doubleClickOn(mbps);
        // Keys, not write(): write() needs a focused window, which a bare X server (no window manager) may not report.
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.DIGIT7, KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.DIGIT0).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Unsaved changes").tryQuery().map(Node::isVisible).orElse(false));
        snapshot(robot, "profile-editor.png");

        // Meanwhile another administrator changes the same profile.
        fixture.simulator().editProfileAsAnotherUser(id, p -> {
            p.put("description", "Changed by the night shift");
            ((ObjectNode) p.at("/connectionSettings/connections/1")).put("requestedMbps", "12500");
        });
        robot.clickOn("Save");

        waitFor(() -> robot.lookup(".merge-dialog").tryQuery()
                .map(pane -> !Double.isNaN(pane.getScene().getWindow().getWidth())).orElse(false));
        TableView<?> merge = robot.lookup(".merge-table").queryAs(TableView.class);
        MergeRow first = (MergeRow) merge.getItems().get(0);
        assertThat(first.isConflict()).isTrue();
        assertThat(first.label()).isEqualTo("Description");
        assertThat(robot.lookup("Connection 1 › Requested Mbps").tryQuery()).isPresent();
        assertThat(robot.lookup("Connection 2 › Requested Mbps").tryQuery()).isPresent();
        assertThat(robot.lookup("Yours only").tryQuery()).isPresent();
        assertThat(robot.lookup("Theirs only").tryQuery()).isPresent();
        TextArea preview = robot.lookup(".merge-preview").queryAs(TextArea.class);

        robot.clickOn(robot.lookup((ToggleButton b) -> "Description: Theirs".equals(b.getAccessibleText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> preview.getText().contains("Changed by the night shift"));
        robot.clickOn(robot.lookup((ToggleButton b) -> "Description: Mine".equals(b.getAccessibleText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> preview.getText().contains("Rebuilt after the rack move"));
        // "All theirs" changes the rows, not the cells: each conflict's toggles follow their row.
        robot.clickOn("#allTheirsButton");
        ToggleButton theirs = robot.lookup((ToggleButton b) -> "Description: Theirs".equals(b.getAccessibleText()))
                .queryAs(ToggleButton.class);
        waitFor(() -> theirs.isSelected() && preview.getText().contains("Changed by the night shift"));
        robot.clickOn(robot.lookup((ToggleButton b) -> "Description: Mine".equals(b.getAccessibleText()))
                .queryAs(ToggleButton.class));
        waitFor(() -> !theirs.isSelected() && preview.getText().contains("Rebuilt after the rack move"));
        snapshot(robot.lookup(".merge-dialog").queryAs(DialogPane.class), "merge-dialog.png");
        robot.clickOn("Save merged");

        waitFor(() -> robot.lookup("Saved.").tryQuery().map(Node::isVisible).orElse(false));
        ObjectNode stored = fixture.simulator().profile(id);
        assertThat(stored.get("description").asString()).isEqualTo("Rebuilt after the rack move");
        assertThat(stored.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("7500");
        assertThat(stored.at("/connectionSettings/connections/1/requestedMbps").asString()).isEqualTo("12500");
        assertThat(dialogs.errors).isEmpty();
    }

    private static Predicate<Node> field(String accessibleText) {
        return node -> node instanceof TextField text && accessibleText.equals(text.getAccessibleText());
    }

    private static Node cell(FxRobot robot, Predicate<TableCell<?, ?>> which) {
        return robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell && !cell.isEmpty() && which.test(cell))
                .query();
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        snapshot(robot.lookup(".profiles-tabs").query().getScene().getRoot(), name);
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(node, name)).get();
        assertThat(saved).isNotEmptyFile();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
