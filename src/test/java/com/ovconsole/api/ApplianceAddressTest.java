package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplianceAddressTest {

    @Test
    void hostPortAndUrlFormsAreAccepted() {
        assertThat(ApplianceAddress.parse("ov.example.com")).isEqualTo(new ApplianceAddress("ov.example.com", 443));
        assertThat(ApplianceAddress.parse(" ov.example.com:8443 ")).isEqualTo(new ApplianceAddress("ov.example.com", 8443));
        assertThat(ApplianceAddress.parse("https://10.0.0.5:8443/")).isEqualTo(new ApplianceAddress("10.0.0.5", 8443));
        assertThat(ApplianceAddress.parse("[fe80::1]:9443").bareHost()).isEqualTo("fe80::1");
        assertThat(ApplianceAddress.parse("https://ov").resolve("/rest/version").toString())
                .isEqualTo("https://ov/rest/version");
    }

    @Test
    void badAddressesGetAClearMessage() {
        assertThatThrownBy(() -> ApplianceAddress.parse("")).hasMessageContaining("Enter the appliance");
        assertThatThrownBy(() -> ApplianceAddress.parse("http://ov")).hasMessageContaining("HTTPS only");
        assertThatThrownBy(() -> ApplianceAddress.parse("ov:99999")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> ApplianceAddress.parse("ov bad")).hasMessageContaining("not a valid host");
        assertThatThrownBy(() -> ApplianceAddress.parse("https://ov/rest/x")).hasMessageContaining("only the appliance's host");
    }

    @Test
    void manualProxyNeedsHostAndPort() {
        assertThatThrownBy(() -> ApplianceClient.builder("ov").proxy("proxy.example.com"))
                .hasMessageContaining("host:port");
        assertThat(ApplianceClient.builder("ov").proxy("proxy.example.com:3128").build()).isNotNull();
        assertThat(ApplianceClient.builder("ov").proxy("http://proxy.example.com:3128").build()).isNotNull();
    }

    @Test
    void userNamesSplitIntoUserAndDomain() {
        assertThat(UserName.parse("CORP\\alice")).isEqualTo(new UserName("alice", Optional.of("CORP")));
        assertThat(UserName.parse("alice@corp.example")).isEqualTo(new UserName("alice", Optional.of("corp.example")));
        assertThat(UserName.parse("administrator")).isEqualTo(new UserName("administrator", Optional.empty()));
        assertThat(new Credentials("CORP\\alice", "pw".toCharArray(), "LAB", false).loginDomain()).isEqualTo("LAB");
        assertThat(new Credentials("alice", "pw".toCharArray(), null, false).loginDomain()).isEqualTo("LOCAL");
    }

    @Test
    void credentialsNeverShowThePassword() {
        Credentials credentials = new Credentials("alice", "hunter2".toCharArray(), "LOCAL", false);

        assertThat(credentials.toString()).doesNotContain("hunter2").contains("alice");
        credentials.wipe();
        assertThat(credentials.password()).containsOnly('\0');
    }
}
