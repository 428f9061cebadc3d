package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** A running simulator changes its certificate: plain TLS clients see the new one, sessions live on. */
class CertificateRotationTest {

    @Test
    void aRotatedCertificateIsServedOnTheSamePortAndSessionsSurvive() {
        try (ApplianceSimulator simulator = ApplianceSimulator.start(SimulatorConfig.builder().profiles(3).build())) {
            SimClient trustsDemo = new SimClient(simulator, 3800).login();
            String before = simulator.certificateSha256();
            int port = simulator.port();

            simulator.rotateCertificate();

            assertThat(simulator.port()).isEqualTo(port);
            assertThat(simulator.certificateSha256()).isNotEqualTo(before).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThatThrownBy(() -> trustsDemo.get("/rest/version")).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
            SimClient trustsRenewed = new SimClient(simulator, 3800, TlsMaterial.RENEWED_KEYSTORE,
                    ApplianceSimulator.class);
            assertThat(trustsRenewed.get("/rest/version").statusCode()).isEqualTo(200);
            // The session opened before the change still works over the new certificate.
            assertThat(trustsRenewed.get("/rest/server-profiles", "auth", trustsDemo.session()).statusCode())
                    .isEqualTo(200);

            simulator.rotateCertificate();

            assertThat(simulator.certificateSha256()).isEqualTo(before);
            assertThat(trustsDemo.get("/rest/version").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestsAreCountedPerPath() {
        try (ApplianceSimulator simulator = ApplianceSimulator.start(SimulatorConfig.builder().profiles(0).build())) {
            SimClient client = new SimClient(simulator, 3800);
            client.get("/rest/version");
            client.get("/rest/version/");
            client.get("/rest/logindetails");

            assertThat(simulator.requestCount("/rest/version")).isEqualTo(2);
            assertThat(simulator.requestCount("/rest/logindetails")).isEqualTo(1);
            assertThat(simulator.requestCount("/rest/tasks")).isZero();
        }
    }
}
