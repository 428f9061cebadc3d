package com.ovconsole.ui.connections;

import com.ovconsole.api.Credentials;
import com.ovconsole.api.UserName;
import com.ovconsole.api.model.LoginDetails;
import com.ovconsole.ui.Messages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The login dialog: user ({@code user}, {@code DOMAIN\\user} or {@code user@domain}), password,
 * login domain picked from {@code /rest/logindetails} (the appliance default preselected), and the
 * login banner that must be acknowledged when the appliance requires it. The password lives here
 * only until {@link #takeCredentials()} hands it to the client, which wipes it.
 */
public final class LoginViewModel {

    private final Messages messages;
    private final String applianceName;
    private final boolean bannerRequired;
    private final String banner;

    // Properties
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObservableList<String> domains = FXCollections.observableArrayList();
    private final ObjectProperty<String> domain = new SimpleObjectProperty<>(this, "domain");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final BooleanProperty bannerAcknowledged = new SimpleBooleanProperty(this, "bannerAcknowledged");
    private final BooleanBinding typedDomain;
    private final BooleanBinding canLogIn;

    public LoginViewModel(Messages messages, String applianceName, String lastUserName, String lastDomain,
            LoginDetails details) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.applianceName = Objects.requireNonNull(applianceName, "applianceName");
        LoginDetails known = details == null ? new LoginDetails(true, "", List.of(), null) : details;
        this.banner = known.loginMessage().text();
        this.bannerRequired = known.loginMessage().acknowledgementRequired();
        userName.set(lastUserName == null ? "" : lastUserName);
        Set<String> names = new LinkedHashSet<>();
        if (known.allowLocalLogin()) {
            names.add("LOCAL");
        }
        names.addAll(known.configuredLoginDomains());
        if (!known.defaultLoginDomain().isBlank()) {
            names.add(known.defaultLoginDomain());
        }
        domains.setAll(names);
        domain.set(pickDomain(lastDomain, known.defaultLoginDomain()));
        typedDomain = Bindings.createBooleanBinding(() -> UserName.parse(userName.get()).domain().isPresent(), userName);
        canLogIn = Bindings.createBooleanBinding(() -> !UserName.parse(userName.get()).user().isBlank()
                && !password.get().isEmpty() && (!bannerRequired || bannerAcknowledged.get()),
                userName, password, bannerAcknowledged);
    }

    private String pickDomain(String lastDomain, String applianceDefault) {
        if (lastDomain != null && domains.contains(lastDomain)) {
            return lastDomain;
        }
        if (applianceDefault != null && domains.contains(applianceDefault)) {
            return applianceDefault;
        }
        return domains.isEmpty() ? null : domains.get(0);
    }

    // Commands

    /**
     * The credentials to log in with; the typed domain ({@code DOMAIN\\user}) wins over the picker.
     * Clears the password field: it is never kept after this.
     */
    public Credentials takeCredentials() {
        char[] secret = password.get().toCharArray();
        password.set("");
        String chosenDomain = typedDomain.get() ? null : domain.get();
        return new Credentials(userName.get(), secret, chosenDomain, !bannerRequired || bannerAcknowledged.get());
    }

    /** Forgets the typed password (dialog cancelled). */
    public void clearPassword() {
        password.set("");
    }

    // Properties

    public String getApplianceName() {
        return applianceName;
    }

    public String getTitle() {
        return messages.format("connections.login.title", applianceName);
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<String> getDomains() {
        return domains;
    }

    public ObjectProperty<String> domainProperty() {
        return domain;
    }

    /** True when the user typed the domain into the name, so the picker does not apply. */
    public BooleanBinding typedDomainProperty() {
        return typedDomain;
    }

    /** A line under the fields, e.g. the demo appliance's password; empty for none. */
    public StringProperty hintProperty() {
        return hint;
    }

    public String getBanner() {
        return banner;
    }

    public boolean hasBanner() {
        return !banner.isBlank();
    }

    public boolean isBannerRequired() {
        return bannerRequired;
    }

    public BooleanProperty bannerAcknowledgedProperty() {
        return bannerAcknowledged;
    }

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }
}
