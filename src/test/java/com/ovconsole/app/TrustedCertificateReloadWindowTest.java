package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The certificate changes mid-session and two tabs read through the refused connection: once the
 * user trusts the new certificate, the tab not on screen reloads too (it kept its failure until F5).
 */
class TrustedCertificateReloadWindowTest {

    private static final String LAB = "Lab appliance";
    private static final String HARDWARE_FAILED = "The servers could not be read.";

    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("trust-reload");
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTabOfTheApplianceReloadsOnceTheNewCertificateIsTrusted() throws Exception {
        SimulatorFixture lab = bed.simulator(SimulatorConfig.builder().profiles(8).servers(12));
        bed.storeAppliance(LAB, lab);
        bed.connect(LAB);
        bed.selectTab("Server Hardware");
        TableView<Object> servers = robot.lookup(".hardware-table").queryAs(TableView.class);
        bed.waits().until("servers listed", () -> servers.getItems().size() == 12);

        lab.simulator().rotateCertificate();
        bed.key(KeyCode.F5);
        bed.waits().until("hardware failed", () -> servers.getItems().isEmpty() && shows(HARDWARE_FAILED));
        bed.selectTab("Server Profiles");
        bed.key(KeyCode.F5);
        bed.waits().until("the review offered", () -> shows("Certificate changed \u00b7 review it")
                && bed.visible("#reviewCertificate"));

        robot.clickOn("#reviewCertificate");
        bed.waits().forNode(".certificate-dialog");
        robot.clickOn(bed.button("Trust the new certificate"));
        bed.waits().until("connected again", () -> shows("API 3800 \u00b7 Administrator"));

        // Not on screen when the certificate was trusted, and no F5 since.
        bed.selectTab("Server Hardware");
        bed.waits().until("servers listed again", () -> servers.getItems().size() == 12 && !shows(HARDWARE_FAILED));
        bed.saveWindow("trusted-certificate-hardware-reloaded.png");
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
    }

    private boolean shows(String text) {
        return robot.lookup(".label").match((Labeled label) -> label.getText() != null && label.getText().contains(text)
                && label.isVisible() && label.getScene() != null).tryQuery().isPresent();
    }
}
