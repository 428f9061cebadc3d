package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void configDirTakesTheNextArgument() {
        assertThat(LaunchOptions.parse(List.of("--smoke", "--config-dir", "/tmp/ov cfg")).configDir())
                .contains("/tmp/ov cfg");
    }

    @Test
    void configDirWithEqualsSign() {
        assertThat(LaunchOptions.parse(List.of("--config-dir=/srv/ov")).configDir()).contains("/srv/ov");
    }

    @Test
    void noConfigDirMeansTheDefaultFolder() {
        assertThat(LaunchOptions.parse(List.of("--exit-when-shown")).configDir()).isEqualTo(Optional.empty());
    }

    @Test
    void configDirWithoutAFolderIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config-dir")))
                .hasMessage("--config-dir needs a folder: --config-dir DIR");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config-dir", "--smoke")))
                .hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--config-dir=")))
                .hasMessageContaining("needs a folder");
    }
}
