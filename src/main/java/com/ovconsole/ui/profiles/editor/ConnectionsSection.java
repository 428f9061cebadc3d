package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.ColumnWidths;
import com.ovconsole.ui.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Connections table of the editor: cells edit the row's properties in place. */
final class ConnectionsSection {

    static final List<String> FUNCTION_TYPES = List.of("Ethernet", "FibreChannel", "FCoE", "iSCSI");
    static final List<String> BOOT_PRIORITIES = List.of("NotBootable", "Primary", "Secondary");

    private ConnectionsSection() {
    }

    static VBox build(ProfileEditorViewModel editor, Messages messages) {
        TableView<ConnectionEdit> table = new TableView<>(editor.connections());
        table.getStyleClass().addAll("editor-table", "connections-table");
        table.setEditable(true);
        // Columns as wide as their values; a narrow editor scrolls the table rather than cut them.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Network names arrive after the rows: show names instead of URIs once they do.
        editor.pickList(ProfileField.CONNECTIONS).addListener((javafx.collections.ListChangeListener<PickerChoice>) change -> table.refresh());

        TableColumn<ConnectionEdit, String> id = new TableColumn<>(messages.get("profiles.editor.id"));
        id.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().idProperty().get())));
        id.setPrefWidth(44);
        id.setMaxWidth(60);
        id.setEditable(false);
        table.getColumns().add(id);
        table.getColumns().add(textColumn(messages.get("profiles.field.name"), 140, ConnectionEdit::nameProperty));
        TableColumn<ConnectionEdit, String> function = textColumn(messages.get("profiles.field.functionType"), 125,
                ConnectionEdit::functionTypeProperty);
        function.setCellFactory(ComboBoxTableCell.forTableColumn(FUNCTION_TYPES.toArray(String[]::new)));
        table.getColumns().add(function);
        table.getColumns().add(networkColumn(messages.get("profiles.field.network"), editor.pickList(ProfileField.CONNECTIONS),
                editor.lookupNote(ProfileField.CONNECTIONS)));
        table.getColumns().add(textColumn(messages.get("profiles.field.port"), 100, ConnectionEdit::portIdProperty));
        table.getColumns().add(textColumn(messages.get("profiles.field.requestedMbps"), 140,
                ConnectionEdit::requestedMbpsProperty));
        TableColumn<ConnectionEdit, String> boot = textColumn(messages.get("profiles.field.bootPriority"), 125,
                ConnectionEdit::bootPriorityProperty);
        boot.setCellFactory(ComboBoxTableCell.forTableColumn(BOOT_PRIORITIES.toArray(String[]::new)));
        table.getColumns().add(boot);
        ColumnWidths.fitToContent(table, table.getColumns().stream().filter(column -> column != id
                && column != table.getColumns().get(3)).map(column -> (TableColumn<ConnectionEdit, ?>) column).toList());
        TableColumn<ConnectionEdit, ?> network = table.getColumns().get(3);
        ColumnWidths.fitTexts(table, network, 0, () -> editor.pickList(ProfileField.CONNECTIONS).stream().map(PickerChoice::toString).toList());
        editor.pickList(ProfileField.CONNECTIONS).addListener((javafx.collections.ListChangeListener<PickerChoice>) change -> ColumnWidths.refit(table));

        Button add = button(messages.get("profiles.editor.add"), "fth-plus", editor::addConnection);
        Button remove = button(messages.get("profiles.editor.remove"), "fth-minus",
                () -> editor.removeConnection(table.getSelectionModel().getSelectedItem()));
        Button up = button(messages.get("profiles.editor.moveUp"), "fth-arrow-up",
                () -> moveSelected(table, editor, -1));
        Button down = button(messages.get("profiles.editor.moveDown"), "fth-arrow-down",
                () -> moveSelected(table, editor, 1));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        HBox buttons = new HBox(add, remove, up, down);
        buttons.getStyleClass().add("section-buttons");

        Label error = new Label();
        error.textProperty().bind(editor.connectionsErrorProperty());
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label networksNote = new Label();
        networksNote.textProperty().bind(Bindings.when(editor.lookupNote(ProfileField.CONNECTIONS).isEmpty()).then("")
                .otherwise(Bindings.concat(messages.get("profiles.field.network"), ": ",
                        editor.lookupNote(ProfileField.CONNECTIONS))));
        networksNote.getStyleClass().add("lookup-note");
        networksNote.setWrapText(true);
        networksNote.visibleProperty().bind(networksNote.textProperty().isNotEmpty());
        networksNote.managedProperty().bind(networksNote.visibleProperty());
        return new VBox(6, networksNote, table, buttons, error);
    }

    private static void moveSelected(TableView<ConnectionEdit> table, ProfileEditorViewModel editor, int delta) {
        int index = table.getSelectionModel().getSelectedIndex();
        editor.moveConnection(index, delta);
        table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(table.getItems().size() - 1, index + delta)));
    }

    static Button button(String text, String icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setOnAction(event -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    static <R> TableColumn<R, String> textColumn(String title, double width,
            java.util.function.Function<R, javafx.beans.property.StringProperty> property) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(width);
        return column;
    }

    /** The network by name; the cell edits the row's networkUri through a picker of the appliance's networks. */
    private static TableColumn<ConnectionEdit, String> networkColumn(String title, ObservableList<PickerChoice> networks,
            javafx.beans.value.ObservableStringValue missing) {
        TableColumn<ConnectionEdit, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> cell.getValue().networkUriProperty());
        column.setPrefWidth(160);
        column.setCellFactory(c -> new TableCell<>() {
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
                ComboBox<PickerChoice> picker = FormRows.picker(row.networkUriProperty(), networks, null, missing);
                picker.setOnAction(event -> commitEdit(row.networkUriProperty().get()));
                setText(null);
                setGraphic(picker);
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                updateItem(getItem(), isEmpty());
            }
        });
        return column;
    }
}
