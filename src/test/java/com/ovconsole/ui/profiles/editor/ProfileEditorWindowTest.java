package com.ovconsole.ui.profiles.editor;

import static com.ovconsole.ui.profiles.ProfilesWindow.onFx;
import static com.ovconsole.ui.profiles.ProfilesWindow.open;
import static com.ovconsole.ui.profiles.ProfilesWindow.snapshot;
import static com.ovconsole.ui.profiles.ProfilesWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.profiles.ProfilesWindow;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
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

    private Stage stage;
    private ProfilesWindow window;
    private SimulatorFixture fixture;
    private RecordingDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The Server Profiles view of a simulator with this config and ten profiles, its list loaded. */
    private void show(FxRobot robot, SimulatorConfig.Builder config, Duration watchInterval) throws Exception {
        window = new ProfilesWindow(stage);
        dialogs = window.dialogs;
        window.show(robot, config.profiles(10), watchInterval);
        fixture = window.fixture();
    }

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
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
        assertThat(window.tasks().tracked).hasSize(3);
        assertThat(fixture.simulator().profile(id).at("/bios/manageBios").asBoolean())
                .isEqualTo(!stored.at("/bios/manageBios").asBoolean());
        assertThat(fixture.simulator().serverHardware(serverId(stored)).get("powerState").asString()).isEqualTo("On");
        assertThat(banner.isVisible()).isFalse();
        snapshot(robot, "editor-power-done.png");
    }

    @Test
    void tabWalksTheGeneralFieldsInReadingOrderEachNamedByItsLabel(FxRobot robot) throws Exception {
        show(robot, SimulatorConfig.builder(), Duration.ofMinutes(10));
        TextField description = open(robot, fixture.simulator().profile(fixture.simulator().profileIds().get(0))
                .get("name").asString());
        Control name = robot.lookup((TextField t) -> "Name".equals(t.getAccessibleText())).queryAs(TextField.class);
        robot.interact(name::requestFocus);
        waitFor(() -> onFx(() -> description.getScene().getFocusOwner() == name));

        for (String next : List.of("Description", "Server hardware type", "Enclosure group", "Server hardware",
                "Affinity")) {
            robot.type(KeyCode.TAB);
            waitFor(() -> onFx(() -> description.getScene().getFocusOwner() instanceof Control field
                    && next.equals(field.getAccessibleText())));
            Node field = description.getScene().getFocusOwner();
            assertThat(robot.lookup((Label l) -> l.getLabelFor() == field).queryAs(Label.class).getText())
                    .as("the label of %s", next).isEqualTo(next);
        }
        robot.type(KeyCode.TAB);
        waitFor(() -> onFx(() -> description.getScene().getFocusOwner().getStyleClass().contains("connections-table")));
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
}
