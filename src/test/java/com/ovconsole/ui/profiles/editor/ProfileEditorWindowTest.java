package com.ovconsole.ui.profiles.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
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
import com.ovconsole.ui.profiles.list.ProfilesModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The editor through the real window against simulators that differ from the demo (issues 13
 * and 12): lookups the appliance lacks, the "changed on the appliance" banner, a save that ends
 * in Warning, a settings change that needs the server off.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileEditorWindowTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("editor-test-worker"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("editor-test-timer"));
    private Stage stage;
    private SimulatorFixture fixture;
    private PollingTaskTracker tasks;
    private ApplianceView view;
    private Path configDir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setTitle("OneView Console");
    }

    /** The Server Profiles view of a simulator with this config, its list loaded. */
    private void show(FxRobot robot, SimulatorConfig.Builder config, Duration watchInterval) throws Exception {
        fixture = SimulatorFixture.start(config.profiles(10).taskSeconds(1));
        configDir = Files.createTempDirectory("editor-window-test");
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        WaitForAsyncUtils.asyncFx(() -> {
            FxUiDispatcher dispatcher = new FxUiDispatcher();
            tasks = new PollingTaskTracker(dispatcher);
            ProfileServices services = new ProfileServices(new BackgroundRunner(workers, dispatcher), dispatcher,
                    scheduler, dialogs, tasks, new DraftStore(configDir), messages, Duration.ofMillis(200), watchInterval);
            Controllers controllers = new Controllers();
            ViewLoader loader = new ViewLoader(messages, controllers);
            FxThemes.apply(Theme.LIGHT);
            ProfilesModule module = new ProfilesModule(services, loader,
                    new ModalDialogs(() -> stage, loader, controllers, messages));
            module.registerControllers(controllers);
            view = module.profiles(appliance);
            Scene scene = new Scene((Parent) view.node(), 1280, 800);
            scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
            LentStage.show(stage, scene);
        }).get();
        TableView<?> table = robot.lookup(".profile-table").queryAs(TableView.class);
        // The list is settled once the server names have arrived (no "…" left): its cells stay put.
        waitFor(() -> table.getItems().size() == 10 && robot.lookup("…").tryQuery().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (view != null) {
                view.close();
            }
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        }).get();
        if (tasks != null) {
            tasks.close();
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        if (fixture != null) {
            fixture.close();
        }
        if (configDir != null) {
            try (Stream<Path> files = Files.walk(configDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void lookupsTheApplianceLacksAreMarkedOnTheDropDownsAndNoDialogOpensOnOpenOrSave(FxRobot robot) throws Exception {
        show(robot, SimulatorConfig.builder().withoutEndpoints("server-hardware-types", "available-targets"),
                Duration.ofMinutes(10));
        String id = fixture.simulator().profileIds().get(0);
        ObjectNode stored = fixture.simulator().profile(id);
        TextField description = open(robot, stored.get("name").asString());
        Predicate<Node> note = node -> node instanceof Label label && label.isVisible()
                && label.getText().startsWith("Not available on this appliance");
        waitFor(() -> robot.lookup(note).queryAll().size() == 2);
        ComboBox<?> type = robot.lookup((ComboBox<?> c) -> "Server hardware type".equals(c.getAccessibleText()))
                .queryAs(ComboBox.class);
        assertThat(type.isEditable()).as("a URI can be typed").isTrue();
        assertThat(type.getEditor().getText()).isEqualTo(stored.get("serverHardwareTypeUri").asString());
        snapshot(robot, "editor-lookups-missing.png");

        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("On a smaller appliance");
        robot.clickOn("Save");
        waitFor(() -> robot.lookup("Saved.").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(fixture.simulator().profile(id).get("description").asString()).isEqualTo("On a smaller appliance");
        assertThat(robot.lookup(note).queryAll()).hasSize(2);
        assertThat(Window.getWindows()).as("no dialog window").containsExactly(stage);
        assertThat(dialogs.shown).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theChangedOnTheApplianceBannerDoesNotMoveTheForm(FxRobot robot) throws Exception {
        show(robot, SimulatorConfig.builder(), Duration.ofMillis(300));
        String id = fixture.simulator().profileIds().get(0);
        TextField description = open(robot, fixture.simulator().profile(id).get("name").asString());
        robot.clickOn(description).write(" (edited here)");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds before = WaitForAsyncUtils.asyncFx(() -> description.localToScreen(description.getBoundsInLocal())).get();

        // Another administrator saves the profile, over HTTPS with their own session.
        ApplianceClient other = fixture.signedInClient();
        Resource<ObjectNode> theirs = other.get("/rest/server-profiles/" + id, ObjectNode.class);
        other.put(theirs.tree().get("uri").asString(), theirs.tree().deepCopy().put("description", "Night shift"),
                theirs.eTag());
        other.logout();
        Node banner = robot.lookup(".remote-banner").query();
        waitFor(banner::isVisible);

        Bounds after = WaitForAsyncUtils.asyncFx(() -> description.localToScreen(description.getBoundsInLocal())).get();
        assertThat(after).isEqualTo(before);
        assertThat(robot.lookup((Label l) -> l.getText().startsWith("Someone else saved this profile")).tryQuery()).isPresent();
        snapshot(robot, "editor-remote-banner.png");
    }

    @Test
    void aSaveWhoseTaskEndsInWarningShowsTheWarningAndTheTasksMessages(FxRobot robot) throws Exception {
        show(robot, SimulatorConfig.builder().taskWarningRate(1.0), Duration.ofMinutes(10));
        String id = fixture.simulator().profileIds().get(0);
        TextField description = open(robot, fixture.simulator().profile(id).get("name").asString());
        robot.clickOn(description).write(" (warned)");
        robot.clickOn("Save");

        Node warnings = robot.lookup(".save-warnings").query();
        waitFor(warnings::isVisible);
        assertThat(robot.lookup((Label l) -> l.getText().contains("firmware is older than the baseline")).tryQuery())
                .isPresent();
        assertThat(robot.lookup("Saved.").tryQuery()).isEmpty();
        assertThat(robot.lookup((Label l) -> l.getText().startsWith("Saved, with warnings")).tryQuery()).isPresent();
        snapshot(robot, "editor-save-warning.png");
        WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.DARK)).get();
        snapshot(robot, "editor-save-warning-dark.png");
        WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.LIGHT)).get();

        robot.clickOn("Dismiss");
        waitFor(() -> !warnings.isVisible());
    }

    @Test
    void aSettingsChangeOnARunningServerIsSavedByPoweringItOffAndOnWithTheUsersYes(FxRobot robot) throws Exception {
        show(robot, SimulatorConfig.builder().powerOffForSettings(true), Duration.ofMinutes(10));
        String id = fixture.simulator().profileIds().stream().filter(this::onARunningServer).findFirst().orElseThrow();
        ObjectNode stored = fixture.simulator().profile(id);
        open(robot, stored.get("name").asString());
        CheckBox bios = robot.lookup((CheckBox c) -> "Manage BIOS".equals(c.getText())).queryAs(CheckBox.class);
        // Below the fold: focus it and press Space, as a keyboard user would.
        robot.interact(bios::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(() -> bios.isSelected() != stored.at("/bios/manageBios").asBoolean());
        // Before the save: the server is on, the editor says so and offers the power cycle.
        Node banner = robot.lookup(".power-banner").query();
        waitFor(banner::isVisible);
        assertThat(robot.lookup((Label l) -> l.getText().startsWith(serverName(stored) + " is powered on")).tryQuery())
                .isPresent();
        snapshot(robot, "editor-power-before.png");
        // Saved anyway, the appliance refuses (409) and the offer stays, now saying why.
        robot.clickOn("Save");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("Not saved: ")).tryQuery().isPresent());
        assertThat(banner.isVisible()).isTrue();
        assertThat(dialogs.errors).isEmpty();
        snapshot(robot, "editor-power-offer.png");
        WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.DARK)).get();
        snapshot(robot, "editor-power-offer-dark.png");
        WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.LIGHT)).get();
        dialogs.confirmAnswer = true;
        robot.clickOn("Power off, save, power on…");

        waitFor(() -> robot.lookup((Label l) -> l.getText().contains("powered on again")).tryQuery().isPresent());
        assertThat(dialogs.shown).singleElement().satisfies(confirm -> assertThat(confirm.message())
                .contains(serverName(stored)).contains(stored.get("name").asString()));
        assertThat(tasks.tracked).hasSize(3);
        assertThat(fixture.simulator().profile(id).at("/bios/manageBios").asBoolean())
                .isEqualTo(!stored.at("/bios/manageBios").asBoolean());
        assertThat(fixture.simulator().serverHardware(serverId(stored)).get("powerState").asString()).isEqualTo("On");
        assertThat(banner.isVisible()).isFalse();
        snapshot(robot, "editor-power-done.png");
    }

    @Test
    void anEditorKnowsWhenItsTabIsHidden(FxRobot robot) throws Exception {
        java.util.List<Boolean> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.scene.control.TabPane tabs = WaitForAsyncUtils.asyncFx(() -> {
            Label content = new Label("editor");
            javafx.scene.control.TabPane pane = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("List",
                    new Label("list")), new javafx.scene.control.Tab("Editor", content));
            ShownWatch.follow(content, seen::add);
            LentStage.show(stage, new Scene(pane, 400, 300));
            return pane;
        }).get();
        waitFor(() -> !seen.isEmpty());
        assertThat(seen).containsExactly(false);

        robot.clickOn("Editor");
        waitFor(() -> seen.size() == 2);
        robot.clickOn("List");
        waitFor(() -> seen.size() == 3);

        assertThat(seen).containsExactly(false, true, false);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
    }

    private boolean onARunningServer(String id) {
        ObjectNode profile = fixture.simulator().profile(id);
        return !profile.path("serverHardwareUri").asString("").isEmpty()
                && "On".equals(fixture.simulator().serverHardware(serverId(profile)).get("powerState").asString());
    }

    private static String serverId(ObjectNode profile) {
        String uri = profile.get("serverHardwareUri").asString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private String serverName(ObjectNode profile) {
        return fixture.simulator().serverHardware(serverId(profile)).get("name").asString();
    }

    /** Opens the profile with this name from the list; its Description field once loaded. */
    private static TextField open(FxRobot robot, String name) throws Exception {
        Predicate<Node> cellOfName = node -> node instanceof TableCell<?, ?> cell && !cell.isEmpty()
                && name.equals(cell.getText());
        Node[] cell = new Node[1];
        waitFor(() -> {
            cell[0] = robot.lookup(cellOfName).tryQuery().orElse(null);
            return cell[0] != null;
        });
        robot.doubleClickOn(cell[0]);
        waitFor(() -> robot.lookup((TextField t) -> "Description".equals(t.getAccessibleText())).tryQuery().isPresent()
                && robot.lookup((Label l) -> "Loading the profile…".equals(l.getText()) && l.isVisible()).tryQuery()
                        .isEmpty());
        return robot.lookup((TextField t) -> "Description".equals(t.getAccessibleText())).queryAs(TextField.class);
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup(".profiles-tabs").query().getScene().getRoot();
        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, name)).get();
        assertThat(saved).isNotEmptyFile();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
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
