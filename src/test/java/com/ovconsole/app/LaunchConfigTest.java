package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ovconsole.sim.FaultMix;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchConfigTest {

    @Test
    void noOptionsIsANormalSessionInTheDefaultFolderWithAHealthyDemo() {
        LaunchConfig config = LaunchConfig.parse(List.of());
        assertThat(config.mode()).isEqualTo(new LaunchConfig.Normal());
        assertThat(config.configDir()).isEmpty();
        assertThat(config.demoTaskSeconds()).isEqualTo(LaunchConfig.DEFAULT_TASK_SECONDS);
        assertThat(config.demoFaults()).isEqualTo(FaultMix.NONE);
        assertThat(config.exitWhenShown()).isFalse();
    }

    @Test
    void configDirTakesTheNextArgument() {
        assertThat(LaunchConfig.parse(List.of("--smoke", "--config-dir", "/tmp/ov cfg")).configDir())
                .contains(Path.of("/tmp/ov cfg"));
    }

    @Test
    void configDirWithEqualsSign() {
        assertThat(LaunchConfig.parse(List.of("--config-dir=/srv/ov")).configDir()).contains(Path.of("/srv/ov"));
    }

    @Test
    void configDirWithoutAFolderIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--config-dir")))
                .hasMessage("--config-dir needs a folder: --config-dir DIR");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--config-dir", "--smoke")))
                .hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--config-dir=")))
                .hasMessageContaining("needs a folder");
    }

    @Test
    void theModesAndTheBenchmarkFlag() {
        assertThat(LaunchConfig.parse(List.of("--smoke")).mode()).isEqualTo(new LaunchConfig.Smoke());
        LaunchConfig tour = LaunchConfig.parse(List.of("--screenshots", "t1", "--compare-with", "t0",
                "--exit-when-shown"));
        assertThat(tour.mode()).isEqualTo(new LaunchConfig.Tour(Path.of("t1").toAbsolutePath(),
                Optional.of(Path.of("t0").toAbsolutePath())));
        assertThat(tour.exitWhenShown()).isTrue();
    }

    @Test
    void demoTimingsAndFaultsAreOptions() {
        LaunchConfig config = LaunchConfig.parse(List.of("--demo-task-seconds", "2", "--demo-faults=demo"));
        assertThat(config.demoTaskSeconds()).isEqualTo(2);
        assertThat(config.demoFaults()).isEqualTo(FaultMix.DEMO);
    }

    @Test
    void badValuesAndUnknownOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--demo-task-seconds", "soon")))
                .hasMessage("--demo-task-seconds needs a whole number of seconds (1 or more), not 'soon'");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--demo-task-seconds=0")))
                .hasMessageContaining("1 or more");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--demo-faults", "many")))
                .hasMessage("--demo-faults needs none or demo, not 'many'");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--smok")))
                .hasMessageStartingWith("unknown option --smok; the options are --config-dir DIR");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--smoke", "--screenshots", "t")))
                .hasMessage("--smoke and --screenshots cannot be used together");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--compare-with", "t0")))
                .hasMessage("--compare-with DIR goes with --screenshots DIR");
        assertThatThrownBy(() -> LaunchConfig.parse(List.of("--config-dir", "a", "--config-dir", "b")))
                .hasMessage("--config-dir is given twice");
    }
}
