package com.ovconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.LentStage;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Confirmations say what their buttons do and report the user's choice. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.ROOT);
        Controllers controllers = new Controllers();
        dialogs = new FxDialogService(new ModalDialogs(() -> stage, new ViewLoader(messages, controllers), controllers,
                messages), messages, text -> { });
        LentStage.show(stage, new Scene(new StackPane(), 400, 300));
    }

    @Test
    void confirmReturnsTrueWhenTheConfirmButtonIsClicked(FxRobot robot) throws Exception {
        assertThat(answer(robot, "Delete profile")).isTrue();
    }

    @Test
    void confirmReturnsFalseWhenTheCancelButtonIsClicked(FxRobot robot) throws Exception {
        assertThat(answer(robot, "Keep")).isFalse();
    }

    private boolean answer(FxRobot robot, String buttonText) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(
                dialogs.confirm("Delete profile", "Delete esx-prod-07 from the appliance?", "Delete profile", "Keep")));
        // The window gets its size a pulse after it shows; clicks need it.
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").tryQuery()
                .map(button -> !Double.isNaN(button.getScene().getWindow().getWidth())).orElse(false));
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> buttonText.equals(button.getText())).queryButton());
        return answer.get(10, TimeUnit.SECONDS);
    }
}
