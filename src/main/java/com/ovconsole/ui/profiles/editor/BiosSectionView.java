package com.ovconsole.ui.profiles.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The BIOS section: managed or not, the overridden settings edited in place. */
public final class BiosSectionView implements EditorSection {

    private ProfileEditorViewModel editor;

    @FXML private CheckBox manage;
    @FXML private TableView<BiosSettingEdit> table;
    @FXML private TableColumn<BiosSettingEdit, String> idColumn;
    @FXML private TableColumn<BiosSettingEdit, String> valueColumn;
    @FXML private Button addButton;
    @FXML private Button removeButton;

    @Override
    public void bind(ProfileEditorViewModel editor) {
        this.editor = editor;
        FormBindings.check(manage, editor, ProfileField.MANAGE_BIOS);
        table.setItems(editor.biosSettings());
        FormBindings.editableText(idColumn, BiosSettingEdit::idProperty);
        FormBindings.editableText(valueColumn, BiosSettingEdit::valueProperty);
        table.disableProperty().bind(manage.selectedProperty().not());
        addButton.disableProperty().bind(table.disabledProperty());
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(table.disabledProperty()));
    }

    @FXML
    void add() {
        editor.addBiosSetting();
    }

    @FXML
    void remove() {
        editor.removeBiosSetting(table.getSelectionModel().getSelectedItem());
    }
}
