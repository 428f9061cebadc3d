package com.ovconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LentStageTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aStageLeftAnotherSizeShowsTheNextSceneAtItsOwnSize() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            LentStage.show(stage, new Scene(new StackPane(), 640, 480));
            // What the tour leaves behind: an explicit, smaller window.
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> LentStage.show(stage, new Scene(new StackPane(), 1280, 800))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(800);
    }
}
