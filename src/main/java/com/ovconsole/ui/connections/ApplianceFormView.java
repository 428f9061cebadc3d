package com.ovconsole.ui.connections;

import java.util.Objects;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The add/edit appliance form (ApplianceFormView.fxml); messages appear under their field. */
public final class ApplianceFormView {

    private final ApplianceFormViewModel viewModel;

    @FXML private TextField address;
    @FXML private TextField displayName;
    @FXML private TextField userName;
    @FXML private TextField loginDomain;
    @FXML private TextField proxy;
    @FXML private Label addressError;
    @FXML private Label displayNameError;
    @FXML private Label proxyError;

    public ApplianceFormView(ApplianceFormViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        address.setDisable(!viewModel.isAddressEditable());
        displayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        loginDomain.textProperty().bindBidirectional(viewModel.loginDomainProperty());
        proxy.textProperty().bindBidirectional(viewModel.proxyProperty());
        showError(addressError, viewModel.addressErrorProperty(), address);
        showError(displayNameError, viewModel.displayNameErrorProperty(), displayName);
        showError(proxyError, viewModel.proxyErrorProperty(), proxy);
    }

    /** The field's message shows once the user has typed there (an empty new form is not scolded). */
    private static void showError(Label label, StringBinding message, TextField field) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty().and(field.textProperty().isNotEmpty()));
        label.managedProperty().bind(label.visibleProperty());
        field.accessibleHelpProperty().bind(message);
    }

    /** The first field to type in. */
    TextField firstField() {
        return address.isDisable() ? displayName : address;
    }
}
