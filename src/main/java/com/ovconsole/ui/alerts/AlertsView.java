package com.ovconsole.ui.alerts;

import com.ovconsole.api.model.AlertChange;
import com.ovconsole.api.model.AlertState;
import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Alerts tab of an appliance: filter bar, the alert list, the selected alert's details. */
public final class AlertsView {

    /** Room for the severity icon and its gap. */
    private static final double SEVERITY_ICON = 24;

    private final AlertsViewModel viewModel;
    private final Messages messages;
    private boolean syncing;

    @FXML private ComboBox<String> severityFilter;
    @FXML private ComboBox<StateFilter> stateFilter;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button clearButton;
    @FXML private Button reactivateButton;
    @FXML private TableView<AlertRow> table;
    @FXML private TableColumn<AlertRow, String> severityColumn;
    @FXML private TableColumn<AlertRow, String> resourceColumn;
    @FXML private TableColumn<AlertRow, String> descriptionColumn;
    @FXML private TableColumn<AlertRow, String> actionColumn;
    @FXML private TableColumn<AlertRow, String> createdColumn;
    @FXML private TableColumn<AlertRow, String> stateColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label noDetailsLabel;
    @FXML private ScrollPane detailsScroll;
    @FXML private FontIcon detailsIcon;
    @FXML private Label detailsSeverity;
    @FXML private Label detailsDescription;
    @FXML private Hyperlink detailsResourceLink;
    @FXML private Label detailsResourceText;
    @FXML private Label detailsState;
    @FXML private Label detailsCreated;
    @FXML private Label detailsModified;
    @FXML private Label detailsAssigned;
    @FXML private Label detailsCleared;
    @FXML private Label detailsType;
    @FXML private Label lockedNote;
    @FXML private Label detailsAction;
    @FXML private VBox changeLog;
    @FXML private Label statusLabel;

    public AlertsView(AlertsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        bindFilters();
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        placeholderLabel.textProperty().bind(viewModel.placeholderProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.getParent().visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        statusLabel.getParent().managedProperty().bind(viewModel.statusProperty().isNotEmpty());
        table.setItems(viewModel.rows());
        bindColumns();
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty) {
                    viewModel.rowShown(getIndex());
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> {
            if (!syncing && row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((property, old, row) -> showSelected(row));
        showSelected(viewModel.selectedProperty().get());
        table.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(table::requestFocus);
            }
        });
    }

    private void bindFilters() {
        severityFilter.setItems(FXCollections.observableArrayList(withAll(AlertsViewModel.SEVERITIES)));
        severityFilter.setCellFactory(list -> labelled(viewModel::severityLabel));
        severityFilter.setButtonCell(labelled(viewModel::severityLabel));
        severityFilter.valueProperty().bindBidirectional(viewModel.severityFilterProperty());
        stateFilter.setItems(FXCollections.observableArrayList(StateFilter.values()));
        stateFilter.setCellFactory(list -> labelled(viewModel::stateLabel));
        stateFilter.setButtonCell(labelled(viewModel::stateLabel));
        stateFilter.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
    }

    private static List<String> withAll(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(values);
        return all;
    }

    private static <T> ListCell<T> labelled(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }

    private void bindColumns() {
        severityColumn.setCellValueFactory(cell -> text(cell.getValue().severity()));
        severityColumn.setCellFactory(column -> new SeverityCell());
        resourceColumn.setCellValueFactory(cell -> text(resourceText(cell.getValue())));
        resourceColumn.setCellFactory(column -> new ResourceCell(viewModel::openResource));
        descriptionColumn.setCellValueFactory(cell -> text(cell.getValue().description()));
        descriptionColumn.setCellFactory(tooltipped());
        actionColumn.setCellValueFactory(cell -> text(cell.getValue().correctiveAction()));
        actionColumn.setCellFactory(tooltipped());
        createdColumn.setCellValueFactory(cell -> text(viewModel.shortTime(cell.getValue().alert().created())));
        stateColumn.setCellValueFactory(cell -> text(cell.getValue().state()));
        // Every column as wide as its texts (no cell shows an ellipsis); the long texts come last, so
        // severity, resource, state and time stay in view and a narrow window scrolls sideways.
        ColumnWidths.fitToContent(table, List.of(resourceColumn, stateColumn, descriptionColumn, actionColumn));
        // The known severities, and any other a newer appliance sends, shown whole.
        ColumnWidths.fitTexts(table, severityColumn, SEVERITY_ICON, () -> {
            Set<String> texts = new TreeSet<>(List.of("Critical", "Warning", "Unknown"));
            table.getItems().forEach(row -> texts.add(row.severity()));
            return texts;
        });
        ColumnWidths.fitSamples(table, createdColumn, 0, "2026-12-31 23:59");
    }

