package com.ovconsole.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.CertificateInfo;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The simulator changes its certificate while the user is signed in (over HTTPS, no toolkit). */
class CertificateChangedMidSessionTest {

    @TempDir
    Path configDir;

    private SimulatorFixture fixture;

    @AfterEach
    void stopSimulator() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theApplianceShowsTheChangeKeepsItsSessionAndIsUsableOnceTheNewCertificateIsTrusted() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        String oldPin = fixture.simulator().certificateSha256();
        ApplianceItem item = harness.appliance("Lab", fixture.address(), oldPin);
        harness.list.selectedProperty().set(item);
        harness.list.connect(item);
        ConnectedAppliance appliance = item.getConnected();
        List<ConnectedAppliance> reloaded = new ArrayList<>();
        harness.list.onCertificateTrusted(reloaded::add);

        fixture.simulator().rotateCertificate();
        assertThatThrownBy(() -> readProfiles(appliance)).isInstanceOf(CertificateChangedException.class);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CERTIFICATE_CHANGED);
        assertThat(item.getDetail()).contains("another certificate");
        assertThat(harness.list.statusTextProperty().get())
                .isEqualTo("Lab: the certificate changed; nothing is sent until you review it.");
        assertThat(harness.list.selectedCertificateChangedProperty().get()).isTrue();
        assertThat(harness.list.canConnectProperty().get()).isFalse();
        assertThat(harness.list.canDisconnectProperty().get()).isTrue();
        // The workspace keeps its views: the appliance did not leave.
        assertThat(harness.list.getConnectedAppliances()).containsExactly(appliance);
        assertThat(harness.list.selectedConnectedProperty().get()).isSameAs(appliance);

        harness.prompts.trust = false;
        harness.list.reviewSelectedCertificate();
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CERTIFICATE_CHANGED);
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256()).isEqualTo(oldPin);

        harness.prompts.trust = true;
        harness.list.reviewSelectedCertificate();

        assertThat(harness.prompts.certificates).hasSize(2).allSatisfy(question -> {
            assertThat(question.isChanged()).isTrue();
            assertThat(question.getPreviousSha256()).isEqualTo(CertificateInfo.normalizeFingerprint(oldPin));
            assertThat(question.getSha256()).isEqualTo(fixture.simulator().certificateSha256());
        });
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(item.getChangedCertificate()).isNull();
        assertThat(harness.list.selectedCertificateChangedProperty().get()).isFalse();
        assertThat(harness.list.statusTextProperty().get()).isEqualTo("Connected to Lab: the new certificate is trusted.");
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256())
                .isEqualTo(fixture.simulator().certificateSha256());
        assertThat(reloaded).containsExactly(appliance);
        assertThat(readProfiles(appliance).get("total").asInt()).isPositive();
        assertThat(fixture.simulator().sessionsOpened()).isEqualTo(1);
        assertThat(harness.dialogs.errors).isEmpty();
    }

    @Test
    void aSessionGoneWithTheOldCertificateIsRenewedWithThePasswordAndTheCallGoesOn() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());
        harness.list.connect(item);
        ConnectedAppliance appliance = item.getConnected();

        fixture.simulator().rotateCertificate();
        fixture.simulator().expireSessions();
        assertThatThrownBy(() -> readProfiles(appliance)).isInstanceOf(CertificateChangedException.class);
        harness.list.reviewCertificate(item);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);

        assertThat(readProfiles(appliance).get("total").asInt()).isPositive();

        assertThat(harness.prompts.relogins).hasSize(1);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(fixture.simulator().sessionsOpened()).isEqualTo(2);
        assertThat(item.getConnected()).isSameAs(appliance);
    }

    @Test
    void errorDialogsOfTheChangeAreLeftToTheApplianceState() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        CertificateChangedErrors errors = new CertificateChangedErrors(harness.dialogs);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());
        harness.list.connect(item);
        fixture.simulator().rotateCertificate();
        CertificateChangedException changed = null;
        try {
            readProfiles(item.getConnected());
        } catch (CertificateChangedException refused) {
            changed = refused;
        }

        errors.showError(changed);
        errors.showError(new IllegalStateException("wrapped", changed));
        errors.showError(new IllegalStateException("something else"));

        assertThat(harness.dialogs.errors).hasSize(1);
    }

    /** A read refused just before Trust is heard just after it: the appliance stays connected. */
    @Test
    void aRefusalHeardAfterTheCertificateWasTrustedChangesNothing() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());
        harness.list.connect(item);
        fixture.simulator().rotateCertificate();
        CertificateChangedException refused = catchThrowableOfType(CertificateChangedException.class,
                () -> readProfiles(item.getConnected()));
        harness.prompts.trust = true;
        harness.list.reviewCertificate(item);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        List<String> status = new ArrayList<>();
        CertificateChanges late = new CertificateChanges(harness.messages, harness.prompts, harness.store,
                BackgroundRunner.sameThread(), harness.dialogs, harness.flow, status::add);

        late.changed(item, refused);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(item.getChangedCertificate()).isNull();
        assertThat(status).isEmpty();
    }

    private static JsonNode readProfiles(ConnectedAppliance appliance) {
        return appliance.client().get("/rest/server-profiles?count=1", JsonNode.class).value();
    }
}
