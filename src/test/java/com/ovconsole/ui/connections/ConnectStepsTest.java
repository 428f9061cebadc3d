package com.ovconsole.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.ApplianceUnreachableException;
import com.ovconsole.api.UnsupportedApiVersionException;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step of the connect flow against the real simulator over HTTPS, without a toolkit. */
class ConnectStepsTest {

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
    void unknownCertificateIsShownThenPinnedAndTheUserLogsIn() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), null);

        harness.list.connect(item);

        assertThat(harness.prompts.certificates).singleElement().satisfies(question -> {
            assertThat(question.isChanged()).isFalse();
            assertThat(question.getSha256()).isEqualTo(fixture.simulator().certificateSha256());
            assertThat(question.getSubject()).contains("CN=oneview-demo.example.local");
            assertThat(question.getSubjectAltNames()).contains("IP:127.0.0.1");
            assertThat(question.getHostMismatch()).isEmpty();
            assertThat(question.getCompareHint()).contains("Settings > Security");
        });
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(item.apiVersionProperty().get()).isEqualTo("API 3800");
        assertThat(item.getSignedInUser()).isEqualTo("Administrator");
        assertThat(item.getConnected().client().isLoggedIn()).isTrue();
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256())
                .isEqualTo(fixture.simulator().certificateSha256());
        assertThat(harness.list.statusTextProperty().get()).isEqualTo("Connected to Lab: API 3800 (min 120), using 3800");
        assertThat(harness.dialogs.errors).isEmpty();
    }

    @Test
    void pinnedAndUnchangedCertificateConnectsWithoutAsking() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());

        harness.list.connect(item);

        assertThat(harness.prompts.certificates).isEmpty();
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void eachConnectAsksForTheVersionOnce() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());

        harness.list.connect(item);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(fixture.simulator().requestCount("/rest/version")).isEqualTo(1);
        assertThat(item.getConnected().client().apiVersion()).isEqualTo(3800);

        harness.list.disconnect(item);
        harness.list.connect(item);
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(fixture.simulator().requestCount("/rest/version")).isEqualTo(2);
    }

    @Test
    void refusingAnUnknownCertificateSendsNoRequestAndStaysDisconnected() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), null);
        harness.prompts.trust = false;

        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(item.getDetail()).contains("not trusted");
        assertThat(fixture.simulator().requestCount()).isZero();
        assertThat(harness.prompts.logins).isEmpty();
        assertThat(harness.dialogs.errors).isEmpty();
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256()).isNull();
    }

    @Test
    void changedCertificateBlocksUntilTheUserExplicitlyTrustsTheNewOne() throws Exception {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().keystore(otherKeystore(), "changeit".toCharArray()));
        String oldPin = "45:75:A9:E1:B7:E0:34:0A:4D:0E:19:F5:37:5C:90:18:4C:44:BA:B0:E4:14:F4:A8:8D:5A:9E:2A:80:4D:A6:8B";
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), oldPin);
        harness.prompts.trust = false;

        harness.list.connect(item);

        CertificateTrustViewModel warning = harness.prompts.certificates.get(0);
        assertThat(warning.isChanged()).isTrue();
        assertThat(warning.getPreviousSha256()).isEqualTo(oldPin);
        assertThat(warning.getSha256()).isEqualTo(fixture.simulator().certificateSha256()).isNotEqualTo(oldPin);
        assertThat(warning.getTitle()).isEqualTo("Certificate changed");
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(fixture.simulator().requestCount()).isZero();
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256()).isEqualTo(oldPin);

        harness.prompts.trust = true;
        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256())
                .isEqualTo(fixture.simulator().certificateSha256());
    }

    @Test
    void applianceOutsideTheConsolesApiRangeIsRefusedWithAnExplanation() {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().apiVersion(100).minApiVersion(3));
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Old", fixture.address(), fixture.simulator().certificateSha256());

        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(harness.dialogs.errors).singleElement().isInstanceOf(UnsupportedApiVersionException.class);
        assertThat(item.getDetail()).contains("API 100").contains("at least API 120");
        assertThat(harness.prompts.logins).isEmpty();
    }

    @Test
    void wrongPasswordShowsTheAppliancesErrorMessage() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());
        harness.prompts.password = "wrong";

        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(harness.dialogs.errors).singleElement().isInstanceOfSatisfying(ApplianceErrorException.class,
                error -> assertThat(error.errorCode()).isEqualTo("AUTHN_AUTH_FAIL"));
        assertThat(item.getConnected()).isNull();
    }

    @Test
    void loginDomainsComeFromTheApplianceWithItsDefaultPreselected() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());

        harness.list.connect(item);

        LoginViewModel login = harness.prompts.logins.get(0);
        assertThat(login.getDomains()).containsExactly("LOCAL");
        assertThat(login.domainProperty().get()).isEqualTo("LOCAL");
        assertThat(login.userNameProperty().get()).isEqualTo("Administrator");
        assertThat(login.passwordProperty().get()).as("password cleared after use").isEmpty();
    }

    @Test
    void loginBannerMustBeAcknowledgedBeforeLoggingIn() {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().loginBanner("Authorized use only."));
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", fixture.address(), fixture.simulator().certificateSha256());
        harness.prompts.acknowledgeBanner = false;

        harness.list.connect(item);

        LoginViewModel refused = harness.prompts.logins.get(0);
        assertThat(refused.getBanner()).isEqualTo("Authorized use only.");
        assertThat(refused.isBannerRequired()).isTrue();
        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);

        harness.prompts.acknowledgeBanner = true;
        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void domainInTheUserNameIsAcceptedInBothForms() {
        fixture = SimulatorFixture.start();
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        String firstId = harness.appliance("A", fixture.address(), fixture.simulator().certificateSha256()).getEntry().id();
        ApplianceItem at = harness.appliance("B", fixture.address(), fixture.simulator().certificateSha256());
        ApplianceItem backslash = harness.list.item(firstId);

        harness.prompts.loginAnswer = login -> {
            login.userNameProperty().set(login.getApplianceName().equals("A") ? "LOCAL\\Administrator" : "Administrator@LOCAL");
            login.domainProperty().set("corp.example.com");
            return true;
        };
        harness.list.connect(backslash);
        harness.list.connect(at);

        assertThat(backslash.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(at.getStatus()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(harness.prompts.logins).allSatisfy(login -> assertThat(login.typedDomainProperty().get()).isTrue());
    }

    @Test
    void closedPortIsRetriedBrieflyThenReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Nowhere", "127.0.0.1:" + closedPort, null);

        harness.list.connect(item);

        assertThat(item.getStatus()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(harness.dialogs.errors).singleElement().isInstanceOf(ApplianceUnreachableException.class);
    }

    static Path otherKeystore() throws Exception {
        return Path.of(ConnectStepsTest.class.getResource("/com/ovconsole/sim/other-appliance.p12").toURI());
    }
}
