package com.ovconsole.ui.alerts;

import com.ovconsole.api.AlertUpdate;
import com.ovconsole.api.AlertsApi;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.RestPaths;
import com.ovconsole.api.model.Alert;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.PagedList;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The alerts of one appliance, newest first, filtered by the appliance on severity and state and
 * paged by it ({@link PagedList}). Clear sends the alert as read with If-Match; a 412 reads it again and
 * says it changed; other refusals (a Locked alert's 409) go to the error dialog whole.
 */
public final class AlertsViewModel {

    /** The severities the filter offers (null stands for all). */
    public static final List<String> SEVERITIES = List.of("Critical", "Warning", "OK", "Unknown");
    private static final Pattern ALERT_URI = Pattern.compile("/rest/alerts/[^/?]+");

    private final ConnectedAppliance appliance;
    private final AlertsApi api;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Navigator navigator;
    private final ZoneId zone;

    private final PagedList<Alert, AlertRow> list;
    private final ObservableList<AlertRow> rows;
    private final ObjectProperty<String> severityFilter = new SimpleObjectProperty<>(this, "severityFilter");
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(this, "stateFilter",
            StateFilter.OPEN);
    private final ObjectProperty<AlertRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** An alert asked for by {@link #open} before its row was loaded: selected when it arrives. */
    private String wanted;
    /** The alert selected before a refresh: selected again if the new list has it. */
    private String kept;

    public AlertsViewModel(ConnectedAppliance appliance, BackgroundRunner runner, DialogService dialogs,
            Messages messages, Navigator navigator, ZoneId zone) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.api = new AlertsApi(appliance.client());
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.list = new PagedList<>(runner, dialogs, messages, PagedList.Words.of("alerts.list"), new PagedList.Source<Alert, AlertRow>() {
            @Override
            public String firstPage() {
                StateFilter state = stateFilter.get() == null ? StateFilter.OPEN : stateFilter.get();
                return PagedList.firstPage(state.query(severityFilter.get())).appendTo(AlertsApi.BASE);
            }

            @Override
            public CollectionPage<Alert> read(String path) {
                return api.pageAt(path);
            }

            @Override
            public List<AlertRow> rows(CollectionPage<Alert> page) {
                List<AlertRow> made = new ArrayList<>(page.members().size());
                for (int i = 0; i < page.members().size(); i++) {
                    made.add(AlertRow.of(page.members().get(i), page.memberTrees().get(i)));
                }
                return made;
            }

            @Override
            public void startingOver() {
                if (selected.get() != null && wanted == null) {
                    kept = selected.get().uri();
                }
            }

            @Override
            public void added(int from, int to) {
                pageArrived();
            }

            @Override
            public void failed(Throwable failure) {
                // A changed certificate: the failure line and the appliance's banner say it all.
                status.set(PagedList.isCertificateChange(failure) ? ""
                        : messages.format("alerts.status.readFailed", failure.getMessage()));
            }
        });
        this.rows = list.rows();
        list.loadingProperty().addListener((property, was, now) -> placeholder.set(now ? messages.get("alerts.list.loading")
                : list.failedProperty().get() ? list.failureProperty().get() : messages.get("alerts.list.empty")));
        severityFilter.addListener((property, old, severity) -> refresh());
        stateFilter.addListener((property, old, state) -> refresh());
    }

    // Commands

    /** Starts over from the first page with the current filters; the selected alert stays selected if listed. */
    public void refresh() {
        list.refresh();
    }

    /** Row {@code index} is on screen: near the end of what is loaded, the next page is read. */
    public void rowShown(int index) {
        list.rowShown(index);
    }

    /** Clears the selected alert on the appliance (If-Match the ETag it was read with). */
    public void clearSelected() {
        change(selected.get(), AlertUpdate.CLEAR, "alerts.status.cleared");
    }

    /** Makes a cleared alert Active again. */
    public void reactivateSelected() {
        change(selected.get(), new AlertUpdate("Active", null, null), "alerts.status.reactivated");
    }

    /** Opens the alert's resource in its tab; says so when no tab shows it. */
    public void openResource(AlertRow row) {
        if (row == null || row.linkUri() == null) {
            return;
        }
        selected.set(row);
        boolean opened = navigator.open(appliance, row.linkUri());
        status.set(opened ? "" : messages.format("alerts.status.cannotOpen", row.resourceName()));
    }

    /**
     * Shows {@code /rest/alerts/{id}}: selects its row, or reads it when it is not loaded (another
     * filter, a later page) and shows it in the details. False for any other kind of resource.
     */
    public boolean open(String resourceUri) {
        String path = RestPaths.fromUriOrPath(resourceUri);
        if (path == null || !ALERT_URI.matcher(path).matches()) {
            return false;
        }
        Optional<AlertRow> loaded = rows.stream().filter(row -> path.equals(row.uri())).findFirst();
        if (loaded.isPresent()) {
            selected.set(loaded.get());
            return true;
        }
        if (list.loadingProperty().get()) {
            wanted = path;
            return true;
        }
        // Not in this list (another filter, a later page): its details show, the list stays as the filters say.
        runner.run(context -> api.get(path), alert -> selected.set(new AlertRow(alert)),
                failure -> status.set(messages.format("alerts.status.openFailed", path, failure.getMessage())));
        return true;
    }

    /** Stops background work (the appliance was disconnected). */
    public void close() {
        list.close();
    }

    /** An appliance timestamp in the app's short local form. */
    public String shortTime(String timestamp) {
        return AlertTimes.shortForm(timestamp, zone);
    }

    // Internals

    private void pageArrived() {
        if (wanted != null) {
            String uri = wanted;
            wanted = null;
            kept = null;
            open(uri);
        } else if (kept != null) {
            String uri = kept;
            kept = null;
            selected.set(rows.stream().filter(row -> row.uri().equals(uri)).findFirst().orElse(null));
        }
    }

    private void change(AlertRow row, AlertUpdate update, String doneKey) {
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("");
        runner.run(context -> api.update(row.resource(), update), written -> {
            busy.set(false);
            AlertRow now = new AlertRow(written);
            replace(row, now);
            status.set(messages.format(doneKey, now.resourceName().isEmpty() ? now.description() : now.resourceName()));
        }, failure -> {
            busy.set(false);
            if (failure instanceof PreconditionFailedException) {
                reread(row);
            } else {
                dialogs.showError(failure);
            }
        });
    }

    /** Someone changed the alert since it was read: show it as it is now and say so. */
    private void reread(AlertRow row) {
        runner.run(context -> api.get(row.uri()), current -> {
            replace(row, new AlertRow(current));
            status.set(messages.get("alerts.status.changedElsewhere"));
        }, failure -> {
            status.set(messages.get("alerts.status.changedElsewhere"));
            dialogs.showError(failure);
        });
    }

    /** Puts the alert as it is now in place of its row, or drops the row when the filters no longer admit it. */
    private void replace(AlertRow old, AlertRow now) {
        // Decided before the list changes: a removed row's neighbour may be selected meanwhile.
        boolean shown = selected.get() == null || selected.get().uri().equals(old.uri());
        int index = rows.indexOf(old);
        for (int i = 0; index < 0 && i < rows.size(); i++) {
            if (rows.get(i).uri().equals(old.uri())) {
                index = i;
            }
        }
        boolean admitted = admits(now);
        if (index >= 0 && admitted) {
            rows.set(index, now);
        } else if (index >= 0) {
            list.remove(index);
        }
        // The changed alert stays in the details (a second Clear never hits its neighbour).
        if (shown) {
            selected.set(now);
        }
    }

    private boolean admits(AlertRow row) {
        StateFilter state = stateFilter.get() == null ? StateFilter.OPEN : stateFilter.get();
        String severity = severityFilter.get();
        return state.admits(row.alertState(), row.state()) && (severity == null || severity.equals(row.severity()));
    }

    // Properties

    public ObservableList<AlertRow> rows() {
        return rows;
    }

    /** The severity asked for ("Critical"…), null for all; changing it queries the appliance again. */
    public ObjectProperty<String> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    /** The alert whose details show (also an alert opened by URI that is not in the list). */
    public ObjectProperty<AlertRow> selectedProperty() {
        return selected;
    }

    /** "12 of 40". */
    public ReadOnlyStringProperty summaryProperty() {
        return list.summaryProperty();
    }

    /** What an empty table says: loading, none match, or could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** One line about the last action (cleared, changed elsewhere, cannot open). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** A write is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean hasMore() {
        return list.hasMore();
    }

    /** The label of a severity choice (null: all). */
    public String severityLabel(String severity) {
        return severity == null ? messages.get("alerts.filter.allSeverities") : severity;
    }

    /** The label of a state choice. */
    public String stateLabel(StateFilter state) {
        return switch (state == null ? StateFilter.OPEN : state) {
            case OPEN -> messages.get("alerts.filter.open");
            case ACTIVE -> messages.get("alerts.filter.active");
            case LOCKED -> messages.get("alerts.filter.locked");
            case CLEARED -> messages.get("alerts.filter.cleared");
            case ALL -> messages.get("alerts.filter.allStates");
        };
    }
}
