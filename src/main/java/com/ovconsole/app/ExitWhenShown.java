package com.ovconsole.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.stage.Stage;

/**
 * {@code --exit-when-shown}: the start-up benchmark's and the CDS training run's mode. Once the
 * main window is shown and its first frame laid out, prints {@code Window shown after N ms} (N from
 * JVM start, the RuntimeMXBean's start time) and exits.
 */
final class ExitWhenShown {

    private ExitWhenShown() {
    }

    /** Call before {@code stage.show()}; {@code exit} runs on the FX thread after the line is printed. */
    static void watch(Stage stage, PrintStream out, Runnable exit) {
        FirstFrame.onFirstPulse(stage, () -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("Window shown after " + millis + " ms");
            out.flush();
            // After the work queued for right after the first frame (the task panel), so that the
            // CDS training run sees its classes too.
            javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(exit));
        });
    }
}
