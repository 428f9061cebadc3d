package com.ovconsole.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.testing.LentStage;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxTextClipboard;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.FxDialogService;
import com.ovconsole.ui.dialogs.ModalDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ErrorMessage dialog as FxDialogService shows it, driven through its real controls. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        FxThemes.apply(Theme.LIGHT);
        Controllers controllers = new Controllers();
        new ErrorsModule().registerControllers(controllers);
        ModalDialogs modal = new ModalDialogs(() -> stage, new ViewLoader(messages, controllers), controllers, messages);
        dialogs = new FxDialogService(modal, messages, new FxTextClipboard());
        Scene scene = new Scene(new StackPane(), 800, 600);
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        LentStage.show(stage, scene);
    }

    @BeforeEach
    void showDialog(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialogs.showError(new ApplianceErrorException(400, ErrorSamples.withNestedErrors())));
        // The window gets its size a pulse after it shows; clicks need it.
        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery()
                .map(pane -> !Double.isNaN(pane.getScene().getWindow().getWidth())).orElse(false));
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(window -> window.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(Window::hide)).get();
    }

    @Test
    void dialogShowsMessageDetailsActionsCodeAndStatus(FxRobot robot) throws Exception {
        assertThat(text(robot, ".error-message")).isEqualTo("The server profile \"esx-prod-07\" could not be created.");
        assertThat(text(robot, ".error-details")).isEqualTo("Two of its connections failed validation on the appliance.");
        assertThat(robot.lookup(".recommended-action .label").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "Correct the connection settings and save the profile again.",
                "Check that the network \"Prod-VLAN-120\" exists and is assigned to the enclosure group.");
        assertThat(robot.lookup("Error code ProfileConnectionsInvalid").tryQuery()).isPresent();
        assertThat(robot.lookup("HTTP 400").tryQuery()).isPresent();
        assertThat(robot.lookup(".error-dialog").queryAs(DialogPane.class).getScene().getWindow().isShowing()).isTrue();

        DialogPane pane = robot.lookup(".error-dialog").queryAs(DialogPane.class);
        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(pane, "error-dialog.png")).get();
        assertThat(saved).exists().isNotEmptyFile();
    }

    @Test
    void nestedErrorsShowAsATree(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<NestedError> tree = robot.lookup(".error-view .tree-view").queryAs(TreeView.class);
        List<TreeItem<NestedError>> top = tree.getRoot().getChildren();

        assertThat(top).extracting(item -> item.getValue().errorCode())
                .containsExactly("ConnectionNetworkNotFound", "MacTypeDiffGlobalMacType");
        assertThat(top.get(0).getChildren()).extracting(item -> item.getValue().errorCode()).containsExactly("ResourceNotFound");
        assertThat(robot.lookup("Connection 1: the network was not found. — Network Prod-VLAN-120 does not exist.  "
                + "(ConnectionNetworkNotFound)").tryQuery()).as("the first nested error's row").isPresent();
    }

    @Test
    void copyDetailsPutsTheErrorOnTheSystemClipboard(FxRobot robot) throws Exception {
        robot.clickOn("Copy details");

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("The server profile \"esx-prod-07\" could not be created.")
                .contains("- Check that the network \"Prod-VLAN-120\" exists and is assigned to the enclosure group.")
                .contains("Error code ProfileConnectionsInvalid");
        assertThat(robot.lookup("Copied").tryQuery()).isPresent();
    }

    @Test
    void closeButtonClosesTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("Close");

        FxWaits.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery().isEmpty());
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}
