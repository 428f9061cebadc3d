package com.ovconsole.ui.shell;

import com.ovconsole.ui.Command;
import com.ovconsole.ui.Theme;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window frame (MainWindowView.fxml). Features fill its three slots:
 * {@link #setApplianceList}, {@link #setCentre} and {@link #setTaskPanel}.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;

    @FXML private MenuItem addApplianceItem;
    @FXML private MenuItem refreshItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem exportDiagnosticsItem;
    @FXML private MenuItem searchItem;
    @FXML private StackPane searchFieldSlot;
    @FXML private StackPane searchPanelSlot;
    @FXML private CheckMenuItem taskPanelItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private StackPane applianceListSlot;
    @FXML private StackPane centreSlot;
    @FXML private Node centrePlaceholder;
    @FXML private TitledPane taskPane;
    @FXML private StackPane taskPanelSlot;
    @FXML private Label taskBadge;
    @FXML private StatusBar statusBar;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane workSplit;
    /** The task panel at first: its title bar, toolbar and a few rows (px); the user drags it from there. */
    private static final double SMALL_TASK_PANEL = 250;
    /** Where the task panel's divider was before it collapsed, to put it back on expanding. */
    private double expandedTaskDivider = 0.7;
    private boolean sized;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        bindCommand(addApplianceItem, viewModel.addApplianceCommand());
        bindCommand(refreshItem, viewModel.refreshCommand());
        bindCommand(quitItem, viewModel.quitCommand());
        bindCommand(exportDiagnosticsItem, viewModel.exportDiagnosticsCommand());
        bindCommand(searchItem, viewModel.searchCommand());
        taskPanelItem.selectedProperty().bindBidirectional(viewModel.taskPanelExpandedProperty());
        taskPane.expandedProperty().bindBidirectional(viewModel.taskPanelExpandedProperty());
        taskBadge.textProperty().bind(viewModel.taskBadgeTextProperty());
        taskBadge.visibleProperty().bind(viewModel.taskBadgeVisibleProperty());
        statusBar.textProperty().bind(viewModel.statusTextProperty());
        mainSplit.setDividerPositions(viewModel.dividerPositionProperty().get());
        mainSplit.getDividers().get(0).positionProperty().bindBidirectional(viewModel.dividerPositionProperty());
        viewModel.themeProperty().addListener((property, old, theme) -> selectTheme(theme));
        selectTheme(viewModel.getTheme());
        // The task panel is resizable; the window's extra height goes to the views above it.
        SplitPane.setResizableWithParent(taskPane, false);
        taskPane.expandedProperty().addListener((property, was, expanded) -> taskPanelExpanded(expanded));
        taskPanelExpanded(taskPane.isExpanded());
        workSplit.heightProperty().addListener((property, old, height) -> startSmall(height.doubleValue()));
        // Where the open panel's divider is (dragged, or moved by a window resize that keeps the panel's height)
        // is kept for the next start.
        workSplit.getDividers().get(0).positionProperty().addListener((property, old, position) -> {
            if (sized && taskPane.isExpanded()) {
                viewModel.taskDividerPositionProperty().set(position.doubleValue());
            }
        });
        // A task started: a folded panel opens, at its last height; an open one keeps the height it has.
        viewModel.runningTaskCountProperty().addListener((property, old, running) -> {
            if (running.intValue() > old.intValue() && !taskPane.isExpanded()) {
                viewModel.taskPanelExpandedProperty().set(true);
            }
        });
    }

    /** The first time the window has a height: the panel where the user left it, else what a few rows need. */
    private void startSmall(double height) {
        if (sized || height <= 0) {
            return;
        }
        sized = true;
        double stored = viewModel.taskDividerPositionProperty().get();
        expandedTaskDivider = Double.isNaN(stored) ? Math.max(0.5, 1 - SMALL_TASK_PANEL / height) : stored;
        if (taskPane.isExpanded()) {
            workSplit.setDividerPositions(expandedTaskDivider);
        }
    }

    /** Collapsed, the panel is only its title bar; expanded again, it gets its old height back. */
    private void taskPanelExpanded(boolean expanded) {
        if (expanded) {
            taskPane.setMaxHeight(Double.MAX_VALUE);
            workSplit.setDividerPositions(expandedTaskDivider);
        } else {
            expandedTaskDivider = workSplit.getDividerPositions()[0];
            taskPane.setMaxHeight(Region.USE_PREF_SIZE);
            workSplit.setDividerPositions(1.0);
        }
    }

    /** Shows this frame in {@code stage}: title and geometry follow the ViewModel both ways. */
    public void attach(Stage stage) {
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setWidth(viewModel.windowWidthProperty().get());
        stage.setHeight(viewModel.windowHeightProperty().get());
        if (!Double.isNaN(viewModel.windowXProperty().get()) && !Double.isNaN(viewModel.windowYProperty().get())) {
            stage.setX(viewModel.windowXProperty().get());
            stage.setY(viewModel.windowYProperty().get());
        }
        stage.setMaximized(viewModel.maximizedProperty().get());
        viewModel.windowXProperty().bind(stage.xProperty());
        viewModel.windowYProperty().bind(stage.yProperty());
        viewModel.windowWidthProperty().bind(stage.widthProperty());
        viewModel.windowHeightProperty().bind(stage.heightProperty());
        viewModel.maximizedProperty().bind(stage.maximizedProperty());
    }

    /** Gives the stage back as it was lent: its title and geometry no longer follow this frame (exit, tests). */
    public void detach(Stage stage) {
        stage.titleProperty().unbind();
        viewModel.windowXProperty().unbind();
        viewModel.windowYProperty().unbind();
        viewModel.windowWidthProperty().unbind();
        viewModel.windowHeightProperty().unbind();
        viewModel.maximizedProperty().unbind();
    }

    /** The left slot: the appliance list. */
    public void setApplianceList(Node applianceList) {
        applianceListSlot.getChildren().setAll(applianceList);
    }

    /** The centre slot: the selected appliance's views; {@code null} brings back the placeholder. */
    public void setCentre(Node centre) {
        centreSlot.getChildren().setAll(centre == null ? centrePlaceholder : centre);
    }

    /** The content of the collapsible task panel at the bottom. */
    public void setTaskPanel(Node taskPanel) {
        taskPanelSlot.getChildren().setAll(taskPanel);
    }

    /** The search field goes at the right end of the menu bar; its results panel drops down under it, over the views. */
    public void setSearch(Node field, Node panel) {
        searchFieldSlot.getChildren().setAll(field);
        searchPanelSlot.getChildren().setAll(panel);
    }

    @FXML
    private void search() {
        viewModel.searchCommand().execute();
    }

    @FXML
    private void addAppliance() {
        viewModel.addApplianceCommand().execute();
    }

    @FXML
    private void refresh() {
        viewModel.refreshCommand().execute();
    }

    @FXML
    private void quit() {
        viewModel.quitCommand().execute();
    }

    @FXML
    private void useLightTheme() {
        viewModel.useTheme(Theme.LIGHT);
    }

    @FXML
    private void useDarkTheme() {
        viewModel.useTheme(Theme.DARK);
    }

    @FXML
    private void exportDiagnostics() {
        viewModel.exportDiagnosticsCommand().execute();
    }

    @FXML
    private void showAbout() {
        viewModel.showAbout();
    }

    private static void bindCommand(MenuItem item, Command command) {
        item.disableProperty().bind(command.enabledProperty().not());
    }

    private void selectTheme(Theme theme) {
        (theme == Theme.DARK ? darkThemeItem : lightThemeItem).setSelected(true);
    }
}
