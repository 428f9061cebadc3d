package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeterminismAndCertificateTest {

    private static String allProfiles(long seed) {
        try (ApplianceSimulator simulator = ApplianceSimulator.start(
                SimulatorConfig.builder().seed(seed).profiles(100).clock(MutableClock.atDemoTime()).build())) {
            SimClient client = new SimClient(simulator, 3800).login();
            StringBuilder all = new StringBuilder();
            String next = "/rest/server-profiles?sort=name:asc";
            while (next != null) {
                JsonNode page = SimClient.json(client.get(next));
                all.append(page.get("members"));
                next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asString();
            }
            all.append(SimClient.json(client.get("/rest/server-hardware?count=-1")).get("members"));
            return all.toString();
        }
    }

    @Test
    void twoSimulatorsWithTheSameSeedServeIdenticalProfiles() {
        String first = allProfiles(42);
        String second = allProfiles(42);

        assertThat(first).isEqualTo(second).contains("\"eTag\"");
        assertThat(allProfiles(43)).isNotEqualTo(first);
    }

    @Test
    void demoCertificateFingerprintIsUppercaseHexPairs() {
        try (ApplianceSimulator simulator = ApplianceSimulator.start(SimulatorConfig.builder().profiles(0).build())) {
            assertThat(simulator.certificateSha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThat(simulator.baseUri().toString()).isEqualTo("https://127.0.0.1:" + simulator.port());
        }
    }

    @Test
    void anotherKeystoreServesAnotherCertificate() throws Exception {
        Path other = Path.of(DeterminismAndCertificateTest.class.getResource("other-appliance.p12").toURI());
        try (ApplianceSimulator demo = ApplianceSimulator.start(SimulatorConfig.builder().profiles(0).build());
                ApplianceSimulator otherSim = ApplianceSimulator.start(SimulatorConfig.builder().profiles(0)
                        .keystore(other, "changeit".toCharArray()).build())) {
            assertThat(otherSim.certificateSha256()).isNotEqualTo(demo.certificateSha256())
                    .isEqualTo(fingerprintOf(other));

            SimClient trustsOther = new SimClient(otherSim, 3800, "other-appliance.p12",
                    DeterminismAndCertificateTest.class);
            assertThat(trustsOther.get("/rest/version").statusCode()).isEqualTo(200);
            SimClient trustsDemo = new SimClient(otherSim, 3800);
            assertThatThrownBy(() -> trustsDemo.get("/rest/version")).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }

    private static String fingerprintOf(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(store.getCertificate(store.aliases().nextElement()).getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    @Test
    void badKeystorePasswordFailsWithAClearMessage() throws URISyntaxException {
        Path other = Path.of(DeterminismAndCertificateTest.class.getResource("other-appliance.p12").toURI());
        SimulatorConfig config = SimulatorConfig.builder().keystore(other, "wrong".toCharArray()).build();

        assertThatThrownBy(() -> ApplianceSimulator.start(config)).hasMessageContaining("other-appliance.p12");
    }
}
