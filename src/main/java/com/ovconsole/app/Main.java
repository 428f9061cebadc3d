package com.ovconsole.app;

import com.ovconsole.app.tour.ScreenshotTour;
import com.ovconsole.store.ConfigDirectory;
import java.io.IOException;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point: start-up work happens here, before the toolkit starts: the config folder, the log
 * file, the system proxy. {@code --smoke} runs the CI check (see {@link SmokeRun}); {@code --screenshots DIR} the
 * screenshot tour ({@link ScreenshotTour}); {@code --exit-when-shown} the start-up benchmark ({@link ExitWhenShown});
 * {@code --config-dir DIR} another config folder ({@link LaunchOptions}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean smoke = Arrays.asList(args).contains(SmokeRun.FLAG);
        try {
            LaunchOptions.parse(Arrays.asList(args)).apply();
        } catch (IllegalArgumentException e) {
            System.err.println("OneView Console: " + e.getMessage());
            System.exit(2);
        }
        try {
            if (smoke) {
                SmokeRun.prepare();
            }
            if (ScreenshotTour.requested(Arrays.asList(args))) {
                ScreenshotTour.prepare();
            }
            // ProxySelector.getDefault() honours the OS proxy settings only when asked to.
            if (System.getProperty("java.net.useSystemProxies") == null) {
                System.setProperty("java.net.useSystemProxies", "true");
            }
            LogFile.install(ConfigDirectory.current());
            // Settings and saved tasks are read while the toolkit starts (ConsoleApp takes them).
            StartupReads.start(ConfigDirectory.current());
        } catch (IOException e) {
            System.err.println("OneView Console cannot write its log in " + ConfigDirectory.current() + ": " + e.getMessage());
            if (smoke) {
                System.exit(1);
            }
        }
        Application.launch(ConsoleApp.class, args);
    }
}
