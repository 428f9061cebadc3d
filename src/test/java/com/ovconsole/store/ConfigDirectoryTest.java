package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    private static Map<String, String> props(String os, String home) {
        return Map.of("os.name", os, "user.home", home);
    }

    @Test
    void linuxUsesXdgConfigHome() {
        Path dir = ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), props("Linux", "/home/ann"));

        assertThat(dir).isEqualTo(Path.of("/cfg/oneview-console"));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsUnsetBlankOrRelative() {
        Path expected = Path.of("/home/ann/.config/oneview-console");

        assertThat(ConfigDirectory.resolve(Map.of(), props("Linux", "/home/ann"))).isEqualTo(expected);
        assertThat(ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", " "), props("Linux", "/home/ann"))).isEqualTo(expected);
        assertThat(ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "rel/cfg"), props("Linux", "/home/ann"))).isEqualTo(expected);
    }

    @Test
    void windowsUsesAppData() {
        Path dir = ConfigDirectory.resolve(Map.of("APPDATA", "/users/ann/AppData/Roaming"), props("Windows 11", "/users/ann"));

        assertThat(dir).isEqualTo(Path.of("/users/ann/AppData/Roaming/OneView Console"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderUnderHome() {
        Path dir = ConfigDirectory.resolve(Map.of(), props("Windows 10", "/users/ann"));

        assertThat(dir).isEqualTo(Path.of("/users/ann/AppData/Roaming/OneView Console"));
    }

    @Test
    void macUsesApplicationSupport() {
        Path dir = ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), props("Mac OS X", "/Users/ann"));

        assertThat(dir).isEqualTo(Path.of("/Users/ann/Library/Application Support/OneView Console"));
    }

    @Test
    void theOldOverridePropertyIsNoLongerAnInput() {
        Map<String, String> props = Map.of("os.name", "Linux", "user.home", "/home/ann",
                "ovconsole.configDir", "/tmp/tour-config");

        assertThat(ConfigDirectory.resolve(Map.of(), props)).isEqualTo(Path.of("/home/ann/.config/oneview-console"));
    }

    @Test
    void osDefaultIgnoresTheOldPropertyInThisProcess() {
        Path before = ConfigDirectory.osDefault();
        System.setProperty("ovconsole.configDir", "/tmp/ovconsole-test-config");
        try {
            assertThat(ConfigDirectory.osDefault()).isEqualTo(before).isNotEqualTo(Path.of("/tmp/ovconsole-test-config"));
        } finally {
            System.clearProperty("ovconsole.configDir");
        }
    }
}
