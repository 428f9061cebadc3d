package com.ovconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No code path builds a trust-all TrustManager or switches hostname checks off (compiled classes). */
class TlsChecksTest {

    private static final Path MAIN_CLASSES = Path.of("target/classes");
    private static final Path FIXTURES = Path.of("target/test-classes/com/ovconsole/security/fixtures");

    @Test
    void mainClassesHaveOnlyThePinningTrustManagerAndNoHostnameSwitch() {
        Map<String, ClassFile> classes = TlsRules.scan(MAIN_CLASSES);

        assertThat(classes).as("the scan saw the whole module").hasSizeGreaterThan(200)
                .containsKeys(TlsRules.PINNING, "com/ovconsole/api/Transport", "com/ovconsole/sim/TlsMaterial");
        ClassFile pinning = classes.get(TlsRules.PINNING);
        assertThat(TlsRules.isTrustManager(pinning, classes)).isTrue();
        assertThat(pinning.methods()).filteredOn(m -> m.name().equals("checkServerTrusted")).hasSize(3)
                .noneMatch(ClassFile.Method::doesNothing);
        assertThat(TlsRules.violations(classes)).isEmpty();
    }

    @Test
    void plantedTrustAllManagerAndHostnameSwitchesAreCaught() {
        Map<String, ClassFile> fixtures = TlsRules.scan(FIXTURES);

        assertThat(TlsRules.violations(fixtures)).containsExactlyInAnyOrder(
                "com.ovconsole.security.fixtures.TrustEverything is a TrustManager; only the pinning one may exist",
                "com.ovconsole.security.fixtures.TrustEverything.checkServerTrusted"
                        + "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V accepts every certificate",
                "com.ovconsole.security.fixtures.LaxHostnames calls setHostnameVerifier",
                "com.ovconsole.security.fixtures.LaxHostnames names jdk.internal.httpclient.disableHostnameVerification",
                "com.ovconsole.security.fixtures.LaxHostnames.anyHost makes a HostnameVerifier");
    }

    @Test
    void aTrustManagerThatInheritsTheTrustAllIsCaughtToo() {
        Map<String, ClassFile> fixtures = new java.util.TreeMap<>(TlsRules.scan(FIXTURES));
        ClassFile base = fixtures.get("com/ovconsole/security/fixtures/TrustEverything");
        fixtures.put("com/ovconsole/app/Sneaky", new ClassFile("com/ovconsole/app/Sneaky", base.name(),
                java.util.List.of(), java.util.Set.of(), java.util.Set.of(), java.util.List.of()));

        assertThat(TlsRules.violations(fixtures))
                .contains("com.ovconsole.app.Sneaky is a TrustManager; only the pinning one may exist");
    }
}
