package com.ovconsole.testing;

import javafx.scene.Scene;
import javafx.stage.Stage;

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
}
