package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.search.SearchKind;
import com.ovconsole.ui.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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

/** Ctrl+K in the real window, two simulated appliances over HTTPS: results of both, Enter opens one where it lives. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    private final List<SimulatorFixture> fixtures = new ArrayList<>();
    /** Every navigation the window asked for: "appliance uri", in order. */
    private final List<String> navigations = new CopyOnWriteArrayList<>();
    /** When set, the window's navigator answers "no tab shows this" without asking the shell. */
    private volatile boolean refuseNavigation;
    private Path configDir;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-search-test-");
        composition = Composition.of(LaunchConfig.normal(configDir)).wrapNavigator(shell -> (appliance, uri) -> {
            navigations.add(appliance.displayName() + " " + uri);
            return !refuseNavigation && shell.open(appliance, uri);
        });
        app = new ConsoleApp(composition);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
        fixtures.forEach(SimulatorFixture::close);
    }

    @Test
    void ctrlKFindsAServerOnBothAppliancesAndEnterOpensAProfileInItsEditor(FxRobot robot) throws Exception {
        // The same seed: both appliances have servers and profiles of the same names.
        SimulatorFixture labA = simulator();
        SimulatorFixture labB = simulator();
        storeAppliance("Lab A", labA);
        storeAppliance("Lab B", labB);
        connect(robot, "Lab A");
        connect(robot, "Lab B");
        waits(robot).until("two appliances connected", () -> composition.appliances().getConnectedAppliances().size() == 2);

        String server = labA.simulator().serverHardware(labA.simulator().serverHardwareIds().get(5))
                .get("name").asString();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waits(robot).until("the search field has the focus", () -> field(robot).isFocused());
        robot.write(server);

        waits(robot).until("servers of both appliances", () -> results(robot).stream()
                .filter(r -> r.kind() == SearchKind.SERVER && r.name().equals(server)).count() == 2);
        assertThat(robot.lookup(".search-appliance-tag").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Lab A", "Lab B");
        assertThat(robot.lookup(".search-appliance-line").queryAll()).hasSize(2);
        save(robot, "search-two-appliances.png");

        robot.type(KeyCode.DOWN);
        SearchResult chosen = selected(robot);
        assertThat(chosen.appliance().displayName()).isEqualTo("Lab B");
        robot.type(KeyCode.ENTER);
        waits(robot).until("the navigator was asked", () -> !navigations.isEmpty());
        assertThat(navigations).containsExactly("Lab B " + chosen.uri());

        // A profile result opens in the editor of its own appliance, through the shell's navigator.
        String profile = labB.simulator().profile(labB.simulator().profileIds().get(7)).get("name").asString();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waits(robot).until("the search field has the focus", () -> field(robot).isFocused());
        robot.write(profile);
        waits(robot).until("the profile on both appliances", () -> results(robot).stream()
                .filter(r -> r.kind() == SearchKind.PROFILE && r.name().equals(profile)).count() == 2);
        for (int step = 0; step < 20 && !isLabBProfile(selected(robot)); step++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(isLabBProfile(selected(robot))).isTrue();
        String uri = selected(robot).uri();
        robot.type(KeyCode.ENTER);

        waits(robot).until("Lab B's workspace", () -> "Lab B".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        waits(robot).until("the profile's editor in front", () -> robot.lookup(".tab-pane").queryAllAs(TabPane.class)
                .stream().anyMatch(tabs -> tabs.isVisible() && tabs.getSelectionModel().getSelectedItem() != null
                        && tabs.getSelectionModel().getSelectedItem().getText().contains(profile)));
        assertThat(navigations).last().isEqualTo("Lab B " + uri);
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();
        assertThat(robot.lookup(".workspace-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Server Profiles");
    }

    @Test
    void aResultNoTabShowsKeepsThePanelOpenAndSaysWhy(FxRobot robot) throws Exception {
        SimulatorFixture labA = simulator();
        storeAppliance("Lab A", labA);
        connect(robot, "Lab A");
        waits(robot).until("connected", () -> composition.appliances().getConnectedAppliances().size() == 1);
        refuseNavigation = true;
        String server = labA.simulator().serverHardware(labA.simulator().serverHardwareIds().get(5))
                .get("name").asString();

        robot.clickOn(field(robot));
        robot.write(server);
        waits(robot).until("the server found", () -> results(robot).stream()
                .anyMatch(r -> r.kind() == SearchKind.SERVER && r.name().equals(server)));
        robot.type(KeyCode.ENTER);

        waits(robot).forText("\u201c" + server + "\u201d on Lab A cannot be opened");
        assertThat(navigations).hasSize(1).first().asString().startsWith("Lab A /rest/server-hardware/");
        assertThat(robot.lookup(".search-panel").query().isVisible()).isTrue();
    }

    @Test
    void nothingMatchingSaysSoAndEscapeClosesThePanel(FxRobot robot) throws Exception {
        SimulatorFixture labA = simulator();
        storeAppliance("Lab A", labA);
        connect(robot, "Lab A");
        waits(robot).until("connected", () -> composition.appliances().getConnectedAppliances().size() == 1);

        robot.clickOn(field(robot));
        robot.write("zz-no-such-thing");
        waits(robot).forText("Nothing on the connected appliances matches \u201czz-no-such-thing\u201d.");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();
        assertThat(navigations).isEmpty();
    }

    @Test
    void aTaskResourceLinkOpensTheProfileInRecentTasksAndInTheTaskPanel(FxRobot robot) throws Exception {
        SimulatorFixture labA = simulator();
        storeAppliance("Lab A", labA);
        connect(robot, "Lab A");
        waits(robot).until("connected", () -> composition.appliances().getConnectedAppliances().size() == 1);
        // Someone else updates a profile: the appliance lists the task, its resource is the profile.
        String id = labA.simulator().profileIds().get(3);
        String name = labA.simulator().profile(id).get("name").asString();
        ApplianceClient other = labA.signedInClient();
        Resource<ObjectNode> profile = other.get("/rest/server-profiles/" + id, ObjectNode.class);
        ObjectNode changed = profile.tree().deepCopy().put("description", "Moved to rack B4");
        assertThat(other.put("/rest/server-profiles/" + id, changed, profile.eTag()))
                .isInstanceOf(WriteResult.Accepted.class);

        robot.clickOn(tab(robot, "Recent tasks"));
        robot.type(KeyCode.F5);
        waits(robot).until("the task's resource as a link", () -> link(robot, name) != null);
        robot.clickOn(link(robot, name));
        waits(robot).until("the profile's editor in front", () -> editorInFront(robot, name));
        assertThat(navigations).containsExactly("Lab A /rest/server-profiles/" + id);

        // Watched in the task panel, the same resource is a link there too.
        robot.clickOn(tab(robot, "Recent tasks"));
        robot.clickOn(robot.lookup(".recent-tasks-view .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#watchButton");
        waits(robot).until("the task in the panel", () -> robot.lookup(".task-panel-view .task-resource-link")
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".task-panel-view .task-resource-link").queryAs(Node.class));
        waits(robot).until("the second navigation", () -> navigations.size() == 2);
        waits(robot).until("the profile's editor in front", () -> editorInFront(robot, name));
        assertThat(navigations).last().isEqualTo("Lab A /rest/server-profiles/" + id);
    }

    private static Node tab(FxRobot robot, String title) {
        return robot.lookup(".workspace-tabs .tab-label").match((Label label) -> title.equals(label.getText())).query();
    }

    private static Hyperlink link(FxRobot robot, String text) {
        return robot.lookup(".recent-tasks-view .task-resource-link")
                .match((Hyperlink link) -> text.equals(link.getText()) && link.isVisible()).tryQueryAs(Hyperlink.class)
                .orElse(null);
    }

    private static boolean editorInFront(FxRobot robot, String name) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(tabs -> tabs.isVisible()
                && tabs.getScene() != null && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getText().contains(name));
    }

    private static boolean isLabBProfile(SearchResult result) {
        return result != null && result.kind() == SearchKind.PROFILE && "Lab B".equals(result.appliance().displayName());
    }

    private SimulatorFixture simulator() {
        SimulatorFixture fixture = SimulatorFixture.start(SimulatorConfig.builder().profiles(64).seed(11));
        fixtures.add(fixture);
        return fixture;
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

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void storeAppliance(String name, SimulatorFixture fixture) throws Exception {
        new ApplianceStore(configDir).add(ApplianceEntry.create(name, fixture.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(fixture.simulator().certificateSha256()));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
    }

    private void connect(FxRobot robot, String name) throws Exception {
        waits(robot).forText(name);
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(name + " ["))
                .query();
        robot.clickOn(row);
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Log in".equals(b.getText()) && b.isVisible())
                .queryButton());
        waits(robot).until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 20, "search-failure");
    }

    private static void save(FxRobot robot, String fileName) throws Exception {
        Node root = robot.lookup(".main-window").query().getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }
}
