package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.alerts.AlertRow;
import com.ovconsole.ui.hardware.HardwareRow;
import com.ovconsole.ui.search.SearchKind;
import com.ovconsole.ui.search.SearchResult;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import tools.jackson.databind.JsonNode;

/**
 * Issue #12's "done when", in the whole console against a simulated appliance over HTTPS: find a
 * server with Ctrl+K, open it, power it off (the task completes), open its profile from its row,
 * and clear an alert on it. Each step is checked on screen and on the simulator.
 */
class ServerJourneyWindowTest {

    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("journey");
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    void findAServerPowerItOffOpenItsProfileAndClearItsAlert() throws Exception {
        SimulatorFixture fixture = bed.simulator(SimulatorConfig.builder().profiles(64).seed(11));
        ApplianceSimulator sim = fixture.simulator();
        // A server that is On, has a profile and an open (clearable) alert: the whole journey on one server.
        String alertId = sim.alertIds().stream().filter(id -> isJourneyAlert(sim, id)).findFirst().orElseThrow();
        String serverUri = sim.alert(alertId).get("resourceUri").asString();
        JsonNode server = sim.serverHardware(idOf(serverUri));
        String name = server.get("name").asString();
        String profileName = sim.profile(idOf(server.get("serverProfileUri").asString())).get("name").asString();
        String alertDescription = sim.alert(alertId).get("description").asString();

        bed.storeAppliance("Lab A", fixture);
        bed.connect("Lab A");

        // 1. Ctrl+K, the server's name: its result is tagged with the appliance; Enter opens its row.
        search(name, r -> r.kind() == SearchKind.SERVER && r.name().equals(name));
        assertThat(robot.lookup(".search-appliance-tag").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Lab A");
        bed.key(KeyCode.ENTER);
        TableView<HardwareRow> hardware = table(".hardware-table");
        bed.waits().until("the server's row selected", () -> "Server Hardware".equals(selectedWorkspaceTab())
                && selected(hardware) != null && serverUri.equals(selected(hardware).uri()));
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();

        // 2. Power off (momentary): the confirmation names the server and its profile; the task completes.
        Button powerOff = robot.lookup("#powerOffButton").queryButton();
        bed.waits().until("Power off enabled", () -> !powerOff.isDisabled());
        robot.clickOn(powerOff);
        bed.waits().forNode(".dialog-pane");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(name).contains(profileName);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Power off".equals(b.getText()))
                .queryButton());
        bed.waits().until("the task completed in the task panel", () -> taskRowShows("Power off " + name,
                "Completed"));
        bed.waits().until("the row shows Off", () -> ConsoleWindowBed.onFx(() -> hardware.getItems().stream()
                .anyMatch(row -> row.uri().equals(serverUri) && "Off".equals(row.powerText()))));
        assertThat(sim.serverHardware(idOf(serverUri)).get("powerState").asString()).isEqualTo("Off");

        // 3. The profile link in the server's row: the profile's editor is in front.
        robot.clickOn(robot.lookup(".hardware-table .profile-link")
                .match((Hyperlink link) -> profileName.equals(link.getText()) && link.isVisible()).queryAs(Hyperlink.class));
        bed.waits().until("the profile's editor in front", () -> "Server Profiles".equals(selectedWorkspaceTab())
                && editorInFront(profileName));

        // 4. Ctrl+K, the alert's description: its result opens the Alerts tab; Clear clears it.
        String alertUri = "/rest/alerts/" + alertId;
        search(alertDescription, r -> r.kind() == SearchKind.ALERT && r.uri().endsWith(alertUri));
        bed.key(KeyCode.ENTER);
        TableView<AlertRow> alerts = table(".alert-table");
        bed.waits().until("the alert in the details", () -> "Alerts".equals(selectedWorkspaceTab())
                && alertDescription.equals(robot.lookup(".alert-details-title").queryAs(Label.class).getText()));
        assertThat(selected(alerts)).extracting(AlertRow::uri).isEqualTo(alertUri);
        assertThat(robot.lookup(".alert-resource-link").queryAs(Hyperlink.class).getText()).isEqualTo(name);
        robot.clickOn(robot.lookup(".alerts-toolbar .button").match((Button b) -> "Clear".equals(b.getText()))
                .queryButton());
        bed.waits().until("the alert gone from the open list", () -> ConsoleWindowBed.onFx(() -> !alerts.getItems().isEmpty()
                && alerts.getItems().stream().noneMatch(row -> row.uri().equals(alertUri))));
        assertThat(sim.alert(alertId).get("alertState").asString()).isEqualTo("Cleared");
        assertThat(robot.lookup(".alerts-status-text").queryAs(Label.class).getText())
                .startsWith("Cleared the alert on " + name);
        bed.saveWindow("server-journey.png");
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

    private void search(String text, Predicate<SearchResult> wanted) throws Exception {
        bed.search(text);
        bed.waits().until("a result for " + text, () -> results().stream().anyMatch(wanted));
        for (int step = 0; step < 30 && !matches(selected(), wanted); step++) {
            bed.key(KeyCode.DOWN);
        }
        assertThat(matches(selected(), wanted)).as("the wanted result selected").isTrue();
        assertThat(selected().appliance().displayName()).isEqualTo("Lab A");
    }

    private static boolean matches(SearchResult result, Predicate<SearchResult> wanted) {
        return result != null && wanted.test(result);
    }

    private boolean taskRowShows(String name, String state) {
        return robot.lookup(".task-panel-view .task-table .table-row-cell").queryAll().stream().anyMatch(row ->
                cellTexts(row).contains(name) && cellTexts(row).contains(state));
    }

    private static List<String> cellTexts(Node row) {
        return row.lookupAll(".table-cell").stream().filter(TableCell.class::isInstance)
                .map(cell -> ((TableCell<?, ?>) cell).getText()).filter(text -> text != null).toList();
    }

    private String selectedWorkspaceTab() {
        return robot.lookup(".workspace-tabs").tryQueryAs(TabPane.class)
                .map(tabs -> tabs.getSelectionModel().getSelectedItem())
                .map(tab -> tab.getText()).orElse(null);
    }

    private boolean editorInFront(String name) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(tabs -> tabs.isVisible()
                && tabs.getScene() != null && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getText().contains(name));
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static <T> T selected(TableView<T> table) {
        return ConsoleWindowBed.onFx(() -> table.getSelectionModel().getSelectedItem());
    }

    @SuppressWarnings("unchecked")
    private List<SearchResult> results() {
        ListView<SearchResult> list = robot.lookup(".search-results").queryAs(ListView.class);
        return ConsoleWindowBed.onFx(() -> List.copyOf(list.getItems()));
    }

    @SuppressWarnings("unchecked")
    private SearchResult selected() {
        ListView<SearchResult> list = robot.lookup(".search-results").queryAs(ListView.class);
        return ConsoleWindowBed.onFx(() -> list.getSelectionModel().getSelectedItem());
    }

    private static String idOf(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
