package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.errors.ErrorView;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The task panel (TaskPanelView.fxml): the table of tasks and the selected task's details. */
public final class TaskPanelView {

    private final TaskPanelViewModel viewModel;
    private final ViewLoader loader;
    /** Room for the state icon and its gap. */
    private static final double STATE_ICON = 24;

    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    @FXML private TableView<TaskRow> table;
    @FXML private TableColumn<TaskRow, String> applianceColumn;
    @FXML private TableColumn<TaskRow, String> nameColumn;
    @FXML private TableColumn<TaskRow, String> resourceColumn;
    @FXML private TableColumn<TaskRow, TaskRow> stateColumn;
    @FXML private TableColumn<TaskRow, Number> progressColumn;
    @FXML private TableColumn<TaskRow, String> statusColumn;
    @FXML private TableColumn<TaskRow, String> updateColumn;
    @FXML private TableColumn<TaskRow, String> startedColumn;
    @FXML private TableColumn<TaskRow, String> elapsedColumn;
    @FXML private TableColumn<TaskRow, String> etaColumn;
    @FXML private Button followUpButton;
    @FXML private Button cancelButton;
    @FXML private Button stopWatchingButton;
    @FXML private Label navigationMessage;
    @FXML private SplitPane split;
    @FXML private StackPane detailsPane;
    @FXML private Label noSelection;
    @FXML private ScrollPane detailsScroll;
    @FXML private Label detailsTitle;
    @FXML private Label detailsSubtitle;
    @FXML private Label detailsUri;
    @FXML private VBox errorsSection;
    @FXML private StackPane errorSlot;
    @FXML private VBox moreErrors;
    @FXML private ListView<String> timeline;
    @FXML private VBox childrenSection;
    @FXML private TreeView<TaskResource> childTree;

    public TaskPanelView(TaskPanelViewModel viewModel, ViewLoader loader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        text(applianceColumn, TaskRow::applianceTextProperty);
        text(nameColumn, TaskRow::nameProperty);
        text(resourceColumn, TaskRow::resourceNameProperty);
        resourceColumn.setCellFactory(column -> new ResourceLinkCell<>(viewModel::resourceLinkable,
                viewModel::openResource, viewModel::resourceTooltip, viewModel::resourceLinkChanges));
        navigationMessage.textProperty().bind(viewModel.navigationMessageProperty());
        stateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        stateColumn.setCellFactory(column -> new TaskStateCell());
        progressColumn.setCellValueFactory(cell -> cell.getValue().progressProperty());
        progressColumn.setCellFactory(column -> new TaskProgressCell());
        text(statusColumn, TaskRow::statusProperty);
        text(updateColumn, TaskRow::latestUpdateProperty);
        text(startedColumn, TaskRow::startedProperty);
        text(elapsedColumn, TaskRow::elapsedProperty);
        text(etaColumn, TaskRow::etaProperty);
        ColumnWidths.fitToContent(table, List.of(applianceColumn, nameColumn, resourceColumn, statusColumn,
                updateColumn, startedColumn));
        ColumnWidths.fitSamples(table, stateColumn, STATE_ICON, "Terminated", "Completed", "Starting");
        ColumnWidths.fitSamples(table, elapsedColumn, 0, "59 min 59 s", "23 h 59 min");
        ColumnWidths.fitSamples(table, etaColumn, 0, "59 min 59 s", "23 h 59 min");
        SplitPane.setResizableWithParent(detailsPane, false);
        // The details take room from the table only while a task is selected.
        viewModel.hasSelectionProperty().addListener(observable -> showDetailsPane());
        showDetailsPane();
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        followUpButton.textProperty().bind(viewModel.followUpLabelProperty());
        show(followUpButton, viewModel.hasFollowUpProperty());
        show(cancelButton, viewModel.canCancelProperty());
        stopWatchingButton.disableProperty().bind(viewModel.canStopWatchingProperty().not());

        noSelection.visibleProperty().bind(viewModel.hasSelectionProperty().not());
        detailsScroll.visibleProperty().bind(viewModel.hasSelectionProperty());
        detailsTitle.textProperty().bind(viewModel.detailsTitleProperty());
        detailsSubtitle.textProperty().bind(viewModel.detailsSubtitleProperty());
        // A URI has no spaces: it may break after each / and -, rather than end in an ellipsis.
        detailsUri.textProperty().bind(viewModel.detailsUriProperty().map(uri -> uri.replaceAll("([/-])", "$1\u200B")));
        show(errorsSection, viewModel.hasErrorsProperty());
        errorSlot.getChildren().setAll(loader.load(ErrorView.class, new ErrorView(viewModel.errorViewModel())).root());
        timeline.setItems(viewModel.timeline());
        timeline.setPlaceholder(new Label(viewModel.noUpdatesText()));
        show(childrenSection, viewModel.hasChildrenProperty());
        childTree.setRoot(new TreeItem<>());
        childTree.setCellFactory(tree -> new ChildTaskCell());
        // The ViewModel lives as long as this view: the listener needs no removal.
        viewModel.children().addListener((ListChangeListener<TaskResource>) change -> showChildren());
        viewModel.otherErrors().addListener((ListChangeListener<String>) change -> showMoreErrors());
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    private void showDetailsPane() {
        // The details repeat the appliance, resource, status, latest update and start time: while they show, those
        // columns step aside, so the table fits beside them instead of scrolling sideways.
        boolean details = viewModel.hasSelectionProperty().get();
        List.of(applianceColumn, resourceColumn, statusColumn, updateColumn, startedColumn).forEach(column -> column.setVisible(!details));
        if (details) {
            if (!split.getItems().contains(detailsPane)) {
                split.getItems().add(detailsPane);
                double width = split.getWidth() > 0 ? split.getWidth() : 1280;
                split.setDividerPositions(Math.max(0.4, 1 - detailsPane.getPrefWidth() / width));
            }
        } else {
            split.getItems().remove(detailsPane);
        }
    }

    private void tick() {
        viewModel.tick();
    }

    /** Stops the once-a-second clock (the console closes). */
    public void close() {
        ticker.stop();
    }

    private void showChildren() {
        childTree.getRoot().getChildren().setAll(viewModel.children().stream().map(TreeItem::new).toList());
    }

    private void showMoreErrors() {
        moreErrors.getChildren().setAll(viewModel.otherErrors().stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            return line;
        }).toList());
    }

    private static void text(TableColumn<TaskRow, String> column, Function<TaskRow, ObservableValue<String>> value) {
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
    }

    private static void show(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void runFollowUp() {
        viewModel.runFollowUp();
    }

    @FXML
    private void cancelTask() {
        viewModel.cancelSelected();
    }

    @FXML
    private void stopWatching() {
        viewModel.stopWatchingSelected();
    }

    @FXML
    private void clearFinished() {
        viewModel.clearFinished();
    }
}
