package com.ovconsole.ui.connections;

import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the appliance list: the stored entry plus its live connection state. Changed on the
 * UI thread only, by {@link ApplianceListViewModel}.
 */
public final class ApplianceItem {

    private final ReadOnlyObjectWrapper<ApplianceEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ReadOnlyDoubleWrapper startup = new ReadOnlyDoubleWrapper(this, "startup", -1);
    private final ReadOnlyObjectWrapper<ConnectionStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", ConnectionStatus.DISCONNECTED);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper apiVersion = new ReadOnlyStringWrapper(this, "apiVersion", "");
    private final ReadOnlyStringWrapper signedInUser = new ReadOnlyStringWrapper(this, "signedInUser", "");
    private final ReadOnlyObjectWrapper<ConnectedAppliance> connected = new ReadOnlyObjectWrapper<>(this, "connected");
    private final ReadOnlyObjectWrapper<CertificateChangedException> changedCertificate =
            new ReadOnlyObjectWrapper<>(this, "changedCertificate");
    private ConnectionFlow.Connected session;
    private boolean pinOurs;
    private Job<?> job;

    ApplianceItem(ApplianceEntry entry) {
        this.entry.set(Objects.requireNonNull(entry, "entry"));
    }

    // Properties

    public ReadOnlyObjectProperty<ApplianceEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ApplianceEntry getEntry() {
        return entry.get();
    }

    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ConnectionStatus getStatus() {
        return status.get();
    }

    /** The current step, the starting progress or the last error, in one line. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String getDetail() {
        return detail.get();
    }

    /** "API 3800" once connected. */
    public ReadOnlyStringProperty apiVersionProperty() {
        return apiVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedInUserProperty() {
        return signedInUser.getReadOnlyProperty();
    }

    public String getSignedInUser() {
        return signedInUser.get();
    }

    /** The signed-in appliance as the feature views see it; null when not connected. */
    public ReadOnlyObjectProperty<ConnectedAppliance> connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ConnectedAppliance getConnected() {
        return connected.get();
    }

    /** The refusal of the certificate the appliance presents now, while {@link ConnectionStatus#CERTIFICATE_CHANGED}. */
    public ReadOnlyObjectProperty<CertificateChangedException> changedCertificateProperty() {
        return changedCertificate.getReadOnlyProperty();
    }

    public CertificateChangedException getChangedCertificate() {
        return changedCertificate.get();
    }

    /** The session's details (version, user, since); null when not connected. */
    public ConnectionFlow.Connected getSession() {
        return session;
    }

    /** True when the console owns the pin (the built-in demo): a re-trusted certificate is not stored. */
    boolean isPinOurs() {
        return pinOurs;
    }

    String getLoginDomain() {
        return session != null ? session.loginDomain() : getEntry().loginDomain();
    }

    // State changes (UI thread)

    void setEntry(ApplianceEntry value) {
        entry.set(value);
    }

    void connecting(String step) {
        startup.set(-1);
        status.set(ConnectionStatus.CONNECTING);
        detail.set(step);
    }

    /** Keeps the connect job for cancelling, unless it already ended. */
    void attach(Job<?> running) {
        if (status.get().isBusy()) {
            job = running;
        }
    }

    void progress(String text, boolean starting) {
        progress(text, starting, -1);
    }

    /** @param fraction how far a starting appliance is, in [0, 1]; negative when unknown */
    void progress(String text, boolean starting, double fraction) {
        if (status.get().isBusy()) {
            detail.set(text);
            status.set(starting ? ConnectionStatus.STARTING : ConnectionStatus.CONNECTING);
            startup.set(starting && fraction > 0 ? fraction : -1);
        }
    }

    /** How far the appliance's start-up is (a determinate ring beside the step); -1 when not starting. */
    public ReadOnlyDoubleProperty startupProperty() {
        return startup.getReadOnlyProperty();
    }

    void connected(ConnectionFlow.Connected value, ConnectedAppliance appliance, String apiText, boolean autoPinned) {
        job = null;
        pinOurs = autoPinned;
        session = value;
        apiVersion.set(apiText);
        signedInUser.set(value.userName());
        detail.set("");
        // The appliance first: whoever sees CONNECTED may use it at once.
        connected.set(appliance);
        status.set(ConnectionStatus.CONNECTED);
    }

    void failed(String message) {
        job = null;
        startup.set(-1);
        status.set(ConnectionStatus.ERROR);
        detail.set(message);
    }

    void sessionExpired() {
        // A changed certificate lets no request through, so no 401 can mean more than that.
        if (status.get() == ConnectionStatus.CONNECTED) {
            status.set(ConnectionStatus.EXPIRED);
        }
    }

    void sessionRenewed() {
        if (status.get() == ConnectionStatus.EXPIRED) {
            status.set(ConnectionStatus.CONNECTED);
        }
    }

    /** A request was refused: the appliance presents another certificate. Only a signed-in appliance moves. */
    void certificateChanged(CertificateChangedException changed, String text) {
        if (status.get().hasSession()) {
            changedCertificate.set(changed);
            detail.set(text);
            status.set(ConnectionStatus.CERTIFICATE_CHANGED);
        }
    }

    /** The user trusted the new certificate: the appliance is usable again (an expired session stays so). */
    void certificateTrusted() {
        changedCertificate.set(null);
        detail.set("");
        if (status.get() == ConnectionStatus.CERTIFICATE_CHANGED) {
            status.set(ConnectionStatus.CONNECTED);
        }
    }

    /** Forgets the session (the caller logs it out) and returns the job to cancel, if any. */
    Job<?> disconnected(String text) {
        Job<?> running = job;
        job = null;
        session = null;
        changedCertificate.set(null);
        connected.set(null);
        apiVersion.set("");
        signedInUser.set("");
        detail.set(text);
        status.set(ConnectionStatus.DISCONNECTED);
        return running;
    }

    @Override
    public String toString() {
        return getEntry().displayName() + " [" + status.get() + "]";
    }
}
