package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The appliance's certificate changes while the user works (the simulator rotates it): the whole
 * window says so, open editors keep their edits, and reviewing and trusting the new certificate
 * brings the appliance back without Disconnect + Connect.
 */
class CertificateChangeWindowTest {

    private static final String LAB = "Lab appliance";

    private ConsoleWindowBed bed;
    private FxRobot robot;

    @BeforeEach
    void open() throws Exception {
        bed = ConsoleWindowBed.open("certificate");
        robot = bed.robot();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @Test
    void aChangedCertificateShowsEverywhereKeepsTheEditorAndIsTrustedFromTheBanner() throws Exception {
        SimulatorFixture lab = bed.simulator(SimulatorConfig.builder().profiles(40));
        String oldPin = lab.simulator().certificateSha256();
        bed.storeAppliance(LAB, lab);
        bed.connect(LAB);
        bed.waits().forText("API 3800 \u00b7 Administrator");
        // Issue 13: each connect used to ask for the version twice.
        assertThat(lab.simulator().requestCount("/rest/version")).isEqualTo(1);
        bed.selectTab("Server Profiles");
        bed.waits().until("40 of 40", () -> summary().equals("40 of 40"));
        TextField description = openTheFirstEditorAndType("typed before the certificate changed");
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> "All profiles".equals(label.getText()))
                .queryAs(Node.class));

        lab.simulator().rotateCertificate();
        bed.key(KeyCode.F5);

        bed.waits().forText("Certificate changed \u00b7 review it");
        bed.waits().until("banner", () -> bed.visible(".certificate-banner"));
        bed.waits().forText("The server profiles could not be read.");
        assertThat(bed.statusBar()).isEqualTo(LAB + ": the certificate changed; nothing is sent until you review it.");
        assertThat(robot.lookup(".label").match((Labeled label) -> label.getText() != null
                && (label.getText().contains("No server profiles match") || label.getText().contains("API 3800 \u00b7 Administrator")))
                .tryQuery()).isEmpty();
        assertThat(summary()).isEmpty();
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
        assertThat(bed.visible("#reviewCertificateButton")).isTrue();
        assertThat(description.getScene()).isNotNull();
        bed.saveWindow("certificate-changed-window.png");

        robot.clickOn("#reviewCertificate");
        bed.waits().forNode(".certificate-dialog");
        assertThat(robot.lookup(".certificate-dialog #previous").queryAs(Label.class).getAccessibleText()).isEqualTo(oldPin);
        assertThat(robot.lookup(".certificate-dialog #sha256").queryAs(Label.class).getAccessibleText())
                .isEqualTo(lab.simulator().certificateSha256()).isNotEqualTo(oldPin);
        bed.save(".certificate-dialog", "certificate-changed-review.png");
        robot.clickOn(bed.button("Trust the new certificate"));

        bed.waits().forText("API 3800 \u00b7 Administrator");
        bed.waits().until("40 of 40 again", () -> summary().equals("40 of 40"));
        bed.waits().until("banner gone", () -> !bed.visible(".certificate-banner"));
        assertThat(bed.statusBar()).isEqualTo("Connected to " + LAB + ": the new certificate is trusted.");
        assertThat(bed.visible("#reviewCertificateButton")).isFalse();
        assertThat(description.getText()).isEqualTo("typed before the certificate changed");
        assertThat(new ApplianceStore(bed.configDir()).load().value()).filteredOn(entry -> !entry.demo()).singleElement()
                .extracting(ApplianceEntry::pinnedCertificateSha256).isEqualTo(lab.simulator().certificateSha256());
        assertThat(lab.simulator().sessionsOpened()).isEqualTo(1);
        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
        bed.selectTab("Overview");
        bed.waits().until("the overview shows the new pin", () -> robot.lookup("#certificate")
                .match((Label label) -> label.isVisible()
                        && lab.simulator().certificateSha256().equals(label.getAccessibleText()))
                .tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private TextField openTheFirstEditorAndType(String text) throws Exception {
        TableView<Object> table = robot.lookup(".profile-table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        robot.clickOn(robot.lookup(".profiles-tabs #editButton").queryAs(Node.class));
        Predicate<Node> descriptionField = node -> node instanceof TextField field
                && "Description".equals(field.getAccessibleText()) && field.isVisible();
        bed.waits().until("editor open", () -> robot.lookup(descriptionField).tryQuery().isPresent());
        TextField description = robot.lookup(descriptionField).queryAs(TextField.class);
        bed.waits().until("description loaded", () -> description.getText() != null);
        robot.clickOn(description);
        bed.shortcut(KeyCode.A);
        bed.write(text);
        bed.waits().until("typed", () -> text.equals(description.getText()));
        return description;
    }

    private String summary() {
        return robot.lookup(".profiles-summary").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }
}
