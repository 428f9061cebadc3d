package com.ovconsole.ui.profiles.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;

/** The Boot order section: managed or not, the devices in order, moved with the selection. */
public final class BootOrderSectionView implements EditorSection {

    private ProfileEditorViewModel editor;

    @FXML private CheckBox manage;
    @FXML private ListView<String> order;
    @FXML private Button upButton;
    @FXML private Button downButton;

    @Override
    public void bind(ProfileEditorViewModel editor) {
        this.editor = editor;
        FormBindings.check(manage, editor, ProfileField.MANAGE_BOOT);
        order.setItems(editor.bootOrder());
        order.disableProperty().bind(manage.selectedProperty().not());
        upButton.disableProperty().bind(order.getSelectionModel().selectedItemProperty().isNull()
                .or(order.disabledProperty()));
        downButton.disableProperty().bind(upButton.disableProperty());
    }

    @FXML
    void moveUp() {
        FormBindings.moveSelected(order.getSelectionModel(), order.getItems(), -1, editor::moveBootOrder);
    }

    @FXML
    void moveDown() {
        FormBindings.moveSelected(order.getSelectionModel(), order.getItems(), 1, editor::moveBootOrder);
    }
}
