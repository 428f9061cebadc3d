package com.ovconsole.ui.connections;

import com.ovconsole.api.ApplianceAddress;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The client's {@link ReloginHook} for one appliance: marks it "session expired", asks for the
 * password in a small dialog on the UI thread while the worker whose request got the 401 waits,
 * and hands the credentials back so the client logs in again and replays that request.
 */
final class ReloginPrompt implements ReloginHook {

    private static final System.Logger LOG = System.getLogger(ReloginPrompt.class.getName());

    private final Messages messages;
    private final ConnectionPrompts prompts;
    private final UiDispatcher ui;
    private final UiQuestions questions;
    private final BooleanSupplier onUiThread;
    private final ApplianceItem item;

    ReloginPrompt(Messages messages, ConnectionPrompts prompts, UiDispatcher ui, BooleanSupplier onUiThread,
            ApplianceItem item) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.questions = new UiQuestions(ui);
        this.onUiThread = Objects.requireNonNull(onUiThread, "onUiThread");
        this.item = Objects.requireNonNull(item, "item");
    }

    @Override
    public Optional<Credentials> credentialsFor(ApplianceAddress appliance, String lastUserName) {
        if (onUiThread.getAsBoolean()) {
            // Waiting here would freeze the window; the call fails and its error says why.
            LOG.log(System.Logger.Level.WARNING, "Session of " + appliance + " expired during a call on the UI thread");
            ui.dispatch(() -> item.sessionExpired());
            return Optional.empty();
        }
        ui.dispatch(item::sessionExpired);
        LoginViewModel login = new LoginViewModel(messages, item.getEntry().displayName(), lastUserName,
                item.getLoginDomain(), null);
        login.hintProperty().set(messages.get("connections.login.relogin.hint"));
        // A late request of an appliance the user disconnected must not ask for its password.
        boolean renewed = questions.ask(() -> item.getStatus().hasSession() && prompts.logInAgain(login));
        if (!renewed) {
            login.clearPassword();
            return Optional.empty();
        }
        Credentials credentials = login.takeCredentials();
        ui.dispatch(item::sessionRenewed);
        return Optional.of(credentials);
    }
}
