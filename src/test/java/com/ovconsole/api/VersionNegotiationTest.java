package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.model.ApiVersionInfo;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionNegotiationTest {

    private TestAppliance appliance;

    @AfterEach
    void stop() {
        if (appliance != null) {
            appliance.close();
        }
    }

    @Test
    void negotiatesTheAppliancesCurrentVersionAndSendsNoVersionOrAuthForIt() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120,\"extra\":{\"x\":1}}");
        ApplianceClient client = pinned(appliance);

        assertThat(client.negotiate()).isEqualTo(3800);
        assertThat(client.apiVersion()).isEqualTo(3800);
        TestAppliance.Seen request = appliance.requestsTo("/rest/version").get(0);
        assertThat(request.header("X-API-Version")).isNull();
        assertThat(request.header("auth")).isNull();
    }

    @Test
    void newerApplianceIsSpokenToAtTheHighestVersionTheConsoleKnows() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":9999,\"minimumVersion\":800}");

        assertThat(pinned(appliance).negotiate()).isEqualTo(ApiVersions.HIGHEST_KNOWN);
    }

    @Test
    void applianceOlderThanTheConsoleIsRefused() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":101,\"minimumVersion\":3}");

        UnsupportedApiVersionException refused = catchThrowableOfType(UnsupportedApiVersionException.class,
                pinned(appliance)::negotiate);

        assertThat(refused.reason()).isEqualTo(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_OLD);
        assertThat(refused.getMessage()).contains("API 101", "1.10", "Update the appliance");
    }

    @Test
    void applianceThatOnlySpeaksNewerApisIsRefused() {
        UnsupportedApiVersionException refused = catchThrowableOfType(UnsupportedApiVersionException.class,
                () -> ApiVersions.negotiate(new ApiVersionInfo(9800, 9000)));

        assertThat(refused.reason()).isEqualTo(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_NEW);
        assertThat(refused.getMessage()).contains("9000", "Update OneView Console");
    }

    @Test
    void releaseNamesFollowTheReleaseTable() {
        assertThat(ApiVersions.releaseName(3800)).isEqualTo("6.60");
        assertThat(ApiVersions.releaseName(120)).isEqualTo("1.20");
        assertThat(ApiVersions.releaseName(1800)).isEqualTo("5.30");
        assertThat(ApiVersions.releaseName(4000)).isEqualTo("7.0");
        assertThat(ApiVersions.releaseName(6400)).isEqualTo("8.90");
        assertThat(ApiVersions.releaseName(7600)).isEqualTo("10.0");
        assertThat(ApiVersions.releaseName(8600)).isEqualTo("11.30");
        assertThat(ApiVersions.releaseName(8200)).isEqualTo("8200");
    }

    @Test
    void laterCallsCarryTheNegotiatedVersionAndTheLocale() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":2000,\"minimumVersion\":120}")
                .json("/rest/logindetails", 200, "{\"allowLocalLogin\":true}");

        ApplianceClient german = ApplianceClient.builder(appliance.address()).locale(Locale.GERMANY)
                .pinnedSha256(TestAppliance.fingerprint("appliance-a")).build();

        german.loginDetails();

        TestAppliance.Seen request = appliance.requestsTo("/rest/logindetails").get(0);
        assertThat(request.header("X-API-Version")).isEqualTo("2000");
        assertThat(request.header("Accept-Language")).isEqualTo("de_DE");
    }

    static ApplianceClient pinned(TestAppliance appliance) {
        return ApplianceClient.builder(appliance.address())
                .pinnedSha256(TestAppliance.fingerprint("appliance-a")).build();
    }
}
