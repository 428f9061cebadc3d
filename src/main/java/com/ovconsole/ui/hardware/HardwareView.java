package com.ovconsole.ui.hardware;

import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.Messages;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/** The Server Hardware tab of an appliance: the paged server list, its filter and the power buttons. */
public final class HardwareView {

    /** Room for a cell's icon and its gap. */
    private static final double ICON = 24;

    private final HardwareViewModel viewModel;
    private final Messages messages;

    @FXML private TextField filterField;
    @FXML private Label summaryLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator hardwareLoading;
    @FXML private Button powerOnButton;
    @FXML private Button powerOffButton;
    @FXML private Button forceOffButton;
    @FXML private TableView<HardwareRow> table;
    @FXML private TableColumn<HardwareRow, String> nameColumn;
    @FXML private TableColumn<HardwareRow, String> modelColumn;
    @FXML private TableColumn<HardwareRow, String> locationColumn;
    @FXML private TableColumn<HardwareRow, HardwareRow> powerColumn;
    @FXML private TableColumn<HardwareRow, HardwareRow> healthColumn;
    @FXML private TableColumn<HardwareRow, HardwareRow> profileColumn;
    @FXML private TableColumn<HardwareRow, String> iloColumn;
    @FXML private Label placeholderLabel;

    public HardwareView(HardwareViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        hardwareLoading.visibleProperty().bind(viewModel.loadingProperty());
        placeholderLabel.textProperty().bind(Bindings.createStringBinding(this::placeholder,
                viewModel.loadingProperty(), viewModel.failureProperty(), viewModel.filterTextProperty()));
        powerOnButton.disableProperty().bind(viewModel.canPowerOnProperty().not());
        powerOffButton.disableProperty().bind(viewModel.canPowerOffProperty().not());
        forceOffButton.disableProperty().bind(viewModel.canPowerOffProperty().not());
        table.setItems(viewModel.rows());
        table.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(table::requestFocus);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> viewModel.select(row));
        // A row re-made by its power task keeps the selection where the user left it.
        viewModel.selectedProperty().addListener((o, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        viewModel.revealedProperty().addListener((o, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
        // The profile link from the keyboard: Enter on a row opens its profile.
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openProfile(viewModel.selectedProperty().get());
                event.consume();
            }
        });
        bindColumns();
        serverSideSort();
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(HardwareRow row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty) {
                    viewModel.rowShown(getIndex());
                }
            }
        });
    }

    private String placeholder() {
        if (viewModel.loadingProperty().get()) {
            return messages.get("hardware.list.loading");
        }
        if (!viewModel.failureProperty().get().isEmpty()) {
            return viewModel.failureProperty().get();
        }
        return viewModel.filterTextProperty().get().isBlank() ? messages.get("hardware.list.empty")
                : messages.get("hardware.list.noMatch");
    }

    private void bindColumns() {
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        nameColumn.setCellFactory(column -> new TableCell<>() {
            {
                getStyleClass().add("name-cell");
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
            }
        });
        modelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().model()));
        modelColumn.setCellFactory(column -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String model, boolean empty) {
                super.updateItem(model, empty);
                setText(empty ? null : model);
                HardwareRow row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(getIndex());
                String fullModel = row == null ? null : row.fullModel();
                whole.setText(fullModel);
                setTooltip(fullModel == null ? null : whole);
            }
        });
        locationColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().location()));
        iloColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().ilo()));
        for (TableColumn<HardwareRow, HardwareRow> column : List.of(powerColumn, healthColumn, profileColumn)) {
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        }
        powerColumn.setCellFactory(column -> new PowerCell());
        healthColumn.setCellFactory(column -> new HealthCell());
        String noProfile = messages.get("hardware.profile.none");
        profileColumn.setCellFactory(column -> new ProfileLinkCell(noProfile, viewModel::openProfile));
        ColumnWidths.fitToContent(table, List.of(nameColumn, modelColumn, locationColumn, iloColumn));
        // Every power state the console names, not only those on screen: the column keeps its width while a
        // server goes "Powering off…" and back.
        List<String> powerTexts = List.of(messages.get("hardware.power.on"), messages.get("hardware.power.off"),
                messages.get("hardware.power.poweringOn"), messages.get("hardware.power.poweringOff"),
                messages.get("hardware.power.resetting"), messages.get("hardware.power.unknown"));
        ColumnWidths.fitTexts(table, powerColumn, ICON, () -> Stream.concat(powerTexts.stream(),
                viewModel.rows().stream().map(HardwareRow::powerText)).distinct().toList());
        fitRows(healthColumn, HardwareRow::healthText, ICON);
        fitRows(profileColumn, row -> row.hasProfile() && row.profileName() != null ? row.profileName() : noProfile, 0);
    }

    /** A column whose cells show a graphic beside text taken from the row: as wide as the widest. */
    private void fitRows(TableColumn<HardwareRow, HardwareRow> column, Function<HardwareRow, String> text, double graphic) {
        ColumnWidths.fitTexts(table, column, graphic, () -> viewModel.rows().stream().map(text).toList());
    }

    /** The appliance sorts: the table only shows which column and direction were asked for. */
    private void serverSideSort() {
        table.setSortPolicy(view -> true);
        table.getSortOrder().add(nameColumn);
        Runnable requery = () -> {
            if (!table.getSortOrder().isEmpty()) {
                TableColumn<HardwareRow, ?> column = table.getSortOrder().get(0);
                viewModel.sortBy((String) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
        };
        table.getSortOrder().addListener((ListChangeListener<TableColumn<HardwareRow, ?>>) change -> requery.run());
        table.getColumns().forEach(column -> column.sortTypeProperty().addListener((o, old, type) -> {
            if (!table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == column) {
                requery.run();
            }
        }));
    }

    @FXML
    void powerOn() {
        viewModel.powerOn();
    }

    @FXML
    void powerOff() {
        viewModel.powerOff();
    }

    @FXML
    void forceOff() {
        viewModel.forceOff();
    }

    @FXML
    void refresh() {
        viewModel.refresh();
    }
}
