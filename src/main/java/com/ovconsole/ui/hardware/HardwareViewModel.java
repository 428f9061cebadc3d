package com.ovconsole.ui.hardware;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.PowerAction;
import com.ovconsole.api.RestPaths;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.PagedList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The server hardware of one appliance, paged by the appliance ({@link PagedList}) like the
 * profile list; sort and filter are the appliance's and start over. Power actions go through
 * {@link PowerControl}; a row follows its task and is read again when the task ends.
 */
public final class HardwareViewModel {

    static final Duration FILTER_QUIET = Duration.ofMillis(300);

    private final ConnectedAppliance appliance;
    private final HardwareServices services;
    private final Messages messages;
    private final ServerHardwareApi api;
    private final RowTexts texts;
    private final ProfileNames profileNames;
    private final PowerControl power;
    private final PagedList<ServerHardware, HardwareRow> list;
    private final ObservableList<HardwareRow> rows;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HardwareRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canPowerOn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPowerOff = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<HardwareRow> revealed = new ReadOnlyObjectWrapper<>();
    /** The server {@link #open} was asked for, until its row is loaded and shown. */
    private String toReveal;

    public HardwareViewModel(ConnectedAppliance appliance, HardwareServices services) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
        this.api = new ServerHardwareApi(appliance.client());
        this.texts = new RowTexts(messages);
        this.profileNames = new ProfileNames(appliance.client());
        this.power = new PowerControl(appliance, services, new PowerControl.Listener() {
            @Override
            public void started(String serverUri) {
                remake(serverUri);
            }

            @Override
            public void ended(String serverUri, TaskResource end) {
                powerTaskEnded(serverUri, end);
            }
        });
        this.list = new PagedList<>(services.runner(), services.dialogs(), messages,
                PagedList.Words.of("hardware.list").withFailed("hardware.list.error").withFailedSummary("hardware.list.failed"),
                new PagedList.Source<ServerHardware, HardwareRow>() {
                    @Override
                    public String firstPage() {
                        return list.firstPage(PageQuery.ALL, ServerHardwareApi::nameContains).appendTo(ServerHardwareApi.BASE);
                    }

                    @Override
                    public CollectionPage<ServerHardware> read(String path) {
                        return appliance.client().page(path, PageQuery.ALL, ServerHardware.class);
                    }

                    @Override
                    public List<HardwareRow> rows(CollectionPage<ServerHardware> page) {
                        return page.members().stream().map(server -> texts.row(server,
                                profileNames.cached(server.serverProfileUri()), power.running(server.uri()))).toList();
                    }

                    @Override
                    public void startingOver() {
                        profileNames.forget();
                        status.set("");
                        selected.set(null);
                        updateSelection();
                    }

                    @Override
                    public void added(int from, int to) {
                        pageArrived(from, to);
                    }
                }).sortedBy("name:asc").quietFor(services.scheduler(), services.dispatcher(), FILTER_QUIET);
        this.rows = list.rows();
    }

    // Commands

    /** Starts over from the first page with the current filter and sort (F5). */
    public void refresh() {
        list.refresh();
    }

    /** The appliance sorts: {@code field} is a server attribute, e.g. {@code name} or {@code powerState}. */
    public void sortBy(String field, boolean ascending) {
        list.sortBy(field, ascending);
    }

    /** The view shows row {@code index}: near the end of what is loaded, the next page is read. */
    public void rowShown(int index) {
        list.rowShown(index);
    }

    /** The user selected {@code row} (null: nothing); the power actions follow it. */
    public void select(HardwareRow row) {
        selected.set(row);
        updateSelection();
    }

    public void powerOn() {
        powerSelected(PowerAction.POWER_ON);
    }

    /** Momentary press: the operating system shuts down. */
    public void powerOff() {
        powerSelected(PowerAction.POWER_OFF);
    }

    /** Press and hold: power is cut at once. */
    public void forceOff() {
        powerSelected(PowerAction.FORCE_OFF);
    }

    private void powerSelected(PowerAction action) {
        HardwareRow row = selected.get();
        if (row != null) {
            power.request(row, action);
        }
    }

    /** Opens the row's profile where profiles are edited; the status line says when it cannot. */
    public void openProfile(HardwareRow row) {
        if (row == null || !row.hasProfile()) {
            return;
        }
        String name = row.profileName() != null ? row.profileName() : row.profileUri();
        status.set(services.navigator().open(appliance, row.profileUri()) ? ""
                : messages.format("hardware.status.profileNotOpened", name));
    }

    /**
     * Shows the server {@code resourceUri} ({@code /rest/server-hardware/{id}}): selects its row,
     * and when it is not loaded, reads it and filters the list to its name. False for other URIs.
     */
    public boolean open(String resourceUri) {
        String path = RestPaths.fromUriOrPath(resourceUri);
        if (path == null || !path.startsWith(ServerHardwareApi.BASE + "/")
                || path.indexOf('/', ServerHardwareApi.BASE.length() + 1) >= 0 || path.indexOf('?') >= 0) {
            return false;
        }
        toReveal = path;
        if (revealIfLoaded()) {
            return true;
        }
        services.runner().run(context -> api.get(path).value(), server -> {
            if (path.equals(toReveal)) {
                list.filterTextProperty().set(server.name() == null ? "" : server.name());
                refresh();
            }
        }, failure -> {
            if (path.equals(toReveal)) {
                toReveal = null;
                status.set(messages.format("hardware.status.serverNotFound", path));
            }
        });
        return true;
    }

    /** Stops timers and work (the appliance was disconnected). */
    public void close() {
        list.close();
    }

    // Internals

    private void pageArrived(int from, int to) {
        resolveProfiles(from, to);
        if (toReveal != null) {
            revealIfLoaded();
        }
    }

    private void resolveProfiles(int from, int to) {
        Set<String> missing = rows.subList(from, to).stream().filter(row -> row.hasProfile() && row.profileName() == null)
                .map(HardwareRow::profileUri).collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        BooleanSupplier stale = list.startedOver();
        list.runForTheseRows(context -> profileNames.resolve(missing, stale), this::fillProfileNames, failure -> { });
    }

    private void fillProfileNames(Map<String, String> names) {
        for (int i = 0; i < rows.size(); i++) {
            HardwareRow row = rows.get(i);
            if (row.profileName() == null && names.containsKey(row.profileUri())) {
                replace(i, row.withProfileName(names.get(row.profileUri())));
            }
        }
    }

    private boolean revealIfLoaded() {
        for (HardwareRow row : rows) {
            if (row.uri().equals(toReveal)) {
                toReveal = null;
                select(row);
                revealed.set(null);
                revealed.set(row);
                return true;
            }
        }
        return false;
    }

    /** A power task started or ended: the row says so at once (the appliance's state follows). */
    private void remake(String serverUri) {
        for (int i = 0; i < rows.size(); i++) {
            HardwareRow row = rows.get(i);
            if (row.uri().equals(serverUri)) {
                PowerAction running = power.running(serverUri);
                replace(i, running != null ? row.withPower(texts.pendingText(running), true) : row.withPower(row.powerText(), false));
            }
        }
    }

    /** The row stays busy until the server is read again: its buttons never offer the old state. */
    private void powerTaskEnded(String serverUri, TaskResource end) {
        if (end != null && !end.state().isSuccess()) {
            status.set(messages.format("hardware.status.taskEnded", end.name() == null ? "" : end.name(), end.taskState()));
        }
        list.runForTheseRows(context -> api.get(serverUri).value(), server -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).uri().equals(serverUri)) {
                    replace(i, texts.row(server, rows.get(i).profileName(), power.running(serverUri)));
                }
            }
        }, failure -> remake(serverUri));
    }

    private void replace(int index, HardwareRow row) {
        // Read before the change: a table may drop its selection when the row under it is replaced.
        HardwareRow chosen = selected.get();
        rows.set(index, row);
        if (chosen != null && chosen.uri().equals(row.uri())) {
            selected.set(row);
            updateSelection();
        }
    }

    private void updateSelection() {
        HardwareRow row = selected.get();
        if (row != null && rows.stream().noneMatch(r -> r.uri().equals(row.uri()))) {
            selected.set(null);
        }
        HardwareRow now = selected.get();
        canPowerOn.set(now != null && now.canPowerOn());
        canPowerOff.set(now != null && now.canPowerOff());
    }

    // Properties

    public ObservableList<HardwareRow> rows() {
        return rows;
    }

    /** Typing here re-queries the appliance ({@code name matches '%text%'}) once typing pauses. */
    public StringProperty filterTextProperty() {
        return list.filterTextProperty();
    }

    /** "64 of 5,000"; "Not read" when a page failed. */
    public ReadOnlyStringProperty summaryProperty() {
        return list.summaryProperty();
    }

    /** The last thing to tell the user (a profile that could not be opened, a failed power task). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** The last page read failed (the error dialog said why); the list keeps what it had. */
    public ReadOnlyBooleanProperty failedProperty() {
        return list.failedProperty();
    }

    /** What the list says in place of rows it could not read; empty unless {@link #failedProperty}. */
    public ReadOnlyStringProperty failureProperty() {
        return list.failureProperty();
    }

    /** The selected row as it is now (re-made when its power task starts or ends). */
    public ReadOnlyObjectProperty<HardwareRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPowerOnProperty() {
        return canPowerOn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPowerOffProperty() {
        return canPowerOff.getReadOnlyProperty();
    }

    /** A row {@link #open} asked to show: the view selects it and scrolls to it. */
    public ReadOnlyObjectProperty<HardwareRow> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** True while the appliance has more pages than are loaded. */
    public boolean hasMore() {
        return list.hasMore();
    }

    public ConnectedAppliance appliance() {
        return appliance;
    }
}
