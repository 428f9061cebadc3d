package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.alerts.AlertRow;
import com.ovconsole.ui.hardware.HardwareRow;
import com.ovconsole.ui.search.SearchKind;
import com.ovconsole.ui.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import tools.jackson.databind.JsonNode;

/**
 * Issue #12's "done when", in the whole console against a simulated appliance over HTTPS: find a
 * server with Ctrl+K, open it, power it off (the task completes), open its profile from its row,
 * and clear an alert on it. Each step is checked on screen and on the simulator.
 */
@ExtendWith(ApplicationExtension.class)
class ServerJourneyWindowTest {

    private SimulatorFixture fixture;
    private Path configDir;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-journey-test-");
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
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void findAServerPowerItOffOpenItsProfileAndClearItsAlert(FxRobot robot) throws Exception {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().profiles(64).seed(11));
        ApplianceSimulator sim = fixture.simulator();
        // A server that is On, has a profile and an open (clearable) alert: the whole journey on one server.
        String alertId = sim.alertIds().stream().filter(id -> isJourneyAlert(sim, id)).findFirst().orElseThrow();
        String serverUri = sim.alert(alertId).get("resourceUri").asString();
        JsonNode server = sim.serverHardware(idOf(serverUri));
        String name = server.get("name").asString();
        String profileName = sim.profile(idOf(server.get("serverProfileUri").asString())).get("name").asString();
        String alertDescription = sim.alert(alertId).get("description").asString();

        new ApplianceStore(configDir).add(ApplianceEntry.create("Lab A", fixture.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(sim.certificateSha256()));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
        connect(robot, "Lab A");

        // 1. Ctrl+K, the server's name: its result is tagged with the appliance; Enter opens its row.
        search(robot, name, r -> r.kind() == SearchKind.SERVER && r.name().equals(name));
        assertThat(robot.lookup(".search-appliance-tag").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Lab A");
        robot.type(KeyCode.ENTER);
        TableView<HardwareRow> hardware = table(robot, ".hardware-table");
        waits(robot).until("the server's row selected", () -> "Server Hardware".equals(selectedWorkspaceTab(robot))
                && selected(hardware) != null && serverUri.equals(selected(hardware).uri()));
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();

        // 2. Power off (momentary): the confirmation names the server and its profile; the task completes.
        Button powerOff = robot.lookup("#powerOffButton").queryButton();
        waits(robot).until("Power off enabled", () -> !powerOff.isDisabled());
        robot.clickOn(powerOff);
        waits(robot).forNode(".dialog-pane");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(name).contains(profileName);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Power off".equals(b.getText()))
                .queryButton());
        waits(robot).until("the task completed in the task panel", () -> taskRowShows(robot, "Power off " + name,
                "Completed"));
        waits(robot).until("the row shows Off", () -> onFx(() -> hardware.getItems().stream()
                .anyMatch(row -> row.uri().equals(serverUri) && "Off".equals(row.powerText()))));
        assertThat(sim.serverHardware(idOf(serverUri)).get("powerState").asString()).isEqualTo("Off");

        // 3. The profile link in the server's row: the profile's editor is in front.
        robot.clickOn(robot.lookup(".hardware-table .profile-link")
                .match((Hyperlink link) -> profileName.equals(link.getText()) && link.isVisible()).queryAs(Hyperlink.class));
        waits(robot).until("the profile's editor in front", () -> "Server Profiles".equals(selectedWorkspaceTab(robot))
                && editorInFront(robot, profileName));

        // 4. Ctrl+K, the alert's description: its result opens the Alerts tab; Clear clears it.
        String alertUri = "/rest/alerts/" + alertId;
        search(robot, alertDescription, r -> r.kind() == SearchKind.ALERT && r.uri().endsWith(alertUri));
        robot.type(KeyCode.ENTER);
        TableView<AlertRow> alerts = table(robot, ".alert-table");
        waits(robot).until("the alert in the details", () -> "Alerts".equals(selectedWorkspaceTab(robot))
                && alertDescription.equals(robot.lookup(".alert-details-title").queryAs(Label.class).getText()));
        assertThat(selected(alerts)).extracting(AlertRow::uri).isEqualTo(alertUri);
        assertThat(robot.lookup(".alert-resource-link").queryAs(Hyperlink.class).getText()).isEqualTo(name);
        robot.clickOn(robot.lookup(".alerts-toolbar .button").match((Button b) -> "Clear".equals(b.getText()))
                .queryButton());
        waits(robot).until("the alert gone from the open list", () -> onFx(() -> !alerts.getItems().isEmpty()
                && alerts.getItems().stream().noneMatch(row -> row.uri().equals(alertUri))));
        assertThat(sim.alert(alertId).get("alertState").asString()).isEqualTo("Cleared");
        assertThat(robot.lookup(".alerts-status-text").queryAs(Label.class).getText())
                .startsWith("Cleared the alert on " + name);
        save(robot, "server-journey.png");
    }

