package com.ovconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import com.ovconsole.store.WindowState;
import com.ovconsole.testing.FxWaits;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window frame driven through its real menus and panes. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new MainWindowViewModel(messages, dialogs, stage::close);
        ViewLoader loader = new ViewLoader(messages, type -> new MainWindowView(viewModel));
        FxThemes.apply(Theme.LIGHT);
        viewModel.themeProperty().addListener((property, old, theme) -> FxThemes.apply(theme));
        LoadedView<MainWindowView> loaded = loader.load(MainWindowView.class);
        view = loaded.controller();
        Scene scene = new Scene(loaded.root());
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        view.attach(stage);
        stage.show();
    }

    /** The next test class gets the stage unbound and the light theme back. */
    @AfterEach
    void giveTheStageBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.detach(stage);
            FxThemes.apply(Theme.LIGHT);
        }).get();
    }

    @Test
    void windowShowsTitleMenusStatusBarAndPlaceholder(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("OneView Console");
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus())
                .extracting(menu -> menu.getText().replace("_", ""))
                .containsExactly("File", "View", "Help");
        assertThat(robot.lookup(".status-bar").queryAs(StatusBar.class).getText()).isEqualTo("Ready");
        assertThat(robot.lookup("Select an appliance on the left and connect.").tryQuery()).isPresent();
        assertThat(robot.lookup("No appliance selected").tryQuery()).isPresent();

        Path saved = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene().getRoot(), "main-window-empty.png")).get();
        assertThat(saved).isNotEmptyFile();
    }

    @Test
    void commandsWithoutAFeatureAreDisabledInTheMenu(FxRobot robot) {
        assertThat(menuItem(robot, "Add appliance…").isDisable()).isTrue();
        assertThat(menuItem(robot, "Refresh").isDisable()).isTrue();
        assertThat(menuItem(robot, "Quit").isDisable()).isFalse();

        robot.interact(() -> viewModel.addApplianceCommand().setAction(() -> { }));

        assertThat(menuItem(robot, "Add appliance…").isDisable()).isFalse();
    }

    @Test
    void taskPanelMenuItemCollapsesThePanelAndItsTitleExpandsItAgain(FxRobot robot) {
        TitledPane taskPane = robot.lookup(".task-panel").queryAs(TitledPane.class);
        assertThat(taskPane.isExpanded()).isTrue();

        robot.clickOn(menuButton(robot, "View"));
        robot.clickOn("Task panel");

        assertThat(taskPane.isExpanded()).isFalse();
        assertThat(viewModel.isTaskPanelExpanded()).isFalse();

        robot.clickOn(taskPane.lookup(".title"));

        assertThat(taskPane.isExpanded()).isTrue();
        assertThat(viewModel.isTaskPanelExpanded()).isTrue();
    }

    @Test
    void taskBadgeShowsTheRunningCount(FxRobot robot) {
        Label badge = robot.lookup(".task-panel .badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isFalse();

        robot.interact(() -> viewModel.runningTaskCountProperty().set(2));

        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("2");
    }

    @Test
    void slotsTakeFeatureViewsAndCentreFallsBackToThePlaceholder(FxRobot robot) {
        robot.interact(() -> {
            view.setApplianceList(new Label("demo-appliance list"));
            view.setCentre(new Label("profiles of demo"));
            view.setTaskPanel(new Label("task rows"));
        });
        assertThat(robot.lookup("demo-appliance list").tryQuery()).isPresent();
        assertThat(robot.lookup("profiles of demo").tryQuery()).isPresent();
        assertThat(robot.lookup("task rows").tryQuery()).isPresent();
        assertThat(robot.lookup("No appliance selected").tryQuery()).isEmpty();

        robot.interact(() -> view.setCentre(null));

        assertThat(robot.lookup("No appliance selected").tryQuery()).isPresent();
    }

    @Test
    void aboutMenuAsksTheDialogService(FxRobot robot) {
        robot.clickOn(menuButton(robot, "Help"));
        robot.clickOn("About OneView Console");

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::title).containsExactly("About OneView Console");
    }

    @Test
    void darkThemeMenuItemSwitchesTheTheme(FxRobot robot) throws Exception {
        robot.clickOn(menuButton(robot, "View"));
        robot.clickOn("Theme");
        robot.clickOn("Dark");

        assertThat(viewModel.getTheme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene().getRoot(), "main-window-dark.png")).get();
        robot.interact(() -> viewModel.useTheme(Theme.LIGHT));
    }

    @Test
    void theTaskPanelStartsAtAFewRowsAndKeepsItsHeightWhenTasksStart(FxRobot robot) {
        TitledPane taskPane = robot.lookup(".task-panel").queryAs(TitledPane.class);
        double start = taskPane.getHeight();
        assertThat(start).as("title bar, toolbar and a few rows").isBetween(180.0, 290.0);

        robot.interact(() -> viewModel.runningTaskCountProperty().set(1));
        robot.interact(() -> viewModel.runningTaskCountProperty().set(3));

        assertThat(taskPane.getHeight()).as("the views above keep their room").isCloseTo(start, within(1.0));
    }

    @Test
    void aDraggedTaskPanelKeepsItsHeightThroughTasksAFoldAndTheNextStart(FxRobot robot) {
        TitledPane taskPane = robot.lookup(".task-panel").queryAs(TitledPane.class);
        double start = taskPane.getHeight();

        Node divider = robot.lookup(".work-split > .split-pane-divider").query();
        robot.drag(divider).dropBy(0, -120);
        settles(taskPane::getHeight, start + 120, 8.0);
        double dragged = taskPane.getHeight();
        assertThat(dragged).isCloseTo(start + 120, within(8.0));
        robot.interact(() -> viewModel.runningTaskCountProperty().set(2));
        robot.clickOn(menuButton(robot, "View"));
        robot.clickOn("Task panel");
        robot.interact(() -> viewModel.runningTaskCountProperty().set(0));
        robot.clickOn(taskPane.lookup(".title"));

        assertThat(taskPane.isExpanded()).isTrue();
        settles(taskPane::getHeight, dragged, 1.0);
        assertThat(taskPane.getHeight()).isCloseTo(dragged, within(1.0));

        WindowState saved = viewModel.windowState();
        assertThat(saved.dividerPositions()).as("list, then task panel").hasSize(2);
        MainWindowViewModel next = new MainWindowViewModel(messages, dialogs, () -> { });
        next.restore(saved);
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            LoadedView<MainWindowView> loaded = new ViewLoader(messages, type -> new MainWindowView(next))
                    .load(MainWindowView.class);
            again[0].setScene(new Scene(loaded.root()));
            again[0].getScene().getStylesheets().add(FxThemes.APP_STYLESHEET);
            loaded.controller().attach(again[0]);
            again[0].show();
        });
        try {
            TitledPane restored = (TitledPane) again[0].getScene().lookup(".task-panel");
            settles(restored::getHeight, dragged, 2.0);
            assertThat(restored.getHeight()).as("where the user left it").isCloseTo(dragged, within(2.0));
        } finally {
            robot.interact(again[0]::close);
        }
    }

    private static Node menuButton(FxRobot robot, String text) {
        return robot.lookup(".menu-bar .menu-button")
                .match((Labeled button) -> button.getText().replace("_", "").equals(text))
                .query();
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText()))
                .findFirst().orElseThrow();
    }

    /** Layout runs at the next pulse, not within the click: waits until a size has come within reach of its goal. */
    private static void settles(DoubleSupplier size, double goal, double tolerance) {
        try {
            FxWaits.waitFor(20, TimeUnit.SECONDS, () -> Math.abs(size.getAsDouble() - goal) < tolerance);
        } catch (TimeoutException stillOff) {
            // The assertion that follows names the size it ended at.
        }
    }
}
