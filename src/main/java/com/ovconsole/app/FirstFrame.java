package com.ovconsole.app;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The moment a stage's first frame has been laid out: the first pulse after WINDOW_SHOWN. */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread during that pulse, once (call before {@code show()}). */
    static void onFirstPulse(Stage stage, Runnable action) {
        // Removed once it ran: a stage shown again (tests reuse theirs) must not run an old action again.
        EventHandler<WindowEvent> firstShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterLayout(stage.getScene(), action);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, firstShown);
    }

    private static void afterLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Runs {@code work} on the FX thread right after the first frame: for parts of the window that
     * show a placeholder until then and need not delay the window itself.
     */
    static void afterFirstFrame(Stage stage, Runnable work) {
        onFirstPulse(stage, () -> Platform.runLater(work));
    }
}