    private static boolean isJourneyAlert(ApplianceSimulator sim, String id) {
        JsonNode alert = sim.alert(id);
        String resource = alert.path("resourceUri").asString(null);
        if (!"Active".equals(alert.get("alertState").asString()) || resource == null
                || !resource.startsWith("/rest/server-hardware/")) {
            return false;
        }
        JsonNode server = sim.serverHardware(idOf(resource));
        return "On".equals(server.get("powerState").asString()) && !server.path("serverProfileUri").isNull()
                && !server.path("serverProfileUri").isMissingNode();
    }

    private void search(FxRobot robot, String text, Predicate<SearchResult> wanted) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waits(robot).until("the search field has the focus", () -> field(robot).isFocused());
        robot.write(text);
        waits(robot).until("a result for " + text, () -> results(robot).stream().anyMatch(wanted));
        for (int step = 0; step < 30 && !matches(selected(robot), wanted); step++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(matches(selected(robot), wanted)).as("the wanted result selected").isTrue();
        assertThat(selected(robot).appliance().displayName()).isEqualTo("Lab A");
    }

    private static boolean matches(SearchResult result, Predicate<SearchResult> wanted) {
        return result != null && wanted.test(result);
    }

    private static boolean taskRowShows(FxRobot robot, String name, String state) {
        return robot.lookup(".task-panel-view .task-table .table-row-cell").queryAll().stream().anyMatch(row ->
                cellTexts(row).contains(name) && cellTexts(row).contains(state));
    }

    private static List<String> cellTexts(Node row) {
        return row.lookupAll(".table-cell").stream().filter(TableCell.class::isInstance)
                .map(cell -> ((TableCell<?, ?>) cell).getText()).filter(text -> text != null).toList();
    }

    private static String selectedWorkspaceTab(FxRobot robot) {
        return robot.lookup(".workspace-tabs").tryQueryAs(TabPane.class)
                .map(tabs -> tabs.getSelectionModel().getSelectedItem())
                .map(tab -> tab.getText()).orElse(null);
    }

    private static boolean editorInFront(FxRobot robot, String name) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(tabs -> tabs.isVisible()
                && tabs.getScene() != null && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getText().contains(name));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static <T> T selected(TableView<T> table) {
        return onFx(() -> table.getSelectionModel().getSelectedItem());
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup(".search-field").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private static List<SearchResult> results(FxRobot robot) {
        ListView<SearchResult> list = robot.lookup(".search-results").queryAs(ListView.class);
        return onFx(() -> List.copyOf(list.getItems()));
    }

    @SuppressWarnings("unchecked")
    private static SearchResult selected(FxRobot robot) {
        ListView<SearchResult> list = robot.lookup(".search-results").queryAs(ListView.class);
        return onFx(() -> list.getSelectionModel().getSelectedItem());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private void connect(FxRobot robot, String name) throws Exception {
        waits(robot).forText(name);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(name + " ["))
                .queryAs(Node.class));
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Log in".equals(b.getText()) && b.isVisible())
                .queryButton());
        waits(robot).until("connected", () -> composition.appliances().getConnectedAppliances().size() == 1);
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 20, "journey-failure");
    }

    private static void save(FxRobot robot, String fileName) throws Exception {
        Node root = robot.lookup(".main-window").query().getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }
}
