package com.ovconsole.app;

import com.ovconsole.app.mode.RunMode;
import java.io.IOException;
import java.util.List;

/**
 * Entry point: reads the command line once into a {@link LaunchConfig} (a bad option exits 2 with
 * the reason), makes the {@link Composition} for it, and does the start-up work that comes before
 * the toolkit: the log file, the system proxy, the reads of settings and saved tasks. Then launches
 * {@link ConsoleApp} with that composition.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchConfig config;
        try {
            config = LaunchConfig.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("OneView Console: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean smoke = config.mode() instanceof LaunchConfig.Smoke;
        RunMode mode = Composition.modeOf(config);
        mode.prepare();
        Composition composition;
        try {
            composition = Composition.of(config, mode);
        } catch (IOException e) {
            System.err.println("OneView Console cannot make its config folder: " + e.getMessage());
            System.exit(1);
            return;
        }
        // ProxySelector.getDefault() honours the OS proxy settings only when asked to.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        try {
            LogFile.install(composition.configDirectory());
        } catch (IOException e) {
            System.err.println("OneView Console cannot write its log in " + composition.configDirectory() + ": "
                    + e.getMessage());
            if (smoke) {
                System.exit(1);
            }
        }
        // Settings and saved tasks are read while the toolkit starts (the composition takes them).
        StartupReads.start(composition.configDirectory());
        ConsoleApp.launch(composition, args);
    }
}
