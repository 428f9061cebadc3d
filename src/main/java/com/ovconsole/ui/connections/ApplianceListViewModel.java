package com.ovconsole.ui.connections;

import com.ovconsole.api.CancelledException;
import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.LoadResult;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.UiDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The appliance list: entries from the {@link ApplianceStore}, add/edit/remove, and connect /
 * disconnect of each one (several at once, each with its own client and session). The connect
 * flow runs in the background; its steps show in the item's detail and the status bar.
 */
public final class ApplianceListViewModel {

    private static final System.Logger LOG = System.getLogger(ApplianceListViewModel.class.getName());

    private final Messages messages;
    private final DialogService dialogs;
    private final ConnectionPrompts prompts;
    private final ApplianceStore store;
    private final BackgroundRunner runner;
    private final UiDispatcher ui;
    private final EndpointResolver endpoints;
    private final ConnectionFlow flow;
    private final BooleanSupplier onUiThread;
    private final ConnectedAppliances connected;
    private final CertificateChanges certificates;

    // Properties
    private final ObservableList<ApplianceItem> items = FXCollections.observableArrayList(
            item -> new Observable[] {item.statusProperty(), item.entryProperty()});
    private final ObjectProperty<ApplianceItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final ObjectProperty<ConnectedAppliance> selectedConnected = new SimpleObjectProperty<>(this, "selectedConnected");
    private final ObjectProperty<ConnectionStatus> selectedStatus = new SimpleObjectProperty<>(this, "selectedStatus");
    private final StringProperty selectedDetail = new SimpleStringProperty(this, "selectedDetail", "");
    private final BooleanBinding canConnect = Bindings.createBooleanBinding(() -> selectedStatus.get() != null
            && !selectedStatus.get().isBusy() && !selectedStatus.get().hasSession(), selectedStatus);
    private final BooleanBinding canDisconnect = Bindings.createBooleanBinding(() -> selectedStatus.get() != null
            && (selectedStatus.get().isBusy() || selectedStatus.get().hasSession()), selectedStatus);
    private final BooleanBinding selectedBusy = Bindings.createBooleanBinding(
            () -> selectedStatus.get() != null && selectedStatus.get().isBusy(), selectedStatus);
    private final BooleanBinding selectedCertificateChanged = Bindings.createBooleanBinding(
            () -> selectedStatus.get() == ConnectionStatus.CERTIFICATE_CHANGED, selectedStatus);

