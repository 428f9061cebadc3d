package com.ovconsole.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-OS folder where the console keeps its files when the command line names none
 * ({@code --config-dir}); the folder is always an explicit input of the stores and the app.
 */
public final class ConfigDirectory {

    static final String LINUX_FOLDER = "oneview-console";
    static final String DESKTOP_FOLDER = "OneView Console";

    private ConfigDirectory() {
    }

    /** This OS's folder for this user, from the real environment, OS name and home folder. */
    public static Path osDefault() {
        Map<String, String> props = Map.of(
                "os.name", System.getProperty("os.name", ""),
                "user.home", System.getProperty("user.home", ""));
        return resolve(System.getenv(), props);
    }

    /** The folder for the given environment and {@code os.name} / {@code user.home} (blank values count as unset). */
    static Path resolve(Map<String, String> env, Map<String, String> props) {
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
