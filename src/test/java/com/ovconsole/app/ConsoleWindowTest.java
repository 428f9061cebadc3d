package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The real main window (composition root included) driven by clicks and keys against the simulator over HTTPS. */
class ConsoleWindowTest {

    private static final String DEMO_PIN =
            "45:75:A9:E1:B7:E0:34:0A:4D:0E:19:F5:37:5C:90:18:4C:44:BA:B0:E4:14:F4:A8:8D:5A:9E:2A:80:4D:A6:8B";

    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("window");
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    void addConnectTrustTheCertificateLogInAndSeeTheApplianceConnected() throws Exception {
        SimulatorFixture fixture = bed.simulator(SimulatorConfig.builder());
        bed.waits().forText("Demo appliance (built in)");

        bed.shortcut(KeyCode.N);
        bed.waits().forNode(".appliance-form-dialog");
        robot.clickOn("#address").write(fixture.address());
        robot.clickOn("#displayName").write("Lab appliance");
        robot.clickOn(bed.button("Save"));
        bed.waits().forText("Lab appliance");

        robot.clickOn("#connectButton");
        bed.waits().forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #sha256").queryAs(Label.class).getAccessibleText())
                .isEqualTo(fixture.simulator().certificateSha256());
        bed.save(".certificate-dialog", "certificate-dialog.png");
        robot.clickOn(bed.button("Trust and connect"));

        bed.enterPassword(ConsoleWindowBed.PASSWORD);
        bed.save(".login-dialog", "login-dialog.png");
        robot.clickOn(bed.button("Log in"));

        bed.waits().forText("API 3800 · Administrator");
        bed.waits().forNode(".workspace-tabs");
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Overview", "Server Profiles", "Server Hardware", "Backups", "Alerts", "Recent tasks");
        assertThat(robot.lookup(".workspace-title").queryAs(Label.class).getText()).isEqualTo("Lab appliance");
        assertThat(new ApplianceStore(bed.configDir()).load().value()).filteredOn(entry -> !entry.demo())
                .singleElement().extracting(ApplianceEntry::pinnedCertificateSha256)
                .isEqualTo(fixture.simulator().certificateSha256());
    }

    @Test
    void wrongPasswordShowsTheErrorMessageDialog() throws Exception {
        SimulatorFixture fixture = bed.simulator(SimulatorConfig.builder());
        bed.storeAppliance("Lab appliance", fixture);
        bed.waits().forText("Lab appliance");

        bed.clickAppliance("Lab appliance");
        robot.clickOn("#connectButton");
        bed.logIn("not-the-password");

        bed.waits().forNode(".error-dialog");
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText()).isEqualTo("Authentication failed.");
        robot.clickOn(bed.button("Close"));
        bed.waits().forText("Connection failed");
    }

    @Test
    void changedCertificateBlocksTheConnection() throws Exception {
        SimulatorFixture fixture = bed.simulator(SimulatorConfig.builder()
                .keystore(Path.of(getClass().getResource("/com/ovconsole/sim/other-appliance.p12").toURI()),
                        "changeit".toCharArray()));
        bed.storeAppliance("Lab appliance", fixture.address(), DEMO_PIN);
        bed.waits().forText("Lab appliance");

        bed.clickAppliance("Lab appliance");
        bed.key(KeyCode.ENTER);
        bed.waits().forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #previous").queryAs(Label.class).getAccessibleText()).isEqualTo(DEMO_PIN);
        assertThat(robot.lookup("The certificate of Lab appliance has changed").tryQuery()).isPresent();
        bed.save(".certificate-dialog", "certificate-changed-dialog.png");
        bed.keyIn(".certificate-dialog", KeyCode.ENTER);

        bed.waits().forText("The changed certificate was not trusted; the connection was stopped.");
        assertThat(robot.lookup(".login-dialog").tryQuery()).isEmpty();
        assertThat(fixture.simulator().requestCount()).isZero();
    }

    @Test
    void demoApplianceConnectsWithThePasswordAdmin() throws Exception {
        bed.waits().forText("Demo appliance (built in)");

        bed.clickAppliance("Demo appliance (built in)");
        bed.key(KeyCode.ENTER);
        bed.logIn(ConsoleWindowBed.PASSWORD);

        bed.waits().forText("API 3800 · Administrator");
        bed.waits().forText("240");
        assertThat(robot.lookup(".certificate-dialog").tryQuery()).isEmpty();
        bed.saveWindow("connected-overview.png");
    }

    @Test
    void twoAppliancesAreConnectedAtOnceAndTheWorkspaceFollowsTheSelection() throws Exception {
        SimulatorFixture lab = bed.simulator(SimulatorConfig.builder().profiles(64).apiVersion(2400));
        bed.storeAppliance("Lab appliance", lab);
        bed.waits().forText("Lab appliance");

        bed.connect("Demo appliance (built in)");
        bed.waits().forText("API 3800 · Administrator");
        bed.connect("Lab appliance");
        bed.waits().forText("API 2400 · Administrator");

        bed.waits().until("lab workspace", () -> "Lab appliance".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        bed.waits().forText("64");
        bed.clickAppliance("Demo appliance (built in)");
        bed.waits().until("demo workspace", () -> "Demo appliance (built in)".equals(
                robot.lookup(".workspace-title").queryAs(Label.class).getText()));
        bed.waits().forText("240");
        bed.clickAppliance("Lab appliance");
        bed.waits().forText("64");
        bed.saveWindow("main-window-two-appliances.png");
    }

    @Test
    void expiredSessionAsksForThePasswordOnF5AndTheRefreshCarriesOn() throws Exception {
        SimulatorFixture lab = bed.simulator(SimulatorConfig.builder().profiles(64));
        bed.storeAppliance("Lab appliance", lab);
        bed.waits().forText("Lab appliance");
        bed.connect("Lab appliance");
        bed.waits().forText("64");

        lab.simulator().expireSessions();
        bed.key(KeyCode.F5);

        bed.waits().forNode(".login-dialog");
        bed.waits().forText("Session expired on Lab appliance");
        bed.save(".login-dialog", "relogin-dialog.png");
        bed.enterPassword(ConsoleWindowBed.PASSWORD);
        long listReads = lab.simulator().requestCount("/rest/server-profiles");
        robot.clickOn(bed.button("Log in"));

        bed.waits().until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
        // "64" was on screen before F5 too: the proof is a new session and the list read in it.
        bed.waits().until("the refresh carried on in a new session", () -> lab.simulator().sessionsOpened() >= 2
                && lab.simulator().requestCount("/rest/server-profiles") > listReads);
        bed.waits().forText("64");
        bed.waits().forText("API 3800 · Administrator");
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
    }

    @Test
    void unreachablePortEndsInAClearErrorWithoutFreezing() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        bed.storeAppliance("Nowhere", "127.0.0.1:" + closedPort, null);
        bed.waits().forText("Nowhere");

        bed.clickAppliance("Nowhere");
        robot.clickOn("#connectButton");

        bed.waits().forNode(".error-dialog");
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText()).contains("Cannot connect to 127.0.0.1");
        robot.clickOn(bed.button("Close"));
    }
}
