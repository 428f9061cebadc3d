package com.ovconsole.ui.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxTextClipboard;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.FxDialogService;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.PollingTaskTracker;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
 * The Server Hardware tab in a real window against the simulator: the list shows, the filter
 * narrows it on the appliance, Power off asks in a real dialog naming the server and its profile,
 * the task completes and the row shows Off; the profile link goes to the navigator.
 */
@ExtendWith(ApplicationExtension.class)
class HardwareViewTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("hardware-test-worker"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemon("hardware-test-timer"));
    private final List<String> navigated = new CopyOnWriteArrayList<>();
    private volatile boolean navigatorAnswer = true;
    private SimulatorFixture fixture;
    private PollingTaskTracker tasks;
    private ApplianceView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(2).profiles(100).servers(150));
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        FxUiDispatcher dispatcher = new FxUiDispatcher();
        tasks = new PollingTaskTracker(dispatcher);
        Controllers controllers = new Controllers();
        ViewLoader loader = new ViewLoader(messages, controllers);
        Navigator navigator = (where, uri) -> {
            navigated.add(uri);
            return navigatorAnswer;
        };
        FxDialogService dialogs = new FxDialogService(new ModalDialogs(() -> stage, loader, controllers, messages),
                messages, new FxTextClipboard());
        HardwareServices services = new HardwareServices(new BackgroundRunner(workers, dispatcher), dispatcher,
                scheduler, dialogs, tasks, messages, navigator);
        FxThemes.apply(Theme.LIGHT);
        view = new HardwareModule(services, loader).hardware(appliance);
        Scene scene = new Scene((Parent) view.node(), 1280, 800);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
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
    }

    @Test
    void filterPowerOffWithConfirmationUntilTheRowShowsOffThenOpenItsProfile(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".hardware-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 64 && robot.lookup("…").tryQuery().isEmpty());
        assertThat(robot.lookup("64 of 150").tryQuery()).isPresent();
        // Every header shows its whole title, the unsortable ones (no arrow) included.
        waitFor(() -> robot.lookup(".hardware-table .column-header .label").queryAllAs(Label.class).stream()
                .allMatch(header -> header.lookup(".text") instanceof Text shown
                        && header.getText().equals(shown.getText())));
        snapshot(robot, "hardware-list.png");
        TableColumn<?, ?> power = table.getColumns().stream().filter(column -> "Power".equals(column.getText()))
                .findFirst().orElseThrow();
        double powerWidth = power.getWidth();

        ObjectNode server = fixture.simulator().serverHardwareIds().stream()
                .map(id -> fixture.simulator().serverHardware(id))
                .filter(s -> "On".equals(s.get("powerState").asString()) && !s.get("serverProfileUri").isNull()
                        && s.get("position").asInt() >= 2 && s.get("position").asInt() <= 9)
                .findFirst().orElseThrow();
        String name = server.get("name").asString();
        String profileName = fixture.simulator().profile(id(server.get("serverProfileUri").asString()))
                .get("name").asString();
        robot.clickOn(".hardware-filter").write(name);
        waitFor(() -> table.getItems().size() == 1 && robot.lookup(profileName).tryQuery().isPresent());
        // The list shows the short model; the whole one is its tooltip.
        String shortModel = server.get("shortModel").asString();
        waitFor(() -> robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && shortModel.equals(c.getText())
                && c.getTooltip() != null && server.get("model").asString().equals(c.getTooltip().getText()))
                .tryQuery().isPresent());

        robot.clickOn(cell(robot, name));
        Button powerOn = robot.lookup("#powerOnButton").queryButton();
        Button powerOff = robot.lookup("#powerOffButton").queryButton();
        assertThat(powerOn.isDisabled()).isTrue();
        assertThat(powerOff.isDisabled()).isFalse();
        robot.clickOn(powerOff);
        waitFor(() -> robot.lookup(".dialog-pane .button").tryQuery()
                .map(button -> !Double.isNaN(button.getScene().getWindow().getWidth())).orElse(false));
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(name).contains(profileName);
        snapshot(dialog, "hardware-power-off-confirm.png");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> "Power off".equals(button.getText())).queryButton());

        waitFor(() -> robot.lookup("Powering off…").tryQuery().isPresent() && powerOff.isDisabled());
        assertThat(power.getWidth()).as("the Power column while the task runs").isEqualTo(powerWidth);
        Labeled powering = robot.lookup(".hardware-table .table-cell")
                .match((Labeled cell) -> "Powering off…".equals(cell.getText())).queryAs(Labeled.class);
        assertThat(powering.getWidth()).as("the text shown whole").isGreaterThanOrEqualTo(powering.prefWidth(-1) - 0.5);
        waitFor(() -> cell(robot, "Off") != null && !powerOn.isDisabled());
        assertThat(power.getWidth()).as("the Power column once Off").isEqualTo(powerWidth);
        assertThat(fixture.simulator().serverHardware(id(server.get("uri").asString())).get("powerState").asString())
                .isEqualTo("Off");
        assertThat(tasks.tracked).extracting(PollingTaskTracker.Tracked::label).containsExactly("Power off " + name);
        snapshot(robot, "hardware-powered-off.png");

        robot.clickOn(robot.lookup(".profile-link").queryAs(Hyperlink.class));
        robot.clickOn(cell(robot, name));
        LentStage.focus(stage);
        robot.type(KeyCode.ENTER);
        navigatorAnswer = false;
        robot.clickOn(robot.lookup(".profile-link").queryAs(Hyperlink.class));
        assertThat(navigated).containsExactly(server.get("serverProfileUri").asString(),
                server.get("serverProfileUri").asString(), server.get("serverProfileUri").asString());
        Label status = robot.lookup(".hardware-status").queryAs(Label.class);
        waitFor(() -> status.getText().contains(profileName));
    }

    @Test
    void openingAServerByUriSelectsItsRow(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".hardware-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 64);
        List<String> ids = fixture.simulator().serverHardwareIds();
        String far = "/rest/server-hardware/" + ids.get(ids.size() - 1);

        assertThat(WaitForAsyncUtils.asyncFx(() -> view.open(far)).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.open("/rest/alerts/1")).get()).isFalse();

        waitFor(() -> table.getSelectionModel().getSelectedItem() instanceof HardwareRow row && row.uri().equals(far));
    }

    private static String id(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell && !cell.isEmpty()
                && text.equals(cell.getText())).tryQuery().orElse(null);
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        snapshot(robot.lookup(".hardware-table").query().getScene().getRoot(), name);
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Snapshots.save(node, name)).get()).isNotEmptyFile();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWaits.waitFor(20, TimeUnit.SECONDS, condition);
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
