package com.ovconsole.ui.profiles.list;

import static com.ovconsole.ui.profiles.ProfilesWindow.cell;
import static com.ovconsole.ui.profiles.ProfilesWindow.openByDoubleClick;
import static com.ovconsole.ui.profiles.ProfilesWindow.snapshot;
import static com.ovconsole.ui.profiles.ProfilesWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.profiles.ProfilesWindow;
import com.ovconsole.ui.profiles.conflict.MergeRow;
import java.time.Duration;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 412 story through the real window against the simulator: open a profile, edit the
 * description and a connection's Mbps, someone else saves the same profile meanwhile, Save ->
 * the merge dialog shows the conflict -> Mine -> saved, and the appliance has the merged result.
 */
@ExtendWith(ApplicationExtension.class)
class ProfilesViewTest {

    private ProfilesWindow window;

    @Start
    void start(Stage stage) {
        window = new ProfilesWindow(stage);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void staleSaveOpensTheMergeDialogAndMineIsSavedOnTheAppliance(FxRobot robot) throws Exception {
        window.show(robot, SimulatorConfig.builder().profiles(40), Duration.ofMinutes(10));
        SimulatorFixture fixture = window.fixture();
        TableView<?> table = robot.lookup(".profile-table").queryAs(TableView.class);
        assertThat(robot.lookup("40 of 40").tryQuery()).isPresent();
        snapshot(robot, "profile-list.png");

        ProfileRow row = (ProfileRow) table.getItems().get(0);
        String id = row.uri().substring(row.uri().lastIndexOf('/') + 1);
        TextField description = openByDoubleClick(robot, row.name());
        assertThat(description.getText()).isEqualTo(row.description());

        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Rebuilt after the rack move");
        Node mbps = cell(robot, c -> c.getTableView().getStyleClass().contains("connections-table")
                && c.getIndex() == 0 && "Requested Mbps".equals(c.getTableColumn().getText()));
        robot.doubleClickOn(mbps);
        // Keys, not write(): write() needs a focused window, which a bare X server (no window manager) may not report.
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.DIGIT7, KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.DIGIT0).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Unsaved changes").tryQuery().map(Node::isVisible).orElse(false));
        // The section's title is marked, as the field labels are.
        Label connections = robot.lookup((Label l) -> l.getStyleClass().contains("editor-section-title")
                && "Connections".equals(l.getText())).queryAs(Label.class);
        waitFor(() -> connections.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dirty")));
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
        assertThat(window.dialogs.errors).isEmpty();
    }
}
