package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;

/** The Connections section: a table whose cells edit the row's properties in place. */
public final class ConnectionsSectionView implements EditorSection {

    static final List<String> FUNCTION_TYPES = List.of("Ethernet", "FibreChannel", "FCoE", "iSCSI");
    static final List<String> BOOT_PRIORITIES = List.of("NotBootable", "Primary", "Secondary");

    private final Messages messages;
    private ProfileEditorViewModel editor;

    @FXML private Label networksNote;
    @FXML private TableView<ConnectionEdit> table;
    @FXML private TableColumn<ConnectionEdit, String> idColumn;
    @FXML private TableColumn<ConnectionEdit, String> nameColumn;
    @FXML private TableColumn<ConnectionEdit, String> functionColumn;
    @FXML private TableColumn<ConnectionEdit, String> networkColumn;
    @FXML private TableColumn<ConnectionEdit, String> portColumn;
    @FXML private TableColumn<ConnectionEdit, String> mbpsColumn;
    @FXML private TableColumn<ConnectionEdit, String> bootColumn;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Label error;

    ConnectionsSectionView(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void bind(ProfileEditorViewModel editor) {
        this.editor = editor;
        ObservableList<PickerChoice> networks = editor.pickList(ProfileField.CONNECTIONS);
        ObservableStringValue missing = editor.lookupNote(ProfileField.CONNECTIONS);
        table.setItems(editor.connections());
        // Network names arrive after the rows: show names instead of URIs once they do.
        networks.addListener((ListChangeListener<PickerChoice>) change -> table.refresh());

        idColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().idProperty().get())));
        FormBindings.editableText(nameColumn, ConnectionEdit::nameProperty);
        FormBindings.editableText(functionColumn, ConnectionEdit::functionTypeProperty);
        functionColumn.setCellFactory(ComboBoxTableCell.forTableColumn(FUNCTION_TYPES.toArray(String[]::new)));
        networkColumn.setCellValueFactory(cell -> cell.getValue().networkUriProperty());
        networkColumn.setCellFactory(column -> new NetworkCell(networks, missing));
        FormBindings.editableText(portColumn, ConnectionEdit::portIdProperty);
        FormBindings.editableText(mbpsColumn, ConnectionEdit::requestedMbpsProperty);
        FormBindings.editableText(bootColumn, ConnectionEdit::bootPriorityProperty);
        bootColumn.setCellFactory(ComboBoxTableCell.forTableColumn(BOOT_PRIORITIES.toArray(String[]::new)));
        ColumnWidths.fitToContent(table, List.of(nameColumn, functionColumn, portColumn, mbpsColumn, bootColumn));
        ColumnWidths.fitTexts(table, networkColumn, 0, () -> networks.stream().map(PickerChoice::toString).toList());
        networks.addListener((ListChangeListener<PickerChoice>) change -> ColumnWidths.refit(table));

        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        upButton.disableProperty().bind(removeButton.disableProperty());
        downButton.disableProperty().bind(removeButton.disableProperty());

        error.textProperty().bind(editor.connectionsErrorProperty());
        FormBindings.message(error);
        networksNote.textProperty().bind(Bindings.when(Bindings.isEmpty(missing)).then("")
                .otherwise(Bindings.concat(messages.get("profiles.field.network"), ": ", missing)));
        FormBindings.message(networksNote);
    }

    @FXML
    void add() {
        editor.addConnection();
    }

    @FXML
    void remove() {
        editor.removeConnection(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    void moveUp() {
        FormBindings.moveSelected(table.getSelectionModel(), table.getItems(), -1, editor::moveConnection);
    }

    @FXML
    void moveDown() {
        FormBindings.moveSelected(table.getSelectionModel(), table.getItems(), 1, editor::moveConnection);
    }

    /** The network by name; editing picks from the appliance's networks and writes the row's networkUri. */
    private static final class NetworkCell extends TableCell<ConnectionEdit, String> {

        private final ObservableList<PickerChoice> networks;
        private final ObservableStringValue missing;

        NetworkCell(ObservableList<PickerChoice> networks, ObservableStringValue missing) {
            this.networks = networks;
            this.missing = missing;
        }

        @Override
        protected void updateItem(String uri, boolean empty) {
            super.updateItem(uri, empty);
            setText(empty || uri == null ? null : ProfilePickers.nameOf(networks, uri));
            setGraphic(null);
        }

        @Override
        public void startEdit() {
            super.startEdit();
            ConnectionEdit row = getTableRow().getItem();
            if (row == null) {
                return;
            }
            ComboBox<PickerChoice> picker = FormBindings.picker(row.networkUriProperty(), networks, missing);
            picker.setOnAction(event -> commitEdit(row.networkUriProperty().get()));
            setText(null);
            setGraphic(picker);
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), isEmpty());
        }
    }
}
