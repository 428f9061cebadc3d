package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.search.SearchKind;
import com.ovconsole.ui.search.SearchResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import tools.jackson.databind.node.ObjectNode;

/** Ctrl+K in the real window, two simulated appliances over HTTPS: results of both, Enter opens one where it lives. */
class SearchWindowTest {

    /** Every navigation the window asked for: "appliance uri", in order. */
    private final List<String> navigations = new CopyOnWriteArrayList<>();
    /** When set, the window's navigator answers "no tab shows this" without asking the shell. */
    private volatile boolean refuseNavigation;
    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("search", composition -> composition.wrapNavigator(shell -> (appliance, uri) -> {
            navigations.add(appliance.displayName() + " " + uri);
            return !refuseNavigation && shell.open(appliance, uri);
        }));
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    void ctrlKFindsAServerOnBothAppliancesAndEnterOpensAProfileInItsEditor() throws Exception {
        // The same seed: both appliances have servers and profiles of the same names.
        SimulatorFixture labA = stored("Lab A");
        SimulatorFixture labB = stored("Lab B");
        bed.connect("Lab A");
        bed.connect("Lab B");
        bed.waits().until("two appliances connected", () -> ConsoleWindowBed.onFx(() ->
                bed.composition().appliances().getConnectedAppliances().size() == 2));

        String server = labA.simulator().serverHardware(labA.simulator().serverHardwareIds().get(5))
                .get("name").asString();
        bed.search(server);

        bed.waits().until("servers of both appliances", () -> results().stream()
                .filter(r -> r.kind() == SearchKind.SERVER && r.name().equals(server)).count() == 2);
        assertThat(robot.lookup(".search-appliance-tag").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Lab A", "Lab B");
        assertThat(robot.lookup(".search-appliance-line").queryAll()).hasSize(2);
        bed.saveWindow("search-two-appliances.png");

        bed.key(KeyCode.DOWN);
        SearchResult chosen = selected();
        assertThat(chosen.appliance().displayName()).isEqualTo("Lab B");
        bed.key(KeyCode.ENTER);
        bed.waits().until("the navigator was asked", () -> !navigations.isEmpty());
        assertThat(navigations).containsExactly("Lab B " + chosen.uri());

        // A profile result opens in the editor of its own appliance, through the shell's navigator.
        String profile = labB.simulator().profile(labB.simulator().profileIds().get(7)).get("name").asString();
        bed.search(profile);
        bed.waits().until("the profile on both appliances", () -> results().stream()
                .filter(r -> r.kind() == SearchKind.PROFILE && r.name().equals(profile)).count() == 2);
        for (int step = 0; step < 20 && !isLabBProfile(selected()); step++) {
            bed.key(KeyCode.DOWN);
        }
        assertThat(isLabBProfile(selected())).isTrue();
        String uri = selected().uri();
        bed.key(KeyCode.ENTER);

        bed.waits().until("Lab B's workspace", () -> "Lab B".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        bed.waits().until("the profile's editor in front", () -> editorInFront(profile));
        assertThat(navigations).last().isEqualTo("Lab B " + uri);
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();
        assertThat(robot.lookup(".workspace-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Server Profiles");
    }

    @Test
    void aResultNoTabShowsKeepsThePanelOpenAndSaysWhy() throws Exception {
        SimulatorFixture labA = connected("Lab A");
        refuseNavigation = true;
        String server = labA.simulator().serverHardware(labA.simulator().serverHardwareIds().get(5))
                .get("name").asString();

        robot.clickOn(field());
        bed.typeSearch(server);
        bed.waits().until("the server found", () -> results().stream()
                .anyMatch(r -> r.kind() == SearchKind.SERVER && r.name().equals(server)));
        bed.key(KeyCode.ENTER);

        bed.waits().forText("\u201c" + server + "\u201d on Lab A cannot be opened");
        assertThat(navigations).hasSize(1).first().asString().startsWith("Lab A /rest/server-hardware/");
        assertThat(robot.lookup(".search-panel").query().isVisible()).isTrue();
    }

    @Test
    void nothingMatchingSaysSoAndEscapeClosesThePanel() throws Exception {
        connected("Lab A");

        robot.clickOn(field());
        bed.write("zz-no-such-thing");
        bed.waits().forText("Nothing on the connected appliances matches \u201czz-no-such-thing\u201d.");
        bed.key(KeyCode.ESCAPE);
        assertThat(robot.lookup(".search-panel").query().isVisible()).isFalse();
        assertThat(navigations).isEmpty();
    }

    @Test
    void aTaskResourceLinkOpensTheProfileInRecentTasksAndInTheTaskPanel() throws Exception {
        SimulatorFixture labA = connected("Lab A");
        // Someone else updates a profile: the appliance lists the task, its resource is the profile.
        String id = labA.simulator().profileIds().get(3);
        String name = labA.simulator().profile(id).get("name").asString();
        ApplianceClient other = labA.signedInClient();
        Resource<ObjectNode> profile = other.get("/rest/server-profiles/" + id, ObjectNode.class);
        ObjectNode changed = profile.tree().deepCopy().put("description", "Moved to rack B4");
        assertThat(other.put("/rest/server-profiles/" + id, changed, profile.eTag()))
                .isInstanceOf(WriteResult.Accepted.class);

        bed.selectTab("Recent tasks");
        bed.key(KeyCode.F5);
        bed.waits().until("the task's resource as a link", () -> link(name) != null);
        robot.clickOn(link(name));
        bed.waits().until("the profile's editor in front", () -> editorInFront(name));
        assertThat(navigations).containsExactly("Lab A /rest/server-profiles/" + id);

        // Watched in the task panel, the same resource is a link there too.
        bed.selectTab("Recent tasks");
        robot.clickOn(rowOf(link(name)));
        robot.clickOn("#watchButton");
        bed.waits().until("the task in the panel", () -> robot.lookup(".task-panel-view .task-resource-link")
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".task-panel-view .task-resource-link").queryAs(Node.class));
        bed.waits().until("the second navigation", () -> navigations.size() == 2);
        bed.waits().until("the profile's editor in front", () -> editorInFront(name));
        assertThat(navigations).last().isEqualTo("Lab A /rest/server-profiles/" + id);
    }

    /** A simulator (the same seed each time) stored as {@code name}. */
    private SimulatorFixture stored(String name) throws Exception {
        SimulatorFixture simulator = bed.simulator(SimulatorConfig.builder().profiles(64).seed(11));
        bed.storeAppliance(name, simulator);
        return simulator;
    }

    /** {@link #stored}, then connected. */
    private SimulatorFixture connected(String name) throws Exception {
        SimulatorFixture simulator = stored(name);
        bed.connect(name);
        return simulator;
    }

    private Hyperlink link(String text) {
        return robot.lookup(".recent-tasks-view .task-resource-link")
                .match((Hyperlink link) -> text.equals(link.getText()) && link.isVisible()).tryQueryAs(Hyperlink.class)
                .orElse(null);
    }

    /** The table row a cell's node is in (scene order is not row order once cells are reused). */
    private static Node rowOf(Node inRow) {
        Node node = inRow;
        while (!(node instanceof TableRow<?>)) {
            node = node.getParent();
        }
        return node;
    }

    private boolean editorInFront(String name) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(tabs -> tabs.isVisible()
                && tabs.getScene() != null && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getText().contains(name));
    }

    private static boolean isLabBProfile(SearchResult result) {
        return result != null && result.kind() == SearchKind.PROFILE && "Lab B".equals(result.appliance().displayName());
    }

    private TextField field() {
        return robot.lookup(".search-field").queryAs(TextField.class);
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
}
