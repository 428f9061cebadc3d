package com.ovconsole.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps its files: the per-OS configuration folder, or the folder named by
 * the system property {@value #OVERRIDE_PROPERTY} (tests, the screenshot tour, CI).
 */
public final class ConfigDirectory {

    public static final String OVERRIDE_PROPERTY = "ovconsole.configDir";
    static final String LINUX_FOLDER = "oneview-console";
    static final String DESKTOP_FOLDER = "OneView Console";

    private ConfigDirectory() {
    }

    /** The folder for this process, from the real environment and system properties. */
    public static Path current() {
        Map<String, String> props = Map.of(
                "os.name", System.getProperty("os.name", ""),
                "user.home", System.getProperty("user.home", ""),
                OVERRIDE_PROPERTY, System.getProperty(OVERRIDE_PROPERTY, ""));
        return resolve(System.getenv(), props);
    }

    /** The folder for the given environment and system properties (blank values count as unset). */
    public static Path resolve(Map<String, String> env, Map<String, String> props) {
        String override = props.get(OVERRIDE_PROPERTY);
        if (isSet(override)) {
            return Path.of(override);
        }
        Path home = Path.of(props.getOrDefault("user.home", ""));
        String os = props.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve(DESKTOP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_FOLDER);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path config = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve(LINUX_FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
