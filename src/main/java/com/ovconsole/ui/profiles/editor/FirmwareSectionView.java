package com.ovconsole.ui.profiles.editor;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The Firmware section: managed or not, baseline, install type, forced install. */
public final class FirmwareSectionView implements EditorSection {

    @FXML private Label manageLabel;
    @FXML private CheckBox manage;
    @FXML private Label baselineLabel;
    @FXML private TextField baseline;
    @FXML private Label installTypeLabel;
    @FXML private ComboBox<String> installType;
    @FXML private Label forceLabel;
    @FXML private CheckBox force;

    @Override
    public void bind(ProfileEditorViewModel editor) {
        FormBindings.check(manageLabel, manage, editor, ProfileField.MANAGE_FIRMWARE);
        FormBindings.text(baselineLabel, baseline, editor, ProfileField.FIRMWARE_BASELINE);
        FormBindings.choice(installTypeLabel, installType, editor, ProfileField.FIRMWARE_INSTALL_TYPE);
        FormBindings.check(forceLabel, force, editor, ProfileField.FORCE_INSTALL_FIRMWARE);
    }
}
