package com.ovconsole.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.DraftStore;
import com.ovconsole.testing.FxWaits;
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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Server Profiles tab of a simulator in a real window, made as the app makes it (the
 * feature's module registers its controllers with one factory), for the window tests of the list
 * and the editor; and the waits and look-ups they share. Every wait is on a condition.
 */
public final class ProfilesWindow implements AutoCloseable {

    public final Messages messages = Messages.load(Locale.ROOT);
    public final RecordingDialogService dialogs = new RecordingDialogService();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("profiles-window-worker"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemon("profiles-window-timer"));
    private final Stage stage;
    private SimulatorFixture fixture;
    private PollingTaskTracker tasks;
    private ApplianceView view;
    private Path configDir;

    public ProfilesWindow(Stage stage) {
        this.stage = stage;
    }

    /**
     * Shows the Server Profiles tab of a simulator with {@code config} (its tasks take a second),
     * the editors watching for remote changes every {@code watchInterval}; returns once the list
     * has every profile and their server names (no "…" left), so its cells stay put.
     */
    public ProfilesWindow show(FxRobot robot, SimulatorConfig.Builder config, Duration watchInterval) throws Exception {
        fixture = SimulatorFixture.start(config.taskSeconds(1));
        configDir = Files.createTempDirectory("profiles-window");
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
            stage.setTitle("OneView Console");
            LentStage.show(stage, scene);
        }).get();
        int profiles = fixture.simulator().profileIds().size();
        TableView<?> table = robot.lookup(".profile-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == profiles && robot.lookup("…").tryQuery().isEmpty());
        return this;
    }

    public SimulatorFixture fixture() {
        return fixture;
    }

    public PollingTaskTracker tasks() {
        return tasks;
    }

    /** Closes the tab and every window but the test's, then the simulator; removes the config folder. */
    @Override
    public void close() throws Exception {
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

    /**
     * Opens the profile with this name from the list (its row selected, then Edit) and returns the
     * editor's Description field once the profile is loaded: the form is enabled again. Checked on
     * the UI thread, where opening the tab and starting the load are one step, never half done.
     */
    public static TextField open(FxRobot robot, String name) throws Exception {
        robot.clickOn(cell(robot, cell -> name.equals(cell.getText())));
        waitFor(() -> robot.lookup(".profiles-tabs #editButton").tryQuery().map(button -> !button.isDisabled())
                .orElse(false));
        robot.clickOn(robot.lookup(".profiles-tabs #editButton").queryAs(Node.class));
        return loadedEditor(robot);
    }

    /**
     * As {@link #open}, the way most users do it: a double click on the row. Only one test opens this
     * way: a stall of half a second between the two clicks (a loaded machine) makes them two single clicks.
     */
    public static TextField openByDoubleClick(FxRobot robot, String name) throws Exception {
        robot.doubleClickOn(cell(robot, cell -> name.equals(cell.getText())));
        return loadedEditor(robot);
    }

    private static TextField loadedEditor(FxRobot robot) throws Exception {
        Predicate<Node> description = field("Description");
        waitFor(() -> {
            Node field = robot.lookup(description).tryQuery().orElse(null);
            // The form is disabled while the editor is busy: loading, or a save.
            return field != null && onFx(() -> !field.isDisabled() && field.getScene() != null
                    && field.getScene().getRoot().lookupAll(".label").stream().noneMatch(node -> node.isVisible()
                            && node instanceof Label label && "Loading the profile…".equals(label.getText())));
        });
        TextField field = robot.lookup(description).queryAs(TextField.class);
        // The tests press keys in the editor next: the window must have Monocle's keyboard.
        LentStage.focus((Stage) field.getScene().getWindow());
        return field;
    }

    /** A text field by its accessible text (the label of its row). */
    public static Predicate<Node> field(String accessibleText) {
        return node -> node instanceof TextField text && accessibleText.equals(text.getAccessibleText());
    }

    /** The first non-empty table cell that {@code which} accepts, once there is one. */
    public static Node cell(FxRobot robot, Predicate<TableCell<?, ?>> which) throws Exception {
        Predicate<Node> wanted = node -> node instanceof TableCell<?, ?> cell && !cell.isEmpty() && which.test(cell);
        waitFor(() -> robot.lookup(wanted).tryQuery().isPresent());
        return robot.lookup(wanted).query();
    }

    /** Saves a picture of the whole window under {@code target/screenshots}. */
    public static void snapshot(FxRobot robot, String name) throws Exception {
        snapshot(robot.lookup(".profiles-tabs").query().getScene().getRoot(), name);
    }

    public static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(node, name)).get();
        assertThat(saved).isNotEmptyFile();
    }

    public static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWaits.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code condition} read on the UI thread, where the scene graph is never seen half changed. */
    public static boolean onFx(Callable<Boolean> condition) throws Exception {
        return FxWaits.onFx(condition);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
