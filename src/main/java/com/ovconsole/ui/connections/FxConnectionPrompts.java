package com.ovconsole.ui.connections;

import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.dialogs.DialogSpec;
import com.ovconsole.ui.dialogs.ModalDialogs;
import java.util.Objects;

/** The connect flow's questions as modal dialogs owned by the main window ({@link ModalDialogs}). */
public final class FxConnectionPrompts implements ConnectionPrompts {

    /** What the login dialog's controller is made from: the login, and whether it is the small re-login prompt. */
    record Login(LoginViewModel viewModel, boolean relogin) {
    }

    private final ModalDialogs dialogs;
    private final Messages messages;

    public FxConnectionPrompts(ModalDialogs dialogs, Messages messages) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** How the connect flow's dialog controllers are made (called by {@link ConnectionsModule}). */
    static void registerDialogs(Controllers controllers, Messages messages) {
        controllers.registerDialog(CertificateView.class, CertificateTrustViewModel.class, CertificateView::new);
        controllers.registerDialog(LoginView.class, Login.class,
                login -> new LoginView(login.viewModel(), messages, login.relogin()));
        controllers.registerDialog(ApplianceFormView.class, ApplianceFormViewModel.class, ApplianceFormView::new);
    }

    @Override
    public boolean trustCertificate(CertificateTrustViewModel certificate) {
        // A changed certificate is dangerous: Enter must not trust it by accident.
        return dialogs.show(dialogs.load(CertificateView.class, certificate),
                DialogSpec.confirm(certificate.getTitle(), certificate.getTrustLabel())
                        .styleClass("console-dialog", "certificate-dialog")
                        .cautious(certificate.isChanged()).focusCancel());
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
        LoadedView<LoginView> view = dialogs.load(LoginView.class, new Login(login, relogin));
        boolean ok = dialogs.show(view, DialogSpec.confirm(title, messages.get("connections.login.logIn"))
                .styleClass("console-dialog", "login-dialog")
                .confirmEnabledWhen(login.canLogInProperty()).focus(view.controller().firstField()));
        if (!ok) {
            login.clearPassword();
        }
        return ok;
    }

    @Override
    public boolean editAppliance(ApplianceFormViewModel form) {
        LoadedView<ApplianceFormView> view = dialogs.load(ApplianceFormView.class, form);
        return dialogs.show(view, DialogSpec.confirm(form.getTitle(), messages.get("connections.form.save"))
                .styleClass("console-dialog", "appliance-form-dialog")
                .confirmEnabledWhen(form.validProperty()).focus(view.controller().firstField()));
    }
}
