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
    void systemPropertyOverridesEveryOs() {
        Map<String, String> props = Map.of("os.name", "Windows 11", "user.home", "/u",
                ConfigDirectory.OVERRIDE_PROPERTY, "/tmp/tour-config");

        assertThat(ConfigDirectory.resolve(Map.of("APPDATA", "/x"), props)).isEqualTo(Path.of("/tmp/tour-config"));
    }

    @Test
    void currentHonoursTheOverridePropertyOfThisProcess() {
        String previous = System.getProperty(ConfigDirectory.OVERRIDE_PROPERTY);
        try {
            System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, "/tmp/ovconsole-test-config");
            assertThat(ConfigDirectory.current()).isEqualTo(Path.of("/tmp/ovconsole-test-config"));
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigDirectory.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, previous);
            }
        }
    }
}
