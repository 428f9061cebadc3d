package com.ovconsole.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Alerts tab in a real window against the simulator: the list shows, the severity filter
 * re-queries, Clear drops the alert from the open list, a stale alert is read again (412), a
 * locked one's refusal reaches the error dialog, a resource link asks the navigator.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsViewTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "alerts-test-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> navigated = new CopyOnWriteArrayList<>();
    private SimulatorFixture fixture;
    private ApplianceView view;

    @Start
    void start(Stage stage) {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().profiles(40));
        ConnectedAppliance appliance = fixture.connectedAppliance("Demo appliance");
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalStateException("unexpected controller " + type);
        });
        FxThemes.apply(Theme.LIGHT);
        AlertsModule module = new AlertsModule(loader, new BackgroundRunner(workers, new FxUiDispatcher()), dialogs,
                messages, (on, uri) -> navigated.add(uri));
        view = module.alerts(appliance);
        Scene scene = new Scene((Parent) view.node(), 1100, 700);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        LentStage.show(stage, scene);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::close).get();
        workers.shutdownNow();
        fixture.close();
    }

    @Test
    void filterBySeverityClearAnAlertAndFollowItsResourceLink(FxRobot robot) throws Exception {
        TableView<AlertRow> table = table(robot);
        waitFor(() -> !table.getItems().isEmpty());
        long open = openAlerts();
        assertThat(label(robot, ".alerts-summary").getText()).isEqualTo(table.getItems().size() + " of " + open);
        snapshot(robot, "alerts-list.png");

        robot.clickOn(robot.lookup((Node n) -> n instanceof ComboBox<?> c && "Severity".equals(c.getAccessibleText()))
                .queryAs(ComboBox.class));
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && "Critical".equals(c.getText()))
                .queryAs(ListCell.class));
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> "Critical".equals(r.severity())));
        int critical = table.getItems().size();

        AlertRow row = table.getItems().stream().filter(r -> r.linkUri() != null).findFirst().orElseThrow();
        robot.clickOn(cell(robot, c -> row.description().equals(c.getText())));
        waitFor(() -> robot.lookup(".alert-details-title").queryAs(Label.class).getText().equals(row.description()));
        snapshot(robot, "alerts-details.png");
        robot.clickOn(button(robot, "Clear"));

        waitFor(() -> table.getItems().size() == critical - 1);
        assertThat(table.getItems()).extracting(AlertRow::uri).doesNotContain(row.uri());
        assertThat(fixture.simulator().alert(id(row)).get("alertState").asString()).isEqualTo("Cleared");
        assertThat(label(robot, ".alerts-status-text").getText()).startsWith("Cleared the alert on ");
        assertThat(label(robot, ".alerts-summary").getText()).isEqualTo((critical - 1) + " of " + (critical - 1));
        // The cleared alert stays in the details, nothing else selected: a second Clear cannot hit a neighbour.
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        assertThat(label(robot, ".alert-details-title").getText()).isEqualTo(row.description());
        assertThat(button(robot, "Clear").isDisabled()).isTrue();

        AlertRow next = table.getItems().stream().filter(r -> r.linkUri() != null).findFirst().orElseThrow();
        // The link in the row showing that very alert: after Clear the rows moved up and cells were reused.
        Predicate<Node> nextLink = n -> n instanceof Hyperlink link && next.resourceName().equals(link.getText())
                && link.getParent() instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getTableRow().getItem() == next;
        waitFor(() -> robot.lookup(nextLink).tryQuery().isPresent());
        robot.clickOn(robot.lookup(nextLink).queryAs(Hyperlink.class));
        waitFor(() -> navigated.size() == 1);
        assertThat(navigated).containsExactly(next.linkUri());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aStaleAlertIsReadAgainAndALockedOneShowsTheAppliancesError(FxRobot robot) throws Exception {
        TableView<AlertRow> table = table(robot);
        waitFor(() -> !table.getItems().isEmpty());
        AlertRow active = table.getItems().stream().filter(r -> "Active".equals(r.state())).findFirst().orElseThrow();
        fixture.simulator().editAlertAsAnotherUser(id(active), alert -> alert.put("assignedToUser", "Ana"));

        robot.clickOn(cell(robot, c -> c.getTableRow() != null && c.getTableRow().getItem() == active
                && active.state().equals(c.getText())));
        robot.clickOn(button(robot, "Clear"));

        waitFor(() -> label(robot, ".alerts-status-text").getText().contains("changed on the appliance"));
        assertThat(fixture.simulator().alert(id(active)).get("alertState").asString()).isEqualTo("Active");
        waitFor(() -> robot.lookup("Ana").tryQuery().isPresent());

        AlertRow locked = table.getItems().stream().filter(r -> "Locked".equals(r.state())).findFirst().orElseThrow();
        robot.clickOn(cell(robot, c -> c.getTableRow() != null && c.getTableRow().getItem() == locked
                && locked.state().equals(c.getText())));
        assertThat(robot.lookup(".alert-locked-note").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn(button(robot, "Clear"));

        waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).isInstanceOfSatisfying(ApplianceErrorException.class,
                error -> assertThat(error.errorCode()).isEqualTo("ALERT_LOCKED"));
        assertThat(table.getItems()).contains(locked);
    }

    private long openAlerts() {
        return fixture.simulator().alertIds().stream()
                .filter(id -> !"Cleared".equals(fixture.simulator().alert(id).get("alertState").asString())).count();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AlertRow> table(FxRobot robot) {
        return robot.lookup(".alert-table").queryAs(TableView.class);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).queryAs(Button.class);
    }

    /** The first drawn cell {@code which} accepts, once there is one (cells are drawn at the next pulse). */
    private static Node cell(FxRobot robot, Predicate<TableCell<?, ?>> which) throws Exception {
        Predicate<Node> wanted = node -> node instanceof TableCell<?, ?> cell && !cell.isEmpty() && which.test(cell);
        waitFor(() -> robot.lookup(wanted).tryQuery().isPresent());
        return robot.lookup(wanted).query();
    }

    private static String id(AlertRow row) {
        return row.uri().substring(row.uri().lastIndexOf('/') + 1);
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup(".alerts-view").query();
        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, name)).get();
        assertThat(saved).isNotEmptyFile();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWaits.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
