package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplianceSimulatorMainTest {

    @Test
    void flagsBecomeTheConfig() {
        SimulatorConfig config = ApplianceSimulatorMain.parse(new String[] {"--port", "0", "--api-version", "1600",
            "--min-api-version", "3", "--profiles", "250", "--seed", "7", "--task-seconds", "2", "--backup-bytes", "1024",
            "--latency-ms", "20", "--fault-rate", "0.25", "--session-idle-seconds", "90", "--startup-seconds", "5",
            "--user", "ops", "--password", "secret", "--login-banner", "Authorized use only.", "--download-chunked"});

        assertThat(config.port()).isZero();
        assertThat(config.apiVersion()).isEqualTo(1600);
        assertThat(config.minApiVersion()).isEqualTo(3);
        assertThat(config.profiles()).isEqualTo(250);
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.taskSeconds()).isEqualTo(2);
        assertThat(config.backupBytes()).isEqualTo(1024);
        assertThat(config.latencyMs()).isEqualTo(20);
        assertThat(config.faultRate()).isEqualTo(0.25);
        assertThat(config.sessionIdleSeconds()).isEqualTo(90);
        assertThat(config.startupSeconds()).isEqualTo(5);
        assertThat(config.user()).isEqualTo("ops");
        assertThat(config.loginBanner()).isEqualTo("Authorized use only.");
        assertThat(config.downloadChunked()).isTrue();
    }

    @Test
    void defaultsListenOn8443AsAHealthyAppliance() {
        SimulatorConfig config = ApplianceSimulatorMain.parse(new String[0]);

        assertThat(config.port()).isEqualTo(8443);
        assertThat(config.apiVersion()).isEqualTo(3800);
        assertThat(config.taskWarningRate()).isZero();
        assertThat(config.taskErrorRate()).isZero();
        assertThat(config.faultRate()).isZero();
        assertThat(config.latencyMs()).isZero();
        assertThat(config.startupSeconds()).isZero();
        assertThat(config.dropDownloadAfterBytes()).isNegative();
    }

    @Test
    void faultsDemoTurnsOnTheDocumentedMixAndLaterFlagsRefineIt() {
        SimulatorConfig demo = ApplianceSimulatorMain.parse(new String[] {"--faults", "demo"});
        SimulatorConfig refined = ApplianceSimulatorMain.parse(
                new String[] {"--task-error-rate", "0.5", "--faults", "DEMO"});
        SimulatorConfig none = ApplianceSimulatorMain.parse(new String[] {"--faults", "none"});

        assertThat(demo.taskWarningRate()).isEqualTo(FaultMix.DEMO.taskWarningRate()).isPositive();
        assertThat(demo.taskErrorRate()).isEqualTo(FaultMix.DEMO.taskErrorRate()).isPositive();
        assertThat(demo.faultRate()).isEqualTo(FaultMix.DEMO.faultRate()).isPositive();
        assertThat(refined.taskErrorRate()).isEqualTo(0.5);
        assertThat(refined.taskWarningRate()).isEqualTo(FaultMix.DEMO.taskWarningRate());
        assertThat(none.taskErrorRate() + none.taskWarningRate() + none.faultRate()).isZero();
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--faults", "chaos"}))
                .hasMessageContaining("--faults").hasMessageContaining("chaos");
    }

    @Test
    void builderDefaultsAreTheNoneMix() {
        SimulatorConfig plain = SimulatorConfig.builder().build();
        SimulatorConfig none = SimulatorConfig.builder().faults(FaultMix.DEMO).faults(FaultMix.NONE).build();

        assertThat(plain.taskWarningRate() + plain.taskErrorRate() + plain.faultRate() + plain.latencyMs()).isZero();
        assertThat(none.taskWarningRate() + none.taskErrorRate() + none.faultRate() + none.latencyMs()).isZero();
    }

    @Test
    void unknownFlagMissingValueAndBadNumberAreNamedInTheMessage() {
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--colour", "red"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--port"}))
                .hasMessageContaining("missing value for --port");
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--profiles", "many"}))
                .hasMessageContaining("--profiles").hasMessageContaining("many");
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--profiles", "20000"}))
                .hasMessageContaining("profiles");
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--keystore", "x.p12"}))
                .hasMessageContaining("--keystore-password");
    }

    @Test
    void helpIsRecognised() {
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--help"}))
                .isInstanceOf(ApplianceSimulatorMain.HelpRequested.class);
        assertThat(ApplianceSimulatorMain.USAGE).contains("--port").contains("--faults").contains("--fault-rate").contains("--keystore");
    }

    @Test
    void serversFlagSetsTheHardwareCountAndRefusesFewerServersThanProfiles() {
        SimulatorConfig big = ApplianceSimulatorMain.parse(new String[] {"--servers", "5000"});
        SimulatorConfig derived = ApplianceSimulatorMain.parse(new String[] {"--profiles", "80"});

        assertThat(big.serverCount()).isEqualTo(5000);
        assertThat(derived.serverCount()).isEqualTo(90);
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--profiles", "100", "--servers", "50"}))
                .hasMessageContaining("servers");
        assertThatThrownBy(() -> ApplianceSimulatorMain.parse(new String[] {"--servers", "30000"}))
                .hasMessageContaining("servers");
        assertThat(ApplianceSimulatorMain.USAGE).contains("--servers");
    }
}
