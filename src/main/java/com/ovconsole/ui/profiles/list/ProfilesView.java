package com.ovconsole.ui.profiles.list;

import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.profiles.Timestamps;
import com.ovconsole.ui.profiles.editor.ProfileEditorView;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;

/** The Server Profiles tab of an appliance: the list as the first tab, one tab per open editor. */
public final class ProfilesView {

    private final ProfilesViewModel viewModel;
    private final ViewLoader loader;
    private final Messages messages;
    private final Function<ProfileEditorViewModel, ProfileEditorView> editorViews;
    private final Map<ProfileEditorViewModel, Tab> editorTabs = new HashMap<>();

    @FXML private TabPane tabs;
    @FXML private Tab listTab;
    @FXML private TextField filterField;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button copyButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private TableView<ProfileRow> table;
    @FXML private TableColumn<ProfileRow, String> statusColumn;
    @FXML private TableColumn<ProfileRow, String> nameColumn;
    @FXML private TableColumn<ProfileRow, String> descriptionColumn;
    @FXML private TableColumn<ProfileRow, String> stateColumn;
    @FXML private TableColumn<ProfileRow, String> hardwareColumn;
    @FXML private TableColumn<ProfileRow, String> complianceColumn;
    @FXML private TableColumn<ProfileRow, String> modifiedColumn;
    @FXML private Label placeholderLabel;

    public ProfilesView(ProfilesViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.loader = loader;
        this.messages = messages;
        this.editorViews = editor -> new ProfileEditorView(editor, messages);
    }

    @FXML
    void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        placeholderLabel.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(messages.get("profiles.list.loading")).otherwise(Bindings.when(viewModel.failureProperty().isEmpty())
                        .then(messages.get("profiles.list.empty")).otherwise(viewModel.failureProperty())));
        table.setItems(viewModel.rows());
        // Start with the table focused, so the filter box shows its prompt.
        table.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(table::requestFocus);
            }
        });
        copyButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        bindColumns();
        serverSideSort();
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ProfileRow row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty) {
                    viewModel.rowShown(getIndex());
                }
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                edit();
            }
        });
        viewModel.editors().forEach(this::addEditorTab);
        viewModel.editors().addListener((ListChangeListener<ProfileEditorViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(editor -> tabs.getTabs().remove(editorTabs.remove(editor)));
                change.getAddedSubList().forEach(this::addEditorTab);
            }
        });
        viewModel.shownEditorProperty().addListener((observable, old, editor) -> {
            if (editor != null && editorTabs.containsKey(editor)) {
                tabs.getSelectionModel().select(editorTabs.get(editor));
            }
        });
    }

    private void bindColumns() {
        statusColumn.setCellValueFactory(cell -> text(cell.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        nameColumn.setCellValueFactory(cell -> text(cell.getValue().name()));
        descriptionColumn.setCellValueFactory(cell -> text(cell.getValue().description()));
        stateColumn.setCellValueFactory(cell -> text(cell.getValue().state()));
        hardwareColumn.setCellValueFactory(cell -> text(hardwareText(cell.getValue())));
        complianceColumn.setCellValueFactory(cell -> text(cell.getValue().templateCompliance()));
        modifiedColumn.setCellValueFactory(cell -> text(Timestamps.shortForm(cell.getValue().modified())));
        ColumnWidths.fitToContent(table, List.of(nameColumn, descriptionColumn, stateColumn, hardwareColumn,
                complianceColumn, modifiedColumn));
        ColumnWidths.fitSamples(table, statusColumn, STATUS_ICON, "Warning", "Critical", "Disabled", "Unknown");
    }

    /** Room for the status icon and its gap. */
    private static final double STATUS_ICON = 24;

    private String hardwareText(ProfileRow row) {
        if (!row.isAssigned()) {
            return messages.get("profiles.list.unassigned");
        }
        return row.hardwareName() == null ? "…" : row.hardwareName();
    }

    /** The appliance sorts: the table only shows which column and direction were asked for. */
    private void serverSideSort() {
        table.setSortPolicy(view -> true);
        // Shows the default order (name, ascending) before listening, so it does not query twice.
        table.getSortOrder().add(nameColumn);
        Runnable requery = () -> {
            if (!table.getSortOrder().isEmpty()) {
                TableColumn<ProfileRow, ?> column = table.getSortOrder().get(0);
                viewModel.sortBy((String) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
        };
        table.getSortOrder().addListener((ListChangeListener<TableColumn<ProfileRow, ?>>) change -> requery.run());
        table.getColumns().forEach(column -> column.sortTypeProperty().addListener((o, old, type) -> {
            if (!table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == column) {
                requery.run();
            }
        }));
    }

    private void addEditorTab(ProfileEditorViewModel editor) {
        ProfileEditorView view = editorViews.apply(editor);
        Tab tab = new Tab();
        tab.textProperty().bind(view.tabTitle());
        tab.setContent(loader.load(ProfileEditorView.class, view).root());
        tab.setOnClosed(event -> viewModel.closeEditor(editor));
        editorTabs.put(editor, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    void createNew() {
        viewModel.createNew();
    }

    @FXML
    void copy() {
        viewModel.copy(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    void edit() {
        ProfileRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row);
        }
    }

    @FXML
    void delete() {
        viewModel.delete(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    void refresh() {
        viewModel.refresh();
    }

    /** Opens the profile at {@code uri} in its editor tab and brings that tab to front; false for another kind. */
    boolean openProfile(String uri) {
        if (!viewModel.open(uri)) {
            return false;
        }
        Tab editor = editorTabs.get(viewModel.shownEditorProperty().get());
        if (editor != null) {
            tabs.getSelectionModel().select(editor);
        }
        return true;
    }

    /** Brings the list to front (e.g. after the appliance's Refresh). */
    void showList() {
        tabs.getSelectionModel().select(listTab);
    }
}
