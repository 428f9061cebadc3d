package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.app.tour.ScreenshotTour;
import com.ovconsole.sim.FaultMix;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the screenshot tour, walked headless in the composed console, with nothing
 * drawn cut: no label, button, tab or table cell showing an ellipsis instead of its text, no text
 * running past its control, no text field too narrow for its value. At the tour's 1280x800 and at
 * a smaller 1024x700 window.
 */
@ExtendWith(ApplicationExtension.class)
class TourTruncationTest {

    private Stage stage;
    private ConsoleApp app;
    private final TimeZone zone = TimeZone.getDefault();
    private final Locale locale = Locale.getDefault();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
                app.stop();
                // TestFX lends this stage to the next class too: the console bound its title.
                stage.titleProperty().unbind();
            }).get();
        }
        TimeZone.setDefault(zone);
        Locale.setDefault(locale);
    }

    @Test
    void noScreenOfTheTourCutsTextAt1280x800() throws Exception {
        assertNothingCut(1280, 800);
    }

    @Test
    void noScreenOfTheTourCutsTextAt1024x700() throws Exception {
        assertNothingCut(1024, 700);
    }

    private void assertNothingCut(int width, int height) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ScreenshotTour tour = new ScreenshotTour(null, null, width, height,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        tour.prepare();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        app = new ConsoleApp(Composition.of(new LaunchConfig(Optional.empty(), LaunchConfig.DEFAULT_TASK_SECONDS,
                FaultMix.NONE, new LaunchConfig.Tour(Path.of("unused"), Optional.empty()), false), tour)
                .onExit(exit::complete));
        WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get();

        int code = exit.get(5, TimeUnit.MINUTES);

        String output = log.toString(StandardCharsets.UTF_8);
        assertThat(code).as("the tour walked every screen:\n%s", output).isZero();
        assertThat(tour.findings()).as("cut text at %dx%d", width, height).isEmpty();
    }
}
