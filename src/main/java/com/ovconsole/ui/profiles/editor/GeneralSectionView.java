package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The General section: name, description, the appliance pickers, affinity. */
public final class GeneralSectionView implements EditorSection {

    private final Messages messages;
    private ProfileEditorViewModel editor;

    @FXML private Label nameLabel;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private Label descriptionLabel;
    @FXML private TextField description;
    @FXML private Label hardwareTypeLabel;
    @FXML private ComboBox<PickerChoice> hardwareType;
    @FXML private Label hardwareTypeNote;
    @FXML private Label enclosureGroupLabel;
    @FXML private ComboBox<PickerChoice> enclosureGroup;
    @FXML private Label enclosureGroupNote;
    @FXML private Label serverHardwareLabel;
    @FXML private ComboBox<PickerChoice> serverHardware;
    @FXML private Label serverHardwareNote;
    @FXML private Label affinityLabel;
    @FXML private ComboBox<String> affinity;

    GeneralSectionView(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void bind(ProfileEditorViewModel viewModel) {
        editor = viewModel;
        FormBindings.text(nameLabel, name, editor, ProfileField.NAME);
        nameError.textProperty().bind(editor.nameErrorProperty());
        FormBindings.message(nameError);
        FormBindings.text(descriptionLabel, description, editor, ProfileField.DESCRIPTION);
        FormBindings.picker(hardwareTypeLabel, hardwareType, hardwareTypeNote, editor,
                ProfileField.SERVER_HARDWARE_TYPE, null);
        FormBindings.picker(enclosureGroupLabel, enclosureGroup, enclosureGroupNote, editor,
                ProfileField.ENCLOSURE_GROUP, null);
        FormBindings.picker(serverHardwareLabel, serverHardware, serverHardwareNote, editor,
                ProfileField.SERVER_HARDWARE, new PickerChoice("", messages.get("profiles.editor.unassigned")));
        FormBindings.choice(affinityLabel, affinity, editor, ProfileField.AFFINITY);
    }
}