    public ApplianceListViewModel(Messages messages, DialogService dialogs, ConnectionPrompts prompts,
            ApplianceStore store, BackgroundRunner runner, UiDispatcher ui, EndpointResolver endpoints,
            ConnectionFlow flow, BooleanSupplier onUiThread) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.onUiThread = Objects.requireNonNull(onUiThread, "onUiThread");
        this.connected = new ConnectedAppliances(runner, this::failed);
        this.certificates = new CertificateChanges(messages, prompts, store, runner, dialogs, flow, statusText::set);
        statusText.set(messages.get("status.ready"));
        selected.addListener((property, old, item) -> followSelection(item));
    }

    private void followSelection(ApplianceItem item) {
        selectedStatus.unbind();
        selectedDetail.unbind();
        selectedConnected.unbind();
        if (item == null) {
            selectedStatus.set(null);
            selectedDetail.set("");
            selectedConnected.set(null);
        } else {
            selectedStatus.bind(item.statusProperty());
            selectedDetail.bind(item.detailProperty());
            selectedConnected.bind(item.connectedProperty());
        }
    }

    /** Reads the list in the background; a corrupt file was moved aside and is reported once. */
    public void load() {
        runner.run(context -> store.load(), this::loaded, this::failed);
    }

    private void loaded(LoadResult<List<ApplianceEntry>> result) {
        items.setAll(result.value().stream().map(ApplianceItem::new).toList());
        if (selected.get() == null && !items.isEmpty()) {
            selected.set(items.get(0));
        }
        if (result.hasWarnings()) {
            dialogs.showWarning(messages.get("connections.store.warningTitle"), String.join("\n\n", result.warnings()));
        }
    }

    // Commands

    public void add() {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, null);
        if (prompts.editAppliance(form)) {
            ApplianceEntry entry = form.toEntry();
            runner.run(context -> store.add(entry), saved -> {
                ApplianceItem item = new ApplianceItem(entry);
                items.add(item);
                selected.set(item);
            }, this::failed);
        }
    }

    public void editSelected() {
        ApplianceItem item = selected.get();
        if (item == null) {
            return;
        }
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, item.getEntry());
        if (prompts.editAppliance(form)) {
            ApplianceEntry entry = form.toEntry();
            runner.run(context -> store.update(entry), saved -> item.setEntry(entry), this::failed);
        }
    }

    /** Asks first; a connected appliance is disconnected (logged out) before it goes. */
    public void removeSelected() {
        ApplianceItem item = selected.get();
        if (item == null || !dialogs.confirm(messages.get("connections.remove.title"),
                messages.format("connections.remove.message", item.getEntry().displayName()),
                messages.get("connections.remove.confirm"), messages.get("dialog.cancel"))) {
            return;
        }
        disconnect(item);
        String id = item.getEntry().id();
        runner.run(context -> store.remove(id), saved -> {
            items.remove(item);
            selected.set(items.isEmpty() ? null : items.get(0));
        }, this::failed);
    }

    /** Enter / double-click: connects, or for a changed certificate shows it for review. */
    public void connectSelected() {
        ApplianceItem item = selected.get();
        if (item != null && item.getStatus() == ConnectionStatus.CERTIFICATE_CHANGED) {
            reviewCertificate(item);
        } else if (item != null) {
            connect(item);
        }
    }

    public void disconnectSelected() {
        ApplianceItem item = selected.get();
        if (item != null) {
            disconnect(item);
        }
    }

    /** Runs the connect flow for {@code item} unless it is connected or connecting already. */
    public Job<?> connect(ApplianceItem item) {
        if (item.getStatus().isBusy() || item.getStatus().hasSession()) {
            return null;
        }
        ApplianceEntry entry = item.getEntry();
        item.connecting(messages.get("connections.step.start"));
        ReloginPrompt relogin = new ReloginPrompt(messages, prompts, ui, onUiThread, item);
        Consumer<CertificateChangedException> changedLater = changed -> ui.dispatch(
                () -> certificates.changed(item, changed));
        Job<Outcome> job = runner.run(context -> {
            ApplianceEndpoint endpoint = endpoints.resolve(entry);
            ConnectionFlow.Connected session = flow.connect(entry, endpoint, relogin, changedLater, context);
            return new Outcome(session, remember(entry, endpoint, session), endpoint.autoPinned());
        }, outcome -> connected(item, outcome), failure -> connectFailed(item, failure),
                progress -> {
                    item.progress(progress.message(), ConnectionFlow.isStarting(progress), progress.fraction());
                    statusText.set(entry.displayName() + ": " + progress.message());
                });
        item.attach(job);
        return job;
    }

    /** What a connect produced and the entry as stored after it (new pin, last user). */
    private record Outcome(ConnectionFlow.Connected session, ApplianceEntry entry, boolean autoPinned) {
    }

    /** Stores the trusted pin and the user who signed in; runs on the worker (disk I/O). */
    private ApplianceEntry remember(ApplianceEntry entry, ApplianceEndpoint endpoint, ConnectionFlow.Connected session) {
        String pin = endpoint.autoPinned() ? entry.pinnedCertificateSha256() : session.pinnedSha256();
        ApplianceEntry updated = new ApplianceEntry(entry.id(), entry.displayName(), entry.address(),
                session.userName(), session.loginDomain(), pin, entry.proxy(), entry.demo());
        if (!updated.equals(entry)) {
            store.update(updated);
        }
        return updated;
    }

    private void connected(ApplianceItem item, Outcome outcome) {
        ConnectionFlow.Connected session = outcome.session();
        if (item.getStatus() == ConnectionStatus.DISCONNECTED || !items.contains(item)) {
            // Disconnected or removed while the last step ran: do not keep a session nobody sees.
            connected.logOut(session.client());
            return;
        }
        item.setEntry(outcome.entry());
        ConnectedAppliance appliance = new ConnectedAppliance(outcome.entry().id(), outcome.entry().displayName(),
                session.client(), outcome.entry().demo() ? messages.get("connections.demoHost") : outcome.entry().address());
        item.connected(session, appliance, messages.format("connections.apiVersion", Integer.toString(session.apiVersion())),
                outcome.autoPinned());
        connected.joined(appliance);
        statusText.set(messages.format("connections.status.connectedTo", outcome.entry().displayName(),
                flow.versionText(session.version(), session.apiVersion())));
        LOG.log(System.Logger.Level.INFO, "Connected to " + session.client().address() + " as " + session.userName()
                + ", API " + session.apiVersion());
    }

    private void connectFailed(ApplianceItem item, Throwable failure) {
        if (failure instanceof CancelledException cancelled) {
            item.disconnected(cancelled.getMessage());
            statusText.set(item.getEntry().displayName() + ": " + cancelled.getMessage());
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Connecting to " + item.getEntry().address() + " failed", failure);
        item.failed(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        statusText.set(messages.format("connections.status.failed", item.getEntry().displayName()));
        dialogs.showError(failure);
    }

    /**
     * The appliance presents another certificate than the one trusted: shows it in the dialog of
     * connect time; trusting it pins it and the appliance is usable again, with its views and session.
     */
    public void reviewCertificate(ApplianceItem item) {
        certificates.review(item);
    }

    public void reviewSelectedCertificate() {
        ApplianceItem item = selected.get();
        if (item != null) {
            reviewCertificate(item);
        }
    }

    /** {@code action} runs once a changed certificate was trusted (the app reloads the view on show). */
    public void onCertificateTrusted(Consumer<ConnectedAppliance> action) {
        certificates.onTrusted(action);
    }

    /** Cancels a running connect, or logs the session out (in the background). */
    public void disconnect(ApplianceItem item) {
        ConnectedAppliance appliance = item.getConnected();
        Job<?> running = item.disconnected(messages.get("connections.status.disconnected"));
        if (running != null) {
            running.cancel();
        }
        if (appliance != null) {
            statusText.set(messages.format("connections.status.disconnectedFrom", item.getEntry().displayName()));
            connected.left(appliance);
        }
    }

    /**
     * Exit: logs out every session at once and waits at most {@code limit}; whatever is slower
     * is left to time out on the appliance. Blocks the caller, so only the exit path calls it.
     */
    public void logOutAll(Duration limit) {
        for (ApplianceItem item : items) {
            Job<?> running = item.disconnected("");
            if (running != null) {
                running.cancel();
            }
        }
        connected.logOutAll(limit);
    }

    private void failed(Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "Appliance list operation failed", failure);
        dialogs.showError(failure);
    }

    // Properties

    public ObservableList<ApplianceItem> getItems() {
        return items;
    }

    /** Every appliance signed in right now; the workspace closes the views of one that leaves. */
    public ObservableList<ConnectedAppliance> getConnectedAppliances() {
        return connected.list();
    }

    /** The selected appliance when it is connected, else null: what the workspace shows. */
    public ReadOnlyObjectProperty<ConnectedAppliance> selectedConnectedProperty() {
        return selectedConnected;
    }

    public ObjectProperty<ApplianceItem> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Connect makes sense: an appliance is selected, neither connected nor connecting. */
    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /** Disconnect (or cancel a running connect) makes sense for the selection. */
    public BooleanBinding canDisconnectProperty() {
        return canDisconnect;
    }

    /** The selected appliance presents a changed certificate: offer "Review certificate…". */
    public BooleanBinding selectedCertificateChangedProperty() {
        return selectedCertificateChanged;
    }

    /** The selected appliance's connect flow is running (show its step and a Cancel button). */
    public BooleanBinding selectedBusyProperty() {
        return selectedBusy;
    }

    public ReadOnlyStringProperty selectedDetailProperty() {
        return selectedDetail;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The item of an entry id, e.g. the built-in demo for the smoke run. */
    public ApplianceItem item(String id) {
        return items.stream().filter(item -> item.getEntry().id().equals(id)).findFirst().orElse(null);
    }
}
