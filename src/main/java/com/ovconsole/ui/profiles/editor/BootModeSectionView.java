package com.ovconsole.ui.profiles.editor;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** The Boot mode section: managed or not, mode, PXE boot policy, secure boot. */
public final class BootModeSectionView implements EditorSection {

    @FXML private Label manageLabel;
    @FXML private CheckBox manage;
    @FXML private Label modeLabel;
    @FXML private ComboBox<String> mode;
    @FXML private Label pxeBootPolicyLabel;
    @FXML private ComboBox<String> pxeBootPolicy;
    @FXML private Label secureBootLabel;
    @FXML private ComboBox<String> secureBoot;

    @Override
    public void bind(ProfileEditorViewModel editor) {
        FormBindings.check(manageLabel, manage, editor, ProfileField.MANAGE_BOOT_MODE);
        FormBindings.choice(modeLabel, mode, editor, ProfileField.BOOT_MODE);
        FormBindings.choice(pxeBootPolicyLabel, pxeBootPolicy, editor, ProfileField.PXE_BOOT_POLICY);
        FormBindings.choice(secureBootLabel, secureBoot, editor, ProfileField.SECURE_BOOT);
    }
}
