package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
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

/** The real main window (composition root included) driven by clicks and keys against the simulator over HTTPS. */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {

    private static final String DEMO_PIN =
            "45:75:A9:E1:B7:E0:34:0A:4D:0E:19:F5:37:5C:90:18:4C:44:BA:B0:E4:14:F4:A8:8D:5A:9E:2A:80:4D:A6:8B";

    private final List<SimulatorFixture> fixtures = new ArrayList<>();
    private Path configDir;
    private Composition composition;
    private ConsoleApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-window-test-");
        composition = Composition.of(LaunchConfig.normal(configDir));
        app = new ConsoleApp(composition);
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            app.stop();
        }).get();
        fixtures.forEach(SimulatorFixture::close);
    }

    private SimulatorFixture simulator(SimulatorConfig.Builder config) {
        SimulatorFixture fixture = SimulatorFixture.start(config);
        fixtures.add(fixture);
        return fixture;
    }

    @Test
    void addConnectTrustTheCertificateLogInAndSeeTheApplianceConnected(FxRobot robot) throws Exception {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder());
        waits(robot).forText("Demo appliance (built in)");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waits(robot).forNode(".appliance-form-dialog");
        robot.clickOn("#address").write(fixture.address());
        robot.clickOn("#displayName").write("Lab appliance");
        robot.clickOn(button(robot, "Save"));
        waits(robot).forText("Lab appliance");

        robot.clickOn("#connectButton");
        waits(robot).forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #sha256").queryAs(Label.class).getAccessibleText())
                .isEqualTo(fixture.simulator().certificateSha256());
        save(robot, ".certificate-dialog", "certificate-dialog.png");
        robot.clickOn(button(robot, "Trust and connect"));

        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        save(robot, ".login-dialog", "login-dialog.png");
        robot.clickOn(button(robot, "Log in"));

        waits(robot).forText("API 3800 · Administrator");
        waits(robot).forNode(".workspace-tabs");
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Overview", "Server Profiles", "Backups", "Alerts", "Recent tasks");
        assertThat(robot.lookup(".workspace-title").queryAs(Label.class).getText()).isEqualTo("Lab appliance");
        assertThat(new ApplianceStore(configDir).load().value()).filteredOn(entry -> !entry.demo())
                .singleElement().extracting(ApplianceEntry::pinnedCertificateSha256)
                .isEqualTo(fixture.simulator().certificateSha256());
    }

    @Test
    void wrongPasswordShowsTheErrorMessageDialog(FxRobot robot) throws Exception {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder());
        storeAppliance("Lab appliance", fixture.address(), fixture.simulator().certificateSha256());
        waits(robot).forText("Lab appliance");

        clickAppliance(robot, "Lab appliance");
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("not-the-password");
        robot.clickOn(button(robot, "Log in"));

        waits(robot).forNode(".error-dialog");
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText()).isEqualTo("Authentication failed.");
        robot.clickOn(button(robot, "Close"));
        waits(robot).forText("Connection failed");
    }

    @Test
    void changedCertificateBlocksTheConnection(FxRobot robot) throws Exception {
        SimulatorFixture fixture = simulator(SimulatorConfig.builder()
                .keystore(Path.of(getClass().getResource("/com/ovconsole/sim/other-appliance.p12").toURI()),
                        "changeit".toCharArray()));
        storeAppliance("Lab appliance", fixture.address(), DEMO_PIN);
        waits(robot).forText("Lab appliance");

        clickAppliance(robot, "Lab appliance");
        robot.type(KeyCode.ENTER);
        waits(robot).forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #previous").queryAs(Label.class).getAccessibleText()).isEqualTo(DEMO_PIN);
        assertThat(robot.lookup("The certificate of Lab appliance has changed").tryQuery()).isPresent();
        save(robot, ".certificate-dialog", "certificate-changed-dialog.png");
        robot.type(KeyCode.ENTER);

        waits(robot).forText("The changed certificate was not trusted; the connection was stopped.");
        assertThat(robot.lookup(".login-dialog").tryQuery()).isEmpty();
        assertThat(fixture.simulator().requestCount()).isZero();
    }

    @Test
    void demoApplianceConnectsWithThePasswordAdmin(FxRobot robot) throws Exception {
        waits(robot).forText("Demo appliance (built in)");

        clickAppliance(robot, "Demo appliance (built in)");
        robot.type(KeyCode.ENTER);
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));

        waits(robot).forText("API 3800 · Administrator");
        waits(robot).forText("240");
        assertThat(robot.lookup(".certificate-dialog").tryQuery()).isEmpty();
        save(robot, ".main-window", "connected-overview.png");
    }

    @Test
    void twoAppliancesAreConnectedAtOnceAndTheWorkspaceFollowsTheSelection(FxRobot robot) throws Exception {
        SimulatorFixture lab = simulator(SimulatorConfig.builder().profiles(64).apiVersion(2400));
        storeAppliance("Lab appliance", lab.address(), lab.simulator().certificateSha256());
        waits(robot).forText("Lab appliance");

        connect(robot, "Demo appliance (built in)");
        waits(robot).forText("API 3800 · Administrator");
        connect(robot, "Lab appliance");
        waits(robot).forText("API 2400 · Administrator");

        waits(robot).until("lab workspace", () -> "Lab appliance".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        waits(robot).forText("64");
        clickAppliance(robot, "Demo appliance (built in)");
        waits(robot).until("demo workspace", () -> "Demo appliance (built in)".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        waits(robot).forText("240");
        clickAppliance(robot, "Lab appliance");
        waits(robot).forText("64");
        save(robot, ".main-window", "main-window-two-appliances.png");
    }

    @Test
    void expiredSessionAsksForThePasswordOnF5AndTheRefreshCarriesOn(FxRobot robot) throws Exception {
        SimulatorFixture lab = simulator(SimulatorConfig.builder().profiles(64));
        storeAppliance("Lab appliance", lab.address(), lab.simulator().certificateSha256());
        waits(robot).forText("Lab appliance");
        connect(robot, "Lab appliance");
        waits(robot).forText("64");

        lab.simulator().expireSessions();
        robot.type(KeyCode.F5);

        waits(robot).forNode(".login-dialog");
        waits(robot).forText("Session expired on Lab appliance");
        save(robot, ".login-dialog", "relogin-dialog.png");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));

        waits(robot).until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
        waits(robot).forText("64");
        waits(robot).forText("API 3800 · Administrator");
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
    }

    private void connect(FxRobot robot, String name) throws Exception {
        clickAppliance(robot, name);
        robot.clickOn("#connectButton");
        waits(robot).forNode(".login-dialog");
        robot.clickOn("#password").write("admin");
        robot.clickOn(button(robot, "Log in"));
        waits(robot).until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
    }

    @Test
    void unreachablePortEndsInAClearErrorWithoutFreezing(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        storeAppliance("Nowhere", "127.0.0.1:" + closedPort, null);
        waits(robot).forText("Nowhere");

        clickAppliance(robot, "Nowhere");
        robot.clickOn("#connectButton");

        waits(robot).forNode(".error-dialog");
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText()).contains("Cannot connect to 127.0.0.1");
        robot.clickOn(button(robot, "Close"));
    }

    private void storeAppliance(String name, String address, String pin) throws Exception {
        new ApplianceStore(configDir).add(ApplianceEntry.create(name, address, "Administrator", "LOCAL")
                .withPinnedCertificate(pin));
        // The window read the list at start; read it again as a restart would.
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
    }

    /** Clicks the list row of the named appliance once the list has settled (rows are rebuilt on load). */
    private static void clickAppliance(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(name + " ["))
                .query();
        robot.clickOn(row);
    }

    private static Node button(FxRobot robot, String text) {
        return robot.lookup(".button").match((Button button) -> text.equals(button.getText()) && button.isVisible())
                .query();
    }

    private static WindowWaits waits(FxRobot robot) {
        return new WindowWaits(robot, 20, "failure");
    }

    private static void save(FxRobot robot, String selector, String fileName) throws Exception {
        Node node = robot.lookup(selector).query();
        Node root = node instanceof DialogPane ? node : node.getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }
}
