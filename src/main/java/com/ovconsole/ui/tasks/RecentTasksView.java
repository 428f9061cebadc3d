package com.ovconsole.ui.tasks;

import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ColumnWidths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** "Recent tasks on this appliance" (RecentTasksView.fxml). */
public final class RecentTasksView {

    private final RecentTasksViewModel viewModel;

    @FXML private ComboBox<String> stateFilter;
    @FXML private Button watchButton;
    @FXML private Label pageText;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private TableView<TaskResource> table;
    @FXML private Label message;
    @FXML private Label navigationMessage;
    @FXML private TableColumn<TaskResource, String> nameColumn;
    @FXML private TableColumn<TaskResource, String> resourceColumn;
    @FXML private TableColumn<TaskResource, String> stateColumn;
    @FXML private TableColumn<TaskResource, String> percentColumn;
    @FXML private TableColumn<TaskResource, String> statusColumn;
    @FXML private TableColumn<TaskResource, String> createdColumn;
    @FXML private TableColumn<TaskResource, String> ownerColumn;

    public RecentTasksView(RecentTasksViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        List<String> states = new ArrayList<>();
        states.add(null);
        states.addAll(RecentTasksViewModel.STATES);
        stateFilter.getItems().setAll(states);
        stateFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String state) {
                return viewModel.stateLabel(state);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        stateFilter.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
        table.setItems(viewModel.tasks());
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        watchButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        pageText.textProperty().bind(viewModel.pageTextProperty());
        message.textProperty().bind(viewModel.messageProperty());
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        text(nameColumn, TaskResource::name);
        text(resourceColumn, task -> task.associatedResource() == null ? "" : task.associatedResource().resourceName());
        resourceColumn.setCellFactory(column -> new ResourceLinkCell<>(viewModel::resourceLinkable,
                viewModel::openResource, viewModel::resourceTooltip, viewModel::resourceLinkChanges));
        navigationMessage.textProperty().bind(viewModel.navigationMessageProperty());
        text(stateColumn, TaskResource::taskState);
        text(percentColumn, task -> task.percent() + " %");
        text(statusColumn, TaskResource::taskStatus);
        text(createdColumn, task -> TaskTimes.parse(task.created()).map(RecentTasksView::when).orElse(task.created()));
        text(ownerColumn, TaskResource::owner);
        ColumnWidths.fitToContent(table, List.of(nameColumn, resourceColumn, stateColumn, percentColumn, statusColumn,
                createdColumn, ownerColumn));
    }

    /** Short and local, like every date of the console: "Mar 2, 2026, 9:50 AM". */
    private static String when(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    private static void text(TableColumn<TaskResource, String> column, Function<TaskResource, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()), "")));
    }

    @FXML
    private void watch() {
        viewModel.watchSelected();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }
}
