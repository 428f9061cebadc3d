package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConsoleAppTest {

    private Stage stage;
    private ConsoleApp app;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("ovconsole-app-test-");
        app = new ConsoleApp(Composition.of(LaunchConfig.normal(configDir)));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
        }).get();
    }

    @Test
    void mainWindowIsTitledOneViewConsole(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("OneView Console");
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void compositionRootShowsTheShellWithItsPlaceholderAndStatusBar(FxRobot robot) {
        // Nothing connected: the centre says which appliance is selected (or asks to select one) and offers Connect.
        assertThat(robot.lookup(".not-connected").tryQuery()).isPresent();
        assertThat(robot.lookup(".not-connected .button").tryQuery()).isPresent();
        assertThat(robot.lookup(".status-bar").tryQuery()).isPresent();
        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("com/ovconsole/ui/console.css"));
    }

    @Test
    void exitSavesTheWindowStateInTheConfigFolderGiven() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1000);
            app.stop();
        }).get();

        assertThat(Files.readString(configDir.resolve("settings.json"))).contains("\"width\" : 1000");
        app = new ConsoleApp(Composition.of(LaunchConfig.normal(configDir))); // the @AfterEach stops one never shown
    }
}
