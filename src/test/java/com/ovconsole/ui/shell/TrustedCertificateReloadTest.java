package com.ovconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.app.Composition;
import com.ovconsole.app.ConsoleApp;
import com.ovconsole.app.LaunchConfig;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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

/**
 * The certificate changes mid-session and two tabs read through the refused connection: once the
 * user trusts the new certificate, the tab not on screen reloads too (it kept its failure until F5).
 */
@ExtendWith(ApplicationExtension.class)
class TrustedCertificateReloadTest {

    private static final String LAB = "Lab appliance";
    private static final String HARDWARE_FAILED = "The servers could not be read.";

    private Stage stage;
    private ConsoleApp app;
    private SimulatorFixture lab;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path configDir = Files.createTempDirectory("ovconsole-trust-reload-test-");
        lab = SimulatorFixture.start(SimulatorConfig.builder().profiles(8).servers(12));
        new ApplianceStore(configDir).add(ApplianceEntry.create(LAB, lab.address(), "Administrator", "LOCAL")
                .withPinnedCertificate(lab.simulator().certificateSha256()));
        app = new ConsoleApp(Composition.of(LaunchConfig.normal(configDir)));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
        lab.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTabOfTheApplianceReloadsOnceTheNewCertificateIsTrusted(FxRobot robot) throws Exception {
        connect(robot);
        selectTab(robot, "Server Hardware");
        TableView<Object> servers = robot.lookup(".hardware-table").queryAs(TableView.class);
        until("servers listed", () -> servers.getItems().size() == 12);

        lab.simulator().rotateCertificate();
        LentStage.focus(stage);
        robot.type(KeyCode.F5);
        until("hardware failed", () -> servers.getItems().isEmpty() && shows(robot, HARDWARE_FAILED));
        selectTab(robot, "Server Profiles");
        LentStage.focus(stage);
        robot.type(KeyCode.F5);
        until("the review offered", () -> shows(robot, "Certificate changed \u00b7 review it")
                && robot.lookup("#reviewCertificate").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#reviewCertificate");
        until("the review dialog", () -> robot.lookup(".certificate-dialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Button button) -> "Trust the new certificate"
                .equals(button.getText()) && button.isVisible()).queryAs(Node.class));
        until("connected again", () -> shows(robot, "API 3800 \u00b7 Administrator"));

        // Not on screen when the certificate was trusted, and no F5 since.
        selectTab(robot, "Server Hardware");
        until("servers listed again", () -> servers.getItems().size() == 12 && !shows(robot, HARDWARE_FAILED));
        save(robot, "trusted-certificate-hardware-reloaded.png");
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
    }

    private void connect(FxRobot robot) throws Exception {
        until("the appliance listed", () -> robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(LAB + " ["))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(LAB + " ["))
                .queryAs(Node.class));
        robot.clickOn("#connectButton");
        until("login dialog", () -> robot.lookup(".login-dialog").tryQuery().map(node -> node.getScene() != null
                && !Double.isNaN(node.getScene().getWindow().getWidth())).orElse(false));
        robot.clickOn("#password").write("admin");
        robot.clickOn(robot.lookup(".button").match((Button button) -> "Log in".equals(button.getText())
                && button.isVisible()).queryAs(Node.class));
        until("connected", () -> shows(robot, "API 3800 \u00b7 Administrator"));
    }

    private void selectTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> title.equals(label.getText())).queryAs(Node.class));
        until(title + " selected", tab::isSelected);
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup(".label").match((Labeled label) -> label.getText() != null && label.getText().contains(text)
                && label.isVisible() && label.getScene() != null).tryQuery().isPresent();
    }

    /** Waits on a condition (never sleeps); on a timeout every window is saved to show what was on screen. */
    private void until(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException timeout) {
            WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = new ArrayList<>(Window.getWindows());
                for (int i = 0; i < windows.size(); i++) {
                    Snapshots.save(windows.get(i).getScene().getRoot(), "trust-reload-failure-" + i + ".png");
                }
            }).get();
            throw new AssertionError("Timed out: " + what + " (see target/screenshots/trust-reload-failure-*.png)",
                    timeout);
        }
    }

    private void save(FxRobot robot, String fileName) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene().getRoot(), fileName)).get();
    }
}
