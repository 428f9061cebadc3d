package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.CertificateInfo;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.UntrustedCertificateException;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Trust on first use and pinning against the simulator's real certificates; never trust-all. */
class CertificatesAgainstSimulatorTest {

    /** The simulator's built-in demo certificate, as documented in docs/simulator.md. */
    private static final String DEMO_PIN =
            "45:75:A9:E1:B7:E0:34:0A:4D:0E:19:F5:37:5C:90:18:4C:44:BA:B0:E4:14:F4:A8:8D:5A:9E:2A:80:4D:A6:8B";

    @Test
    void pinnedCertificateIsAccepted() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            assertThat(sim.simulator().certificateSha256()).isEqualTo(DEMO_PIN);

            assertThat(sim.clientBuilder().build().version().currentVersion()).isEqualTo(3800);
        }
    }

    @Test
    void firstContactWithoutPinRefusesAndDescribesTheCertificateBeforeAnyRequest() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            ApplianceClient client = ApplianceClient.builder(sim.address()).build();
            long before = sim.simulator().requestCount();

            UntrustedCertificateException untrusted = catchThrowableOfType(UntrustedCertificateException.class,
                    client::negotiate);

            CertificateInfo certificate = untrusted.certificate();
            assertThat(certificate.sha256()).isEqualTo(sim.simulator().certificateSha256());
            assertThat(certificate.host()).isEqualTo("127.0.0.1");
            assertThat(certificate.hostMatches()).isTrue();
            assertThat(certificate.subject()).contains("oneview-demo.example.local");
            assertThat(sim.simulator().requestCount()).isEqualTo(before);
        }
    }

    @Test
    void anotherCertificateThanThePinnedOneIsReportedAsChanged() throws URISyntaxException {
        Path other = Path.of(getClass().getResource("/com/ovconsole/sim/other-appliance.p12").toURI());
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder()
                .keystore(other, "changeit".toCharArray()))) {
            ApplianceClient client = ApplianceClient.builder(sim.address()).pinnedSha256(DEMO_PIN).build();
            long before = sim.simulator().requestCount();

            CertificateChangedException changed = catchThrowableOfType(CertificateChangedException.class,
                    client::negotiate);

            assertThat(CertificateInfo.normalizeFingerprint(changed.pinnedSha256()))
                    .isEqualTo(CertificateInfo.normalizeFingerprint(DEMO_PIN));
            assertThat(changed.presented().sha256()).isEqualTo(sim.simulator().certificateSha256())
                    .isNotEqualTo(DEMO_PIN);
            assertThat(changed.presented().subject()).contains("other-appliance.example.local");
            assertThat(changed.getMessage()).contains(DEMO_PIN).contains(sim.simulator().certificateSha256());
            assertThat(sim.simulator().requestCount()).isEqualTo(before);
        }
    }

    @Test
    void aCertificateChangedMidSessionIsRefusedHeardAndCanBeReTrustedKeepingTheSession() {
        try (SimulatorFixture sim = SimulatorFixture.start()) {
            List<CertificateChangedException> heard = new CopyOnWriteArrayList<>();
            ApplianceClient client = sim.clientBuilder().onCertificateChanged(heard::add).build();
            client.negotiate();
            client.login(new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true));
            assertThat(client.get("/rest/server-profiles?count=1", JsonNode.class).value()).isNotNull();

            sim.simulator().rotateCertificate();
            long before = sim.simulator().requestCount();
            CertificateChangedException changed = catchThrowableOfType(CertificateChangedException.class,
                    () -> client.get("/rest/server-profiles?count=1", JsonNode.class));

            assertThat(changed.presented().sha256()).isEqualTo(sim.simulator().certificateSha256());
            assertThat(heard).containsExactly(changed);
            assertThat(sim.simulator().requestCount()).isEqualTo(before);

            client.trustCertificate(changed.presented().sha256());

            assertThat(client.pinnedSha256()).isEqualTo(sim.simulator().certificateSha256());
            assertThat(client.get("/rest/server-profiles?count=1", JsonNode.class).value().get("total").asInt())
                    .isPositive();
            assertThat(client.isLoggedIn()).isTrue();
            assertThat(sim.simulator().sessionsOpened()).isEqualTo(1);
        }
    }

    /**
     * Several reads meeting the changed certificate at once (a list page beside its background name
     * reads) each say the certificate changed; none reads as a broken connection the user could retry.
     */
    @Test
    void readsRefusedAtTheSameTimeEachSayTheCertificateChanged() throws Exception {
        Path other = Path.of(getClass().getResource("/com/ovconsole/sim/other-appliance.p12").toURI());
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder()
                .keystore(other, "changeit".toCharArray()))) {
            ApplianceClient client = ApplianceClient.builder(sim.address()).pinnedSha256(DEMO_PIN).build();
            int readers = 12;
            CyclicBarrier together = new CyclicBarrier(readers);
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            try {
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    for (int reader = 0; reader < readers; reader++) {
                        outcomes.add(pool.submit(() -> {
                            together.await();
                            return catchThrowable(client::version);
                        }));
                    }
                }
                for (Future<Throwable> outcome : outcomes) {
                    assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(CertificateChangedException.class);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
