package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CertificatePinningTest {

    private static final String VERSION = "{\"currentVersion\":3800,\"minimumVersion\":120}";

    private TestAppliance appliance;

    @AfterEach
    void stop() {
        if (appliance != null) {
            appliance.close();
        }
    }

    @Test
    void firstContactFailsWithTheServersCertificateAndSendsNoRequest() {
        appliance = TestAppliance.start("appliance-a").json("/rest/version", 200, VERSION);
        ApplianceClient client = ApplianceClient.builder(appliance.address()).build();

        UntrustedCertificateException untrusted = catchThrowableOfType(UntrustedCertificateException.class,
                client::version);

        CertificateInfo info = untrusted.certificate();
        assertThat(info.sha256()).isEqualTo(TestAppliance.fingerprint("appliance-a"));
        assertThat(info.subject()).contains("CN=appliance-a.test");
        assertThat(info.issuer()).contains("CN=appliance-a.test");
        assertThat(info.subjectAltNames()).contains("DNS:localhost", "IP:127.0.0.1");
        assertThat(info.notBefore()).isBefore(Instant.now());
        assertThat(info.notAfter()).isAfter(Instant.now());
        assertThat(info.hostMatches()).isTrue();
        assertThat(untrusted.getMessage()).contains(info.sha256());
        assertThat(appliance.seen).as("nothing beyond the handshake").isEmpty();
    }

    @Test
    void pinnedCertificateIsTrustedEvenByIpWithoutHostnameChecks() {
        appliance = TestAppliance.start("appliance-b").json("/rest/version", 200, VERSION);
        ApplianceClient client = ApplianceClient.builder(appliance.address())
                .pinnedSha256(TestAppliance.fingerprint("appliance-b").toLowerCase()).build();

        assertThat(client.version().currentVersion()).isEqualTo(3800);
    }

    @Test
    void certificateNamingAnotherHostIsReportedAsAMismatch() {
        appliance = TestAppliance.start("appliance-b").json("/rest/version", 200, VERSION);
        ApplianceClient client = ApplianceClient.builder(appliance.address()).build();

        UntrustedCertificateException untrusted = catchThrowableOfType(UntrustedCertificateException.class,
                client::version);

        assertThat(untrusted.certificate().hostMatches()).isFalse();
        assertThat(untrusted.certificate().subjectAltNames()).containsExactly("DNS:appliance-b.example");
    }

    @Test
    void anotherCertificateThanThePinnedOneIsRefusedWithBothFingerprints() {
        appliance = TestAppliance.start("appliance-b").json("/rest/version", 200, VERSION);
        String pinnedA = TestAppliance.fingerprint("appliance-a");
        ApplianceClient client = ApplianceClient.builder(appliance.address()).pinnedSha256(pinnedA).build();

        CertificateChangedException changed = catchThrowableOfType(CertificateChangedException.class, client::version);

        assertThat(changed.pinnedSha256()).isEqualTo(pinnedA);
        assertThat(changed.presented().sha256()).isEqualTo(TestAppliance.fingerprint("appliance-b"));
        assertThat(changed.getMessage()).contains(pinnedA, changed.presented().sha256());
        assertThat(appliance.seen).isEmpty();
    }

    @Test
    void probeFetchesTheCertificateWithoutSendingARequest() {
        appliance = TestAppliance.start("appliance-b").json("/rest/version", 200, VERSION);

        CertificateInfo info = CertificateProbe.fetch("https://" + appliance.address(), null, Duration.ofSeconds(5));

        assertThat(info.sha256()).isEqualTo(TestAppliance.fingerprint("appliance-b"));
        assertThat(appliance.seen).isEmpty();
    }

    @Test
    void malformedPinIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ApplianceClient.builder("ov.example").pinnedSha256("12:34"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 hex pairs");
    }
}
