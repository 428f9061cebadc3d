package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The login dialog's content (LoginView.fxml). With {@code relogin} it is the small "session
 * expired" prompt: the user is fixed, only the password is asked.
 */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final Messages messages;
    private final boolean relogin;

    @FXML private Label headline;
    @FXML private VBox bannerBox;
    @FXML private TextArea banner;
    @FXML private CheckBox acknowledge;
    @FXML private TextField userName;
    @FXML private PasswordField password;
    @FXML private Label domainLabel;
    @FXML private ComboBox<String> domain;
    @FXML private Label domainHint;
    @FXML private Label hint;

    public LoginView(LoginViewModel viewModel, Messages messages, boolean relogin) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.relogin = relogin;
    }

    @FXML
    private void initialize() {
        headline.setText(relogin ? messages.format("connections.login.relogin.headline", viewModel.getApplianceName())
                : viewModel.getTitle());
        banner.setText(viewModel.getBanner());
        show(bannerBox, !relogin && viewModel.hasBanner());
        show(acknowledge, viewModel.isBannerRequired());
        acknowledge.selectedProperty().bindBidirectional(viewModel.bannerAcknowledgedProperty());
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        userName.setEditable(!relogin);
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        domain.setItems(viewModel.getDomains());
        domain.valueProperty().bindBidirectional(viewModel.domainProperty());
        domain.disableProperty().bind(viewModel.typedDomainProperty());
        show(domainLabel, !relogin);
        show(domain, !relogin);
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        if (relogin) {
            show(domainHint, false);
        } else {
            domainHint.visibleProperty().bind(viewModel.typedDomainProperty());
            domainHint.managedProperty().bind(domainHint.visibleProperty());
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Where typing starts: the password when the user name is known. */
    Node firstField() {
        return viewModel.userNameProperty().get().isBlank() ? userName : password;
    }
}
