package com.ovconsole.app;

import com.ovconsole.store.ConfigDirectory;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options read before launch. {@code --config-dir DIR} (or {@code --config-dir=DIR})
 * uses DIR as the config folder: the jlink launcher script overwrites {@code JLINK_VM_OPTIONS}, so a
 * {@code -D} option cannot reach the image that way; other JVM options go in {@code JDK_JAVA_OPTIONS}.
 */
record LaunchOptions(Optional<String> configDir) {

    static final String CONFIG_DIR = "--config-dir";

    /** The options in {@code args}; a {@code --config-dir} without a folder is an error. */
    static LaunchOptions parse(List<String> args) {
        Optional<String> configDir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(CONFIG_DIR)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(CONFIG_DIR + " needs a folder: " + CONFIG_DIR + " DIR");
                }
                configDir = Optional.of(args.get(++i));
            } else if (arg.startsWith(CONFIG_DIR + "=")) {
                String value = arg.substring(CONFIG_DIR.length() + 1);
                if (value.isBlank()) {
                    throw new IllegalArgumentException(CONFIG_DIR + " needs a folder: " + CONFIG_DIR + " DIR");
                }
                configDir = Optional.of(value);
            }
        }
        return new LaunchOptions(configDir);
    }

    /** Makes {@link ConfigDirectory#current()} answer the given folder, if any. */
    void apply() {
        configDir.ifPresent(dir -> System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, dir));
    }
}
