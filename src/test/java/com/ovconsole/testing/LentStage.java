package com.ovconsole.testing;

import java.util.concurrent.ExecutionException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX lends every test class the same primary stage. A class before this one may have left it
 * another size (the console and the tour size their window explicitly, and a stage keeps an
 * explicit size across scenes), so a test's window is shown at its own scene's size, whatever ran first.
 */
public final class LentStage {

    private LentStage() {
    }

    /** Puts {@code scene} in {@code stage} at the scene's size and shows it (on the FX thread). */
    public static void show(Stage stage, Scene scene) {
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    /**
     * Gives {@code stage} the keyboard again before a test presses keys through the glass robot.
     * Headless Monocle sends key presses to the window it last focused; a window shown and closed
     * without an owner (by this test or code still running from an earlier one) leaves that a
     * closed window, and the keys vanish while {@code stage.isFocused()} still says true. (Text
     * written with {@code write} goes to the scene directly and is not affected.) Waits until done.
     */
    public static void focus(Stage stage) {
        try {
            WaitForAsyncUtils.asyncFx(stage::requestFocus).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while focusing the stage", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not focus the stage", e.getCause());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
