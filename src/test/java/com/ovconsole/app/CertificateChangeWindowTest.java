package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The appliance's certificate changes while the user works (the simulator rotates it): the whole
 * window says so, open editors keep their edits, and reviewing and trusting the new certificate
 * brings the appliance back without Disconnect + Connect.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateChangeWindowTest {

    private static final String LAB = "Lab appliance";

    private Path configDir;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;
    private SimulatorFixture lab;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-certificate-test-");
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
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void aChangedCertificateShowsEverywhereKeepsTheEditorAndIsTrustedFromTheBanner(FxRobot robot) throws Exception {
        lab = SimulatorFixture.start(SimulatorConfig.builder().profiles(40));
        String oldPin = lab.simulator().certificateSha256();
        new ApplianceStore(configDir).add(ApplianceEntry.create(LAB, lab.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(oldPin));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
        connect(robot);
        // Issue 13: each connect used to ask for the version twice.
        assertThat(lab.simulator().requestCount("/rest/version")).isEqualTo(1);
        selectTab(robot, "Server Profiles");
        waits(robot).until("40 of 40", () -> summary(robot).equals("40 of 40"));
        TextField description = openTheFirstEditorAndType(robot, "typed before the certificate changed");
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> "All profiles".equals(label.getText()))
                .queryAs(Node.class));

        lab.simulator().rotateCertificate();
        robot.type(KeyCode.F5);

        waits(robot).forText("Certificate changed \u00b7 review it");
        waits(robot).until("banner", () -> visible(robot, ".certificate-banner"));
        waits(robot).forText("The server profiles could not be read.");
        assertThat(statusBar(robot)).isEqualTo(LAB + ": the certificate changed; nothing is sent until you review it.");
        assertThat(robot.lookup(".label").match((Labeled label) -> label.getText() != null
                && (label.getText().contains("No server profiles match") || label.getText().contains("API 3800 \u00b7 Administrator")))
                .tryQuery()).isEmpty();
        assertThat(summary(robot)).isEmpty();
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
        assertThat(visible(robot, "#reviewCertificateButton")).isTrue();
        assertThat(description.getScene()).isNotNull();
        save(robot, ".main-window", "certificate-changed-window.png");

        robot.clickOn("#reviewCertificate");
        waits(robot).forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #previous").queryAs(Label.class).getAccessibleText()).isEqualTo(oldPin);
        assertThat(robot.lookup(".certificate-dialog #sha256").queryAs(Label.class).getAccessibleText())
                .isEqualTo(lab.simulator().certificateSha256()).isNotEqualTo(oldPin);
        save(robot, ".certificate-dialog", "certificate-changed-review.png");
        robot.clickOn(button(robot, "Trust the new certificate"));

        waits(robot).forText("API 3800 \u00b7 Administrator");
        waits(robot).until("40 of 40 again", () -> summary(robot).equals("40 of 40"));
        waits(robot).until("banner gone", () -> !visible(robot, ".certificate-banner"));
        assertThat(statusBar(robot)).isEqualTo("Connected to " + LAB + ": the new certificate is trusted.");
        assertThat(visible(robot, "#reviewCertificateButton")).isFalse();
        assertThat(description.getText()).isEqualTo("typed before the certificate changed");
        assertThat(new ApplianceStore(configDir).load().value()).filteredOn(entry -> !entry.demo()).singleElement()
                .extracting(ApplianceEntry::pinnedCertificateSha256).isEqualTo(lab.simulator().certificateSha256());
        assertThat(lab.simulator().sessionsOpened()).isEqualTo(1);
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
        selectTab(robot, "Overview");
        waits(robot).until("the overview shows the new pin", () -> robot.lookup("#certificate")
                .match((Label label) -> label.isVisible()
                        && lab.simulator().certificateSha256().equals(label.getAccessibleText()))
                .tryQuery().isPresent());
    }

    private void connect(FxRobot robot) throws Exception {
        waits(robot).forText(LAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(LAB + " ["))
                .queryAs(Node.class));
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));
        waits(robot).forText("API 3800 \u00b7 Administrator");
    }

    @SuppressWarnings("unchecked")
    private TextField openTheFirstEditorAndType(FxRobot robot, String text) throws Exception {
        TableView<Object> table = robot.lookup(".profile-table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        robot.clickOn(robot.lookup(".profiles-tabs #editButton").queryAs(Node.class));
        Predicate<Node> descriptionField = node -> node instanceof TextField field
                && "Description".equals(field.getAccessibleText()) && field.isVisible();
        waits(robot).until("editor open", () -> robot.lookup(descriptionField).tryQuery().isPresent());
        TextField description = robot.lookup(descriptionField).queryAs(TextField.class);
        waits(robot).until("description loaded", () -> description.getText() != null);
        robot.clickOn(description).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
        waits(robot).until("typed", () -> text.equals(description.getText()));
        return description;
    }

    private static void selectTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> title.equals(label.getText())).queryAs(Node.class));
        waits(robot).until(title + " selected", tab::isSelected);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup(".profiles-summary").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static String statusBar(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
    }

    private static boolean visible(FxRobot robot, String selector) {
        return robot.lookup(selector).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    private static Node button(FxRobot robot, String text) {
        return robot.lookup(".button").match((Button button) -> text.equals(button.getText()) && button.isVisible())
                .query();
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 30, "certificate-failure");
    }

    private static void save(FxRobot robot, String selector, String fileName) throws Exception {
        Node node = robot.lookup(selector).query();
        Node root = node instanceof DialogPane ? node : node.getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }
}