    private String resourceText(AlertRow row) {
        return row.resourceName().isEmpty() ? messages.get("alerts.noResource") : row.resourceName();
    }

    private static Callback<TableColumn<AlertRow, String>, TableCell<AlertRow, String>> tooltipped() {
        return column -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                tooltip.setText(value);
                setTooltip(empty || value == null || value.isEmpty() ? null : tooltip);
            }
        };
    }

    private void showSelected(AlertRow row) {
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getItems().contains(row)) {
                // Chosen elsewhere (opened by URI, re-read): bring it into view; a click needs no scrolling.
                if (table.getSelectionModel().getSelectedItem() != row) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
        boolean shown = row != null;
        noDetailsLabel.setVisible(!shown);
        detailsScroll.setVisible(shown);
        clearButton.disableProperty().unbind();
        reactivateButton.disableProperty().unbind();
        clearButton.disableProperty().bind(viewModel.busyProperty().or(
                Bindings.createBooleanBinding(() -> !shown || row.alertState()
                        == AlertState.CLEARED)));
        reactivateButton.disableProperty().bind(viewModel.busyProperty().or(
                Bindings.createBooleanBinding(() -> !shown || row.alertState()
                        != AlertState.CLEARED)));
        if (shown) {
            fillDetails(row);
        }
    }

    private void fillDetails(AlertRow row) {
        SeverityCell.point(detailsIcon, row.level());
        detailsSeverity.setText(row.severity());
        detailsDescription.setText(row.description());
        boolean linked = row.linkUri() != null;
        detailsResourceLink.setText(linked ? row.resourceName() : "");
        detailsResourceLink.setVisible(linked);
        detailsResourceLink.setManaged(linked);
        detailsResourceText.setVisible(!linked);
        detailsResourceText.setManaged(!linked);
        detailsResourceText.setText(resourceText(row));
        detailsResourceText.setTooltip(!linked && row.resourceCategory() != null && !row.resourceName().isEmpty()
                ? new Tooltip(messages.format("alerts.details.unknownCategory", row.resourceCategory())) : null);
        detailsState.setText(row.state());
        detailsCreated.setText(viewModel.shortTime(row.alert().created()));
        detailsModified.setText(viewModel.shortTime(row.alert().modified()));
        String assigned = row.alert().assignedToUser();
        detailsAssigned.setText(assigned == null || assigned.isBlank() ? messages.get("alerts.details.nobody") : assigned);
        String clearedTime = viewModel.shortTime(row.alert().clearedTime());
        String clearedBy = row.alert().clearedByUser();
        detailsCleared.setText(clearedTime.isEmpty() && clearedBy == null ? "\u2014"
                : messages.format("alerts.details.clearedBy", clearedTime, clearedBy == null ? "?" : clearedBy));
        detailsType.setText(row.typeText().isEmpty() ? "\u2014" : row.typeText());
        boolean locked = row.alertState() == AlertState.LOCKED;
        lockedNote.setVisible(locked);
        lockedNote.setManaged(locked);
        detailsAction.setText(row.correctiveAction().isEmpty() ? "\u2014" : row.correctiveAction());
        changeLog.getChildren().clear();
        if (row.changeLog().isEmpty()) {
            Label none = new Label(messages.get("alerts.details.noChanges"));
            none.getStyleClass().add("muted");
            changeLog.getChildren().add(none);
        }
        for (AlertChange change : row.changeLog()) {
            Label time = new Label(viewModel.shortTime(change.created()));
            time.getStyleClass().add("change-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label((change.username() == null ? "" : change.username() + ": ")
                    + (change.notes() == null ? "" : change.notes()));
            text.setWrapText(true);
            HBox line = new HBox(10, time, text);
            changeLog.getChildren().add(line);
        }
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    void clear() {
        viewModel.clearSelected();
    }

    @FXML
    void reactivate() {
        viewModel.reactivateSelected();
    }

    @FXML
    void refresh() {
        viewModel.refresh();
    }

    @FXML
    void openResource() {
        viewModel.openResource(viewModel.selectedProperty().get());
    }
}
