package com.ovconsole.ui.connections;

import com.ovconsole.api.ApplianceAddress;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.Messages;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit appliance dialog: host or URL, display name, user name, login domain and an
 * optional manual proxy. Each field validates as it is typed; the messages show inline.
 */
public final class ApplianceFormViewModel {

    private final Messages messages;
    private final ApplianceEntry original;

    // Properties
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty loginDomain = new SimpleStringProperty(this, "loginDomain", "");
    private final StringProperty proxy = new SimpleStringProperty(this, "proxy", "");
    private final StringBinding addressError;
    private final StringBinding proxyError;
    private final StringBinding displayNameError;
    private final BooleanBinding valid;

    /** @param original the entry being edited, or null for a new one */
    public ApplianceFormViewModel(Messages messages, ApplianceEntry original) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.original = original;
        if (original != null) {
            address.set(original.address());
            displayName.set(original.displayName());
            userName.set(original.userName());
            loginDomain.set(original.loginDomain());
            proxy.set(original.proxy() == null ? "" : original.proxy());
        } else {
            userName.set("Administrator");
        }
        addressError = validation(address, this::checkAddress);
        proxyError = validation(proxy, ApplianceFormViewModel::checkProxy);
        displayNameError = validation(displayName, text -> text.length() > 80
                ? messages.get("connections.form.nameTooLong") : "");
        valid = Bindings.createBooleanBinding(
                () -> addressError.get().isEmpty() && proxyError.get().isEmpty() && displayNameError.get().isEmpty(),
                addressError, proxyError, displayNameError);
    }

    private static StringBinding validation(StringProperty field, Function<String, String> check) {
        return Bindings.createStringBinding(() -> check.apply(field.get() == null ? "" : field.get().trim()), field);
    }

    private String checkAddress(String text) {
        if (original != null && original.demo()) {
            return "";
        }
        if (text.isEmpty()) {
            return messages.get("connections.form.addressRequired");
        }
        try {
            ApplianceAddress.parse(text);
            return "";
        } catch (IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
    }

    private static String checkProxy(String text) {
        if (text.isEmpty()) {
            return "";
        }
        try {
            // The client builder owns the proxy syntax; building nothing, it only parses.
            ApplianceClient.builder("localhost").proxy(text);
            return "";
        } catch (IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
    }

    // Commands

    /** The entry to store; call only when {@link #validProperty()} is true. */
    public ApplianceEntry toEntry() {
        if (!valid.get()) {
            throw new IllegalStateException("The appliance form is not valid: " + addressError.get() + proxyError.get());
        }
        String host = address.get().trim();
        String name = displayName.get().trim();
        String proxyText = proxy.get().trim();
        ApplianceEntry base = original != null ? original : ApplianceEntry.create(name, host, "", "");
        boolean sameHost = original != null && original.address().equals(host);
        // A new host is a new machine: its certificate must be trusted again.
        String pin = sameHost ? base.pinnedCertificateSha256() : null;
        return new ApplianceEntry(base.id(), name.isEmpty() ? host : name, host, userName.get().trim(),
                loginDomain.get().trim(), pin, proxyText.isEmpty() ? null : proxyText, base.demo());
    }

    // Properties

    public String getTitle() {
        return original == null ? messages.get("connections.form.addTitle") : messages.get("connections.form.editTitle");
    }

    /** The demo appliance's address belongs to the console and cannot be edited. */
    public boolean isAddressEditable() {
        return original == null || !original.demo();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty loginDomainProperty() {
        return loginDomain;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringBinding addressErrorProperty() {
        return addressError;
    }

    public StringBinding proxyErrorProperty() {
        return proxyError;
    }

    public StringBinding displayNameErrorProperty() {
        return displayNameError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
