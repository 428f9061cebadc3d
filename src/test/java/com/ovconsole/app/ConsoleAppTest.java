package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsoleAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ConsoleApp().start(stage);
    }

    @Test
    void mainWindowIsTitledOneViewConsole(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("OneView Console");
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void compositionRootShowsTheShellWithItsPlaceholderAndStatusBar(FxRobot robot) {
        assertThat(robot.lookup("Select an appliance on the left and connect.").tryQuery()).isPresent();
        assertThat(robot.lookup(".status-bar").tryQuery()).isPresent();
        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("com/ovconsole/ui/console.css"));
    }
}
