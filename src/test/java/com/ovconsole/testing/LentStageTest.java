package com.ovconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
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

    @Test
    void keysReachTheStageAgainAfterAWindowWithoutOwnerCameAndWent(FxRobot robot) throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new StackPane(), 400, 300);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), refreshes::incrementAndGet);
            LentStage.show(stage, scene);
        }).get();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refreshes).hasValue(1);
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stray = new Stage();
            stray.setScene(new Scene(new StackPane(), 100, 100));
            stray.show();
            stray.hide();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        if (Boolean.getBoolean("testfx.headless")) {
            // Monocle's way, and what made the certificate window test miss its F5 on CI: the key went to the closed window.
            assertThat(refreshes).as("a key after a stray window, before focus()").hasValue(1);
        }

        LentStage.focus(stage);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(refreshes).hasValue(2);
    }
}
