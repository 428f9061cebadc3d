package com.ovconsole.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code --exit-when-shown}: the start-up benchmark's and the CDS training run's mode. Once the
 * main window is shown and its first frame laid out, prints {@code Window shown after N ms} (N from
 * JVM start, the RuntimeMXBean's start time) and exits.
 */
final class ExitWhenShown {

    static final String FLAG = "--exit-when-shown";

    private ExitWhenShown() {
    }

    /** Call before {@code stage.show()}; {@code exit} runs on the FX thread after the line is printed. */
    static void watch(Stage stage, PrintStream out, Runnable exit) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            // The first pulse after WINDOW_SHOWN lays out and renders the first frame.
            Runnable[] firstPulse = new Runnable[1];
            firstPulse[0] = () -> {
                scene.removePostLayoutPulseListener(firstPulse[0]);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println("Window shown after " + millis + " ms");
                out.flush();
                exit.run();
            };
            scene.addPostLayoutPulseListener(firstPulse[0]);
        });
    }
}
