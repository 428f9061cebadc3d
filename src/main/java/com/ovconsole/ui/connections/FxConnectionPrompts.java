package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The connect flow's questions as modal JavaFX dialogs owned by the main window. */
public final class FxConnectionPrompts implements ConnectionPrompts {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final Messages messages;

    public FxConnectionPrompts(Supplier<Window> owner, ViewLoader loader, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public boolean trustCertificate(CertificateTrustViewModel certificate) {
        Parent content = loader.load(CertificateView.class, new CertificateView(certificate)).root();
        Dialog<ButtonType> dialog = dialog(certificate.getTitle(), content, certificate.getTrustLabel(), null,
                "certificate-dialog");
        // A changed certificate is dangerous: Enter must not trust it by accident.
        Button cancel = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1));
        if (certificate.isChanged()) {
            Button trust = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            trust.setDefaultButton(false);
            trust.getStyleClass().add("danger");
            cancel.setDefaultButton(true);
        }
        Platform.runLater(cancel::requestFocus);
        return confirmed(dialog);
    }

    @Override
    public boolean logIn(LoginViewModel login) {
        return login(login, false, login.getTitle());
    }

    @Override
    public boolean logInAgain(LoginViewModel login) {
        return login(login, true, messages.get("connections.login.relogin.title"));
    }

    private boolean login(LoginViewModel login, boolean relogin, String title) {
        LoginView view = new LoginView(login, messages, relogin);
        Parent content = loader.load(LoginView.class, view).root();
        Dialog<ButtonType> dialog = dialog(title, content, messages.get("connections.login.logIn"),
                login.canLogInProperty(), "login-dialog");
        Platform.runLater(view.firstField()::requestFocus);
        boolean ok = confirmed(dialog);
        if (!ok) {
            login.clearPassword();
        }
        return ok;
    }

    @Override
    public boolean editAppliance(ApplianceFormViewModel form) {
        ApplianceFormView view = new ApplianceFormView(form);
        Parent content = loader.load(ApplianceFormView.class, view).root();
        Dialog<ButtonType> dialog = dialog(form.getTitle(), content, messages.get("connections.form.save"),
                form.validProperty(), "appliance-form-dialog");
        Platform.runLater(view.firstField()::requestFocus);
        return confirmed(dialog);
    }

    private Dialog<ButtonType> dialog(String title, Node content, String okLabel, ObservableBooleanValue okEnabled,
            String styleClass) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        Window window = owner.get();
        dialog.initOwner(window);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().addAll("console-dialog", styleClass);
        pane.setContent(content);
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(ok, new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.getStyleClass().add("accent");
        if (okEnabled != null) {
            okButton.disableProperty().bind(Bindings.not(okEnabled));
        }
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
        }
        return dialog;
    }

    private static boolean confirmed(Dialog<ButtonType> dialog) {
        return dialog.showAndWait().map(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
