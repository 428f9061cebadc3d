package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.testing.FxWaits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console borrows its stage from the toolkit; at exit it gives it back without strings
 * attached. The test toolkit lends one stage to every test class in turn, and a title left bound
 * to an old window made the next class's {@code setTitle} throw (seen in a random-order run).
 */
@ExtendWith(ApplicationExtension.class)
class StageGivenBackTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void afterExitTheStagesTitleAndGeometryNoLongerFollowTheConsole() throws Exception {
        Path configDir = Files.createTempDirectory("ovconsole-stage-test-");
        ConsoleApp app = new ConsoleApp(Composition.of(LaunchConfig.normal(configDir)));
        WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get();
        assertThat(stage.titleProperty().isBound()).isTrue();

        WaitForAsyncUtils.asyncFx(app::stop).get();

        assertThat(stage.titleProperty().isBound()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> stage.setTitle("The next user of the stage")).get();
        assertThat(stage.getTitle()).isEqualTo("The next user of the stage");
    }

    @Test
    void aFirstFrameActionRunsOnceEvenWhenTheStageIsShownAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            stage.setScene(new Scene(new StackPane(), 200, 100));
            FirstFrame.onFirstPulse(stage, runs::incrementAndGet);
            stage.show();
        }).get();
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> runs.get() == 1);

        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            stage.setScene(new Scene(new StackPane(), 300, 100));
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().requestLayout()).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(runs).hasValue(1);
    }
}
