package com.ovconsole.ui.profiles.list;

import com.ovconsole.api.ETag;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.PagedList;
import com.ovconsole.ui.profiles.ProfileServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The server-profile list of one appliance, paged by the appliance ({@link PagedList}). Sorting
 * and filtering are the appliance's ({@code sort=name:asc}, {@code filter=name matches '%text%'})
 * and start over; the rows get their server's name once it is read.
 */
public final class ProfileListViewModel {

    static final String COLLECTION = "/rest/server-profiles";
    static final Duration FILTER_QUIET = Duration.ofMillis(300);

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final HardwareNames hardwareNames;
    private final PagedList<ServerProfileSummary, ProfileRow> list;

    public ProfileListViewModel(ConnectedAppliance appliance, ProfileServices services) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
        this.hardwareNames = new HardwareNames(appliance.client());
        this.list = new PagedList<>(services.runner(), services.dialogs(), messages, PagedList.Words.of("profiles.list"),
                new PagedList.Source<ServerProfileSummary, ProfileRow>() {
                    @Override
                    public String firstPage() {
                        return list.firstPage(PageQuery.ALL, text -> "name matches '%" + escape(text) + "%'")
                                .appendTo(COLLECTION);
                    }

                    @Override
                    public CollectionPage<ServerProfileSummary> read(String path) {
                        return appliance.client().page(path, PageQuery.ALL, ServerProfileSummary.class);
                    }

                    @Override
                    public List<ProfileRow> rows(CollectionPage<ServerProfileSummary> page) {
                        return page.members().stream().map(p -> ProfileRow.of(p,
                                p.serverHardwareUri() == null ? "" : hardwareNames.cached(p.serverHardwareUri()))).toList();
                    }

                    @Override
                    public void added(int from, int to) {
                        resolveHardware(from, to);
                    }
                }).sortedBy("name:asc").quietFor(services.scheduler(), services.dispatcher(), FILTER_QUIET);
    }

    // Commands

    /** Starts over from the first page with the current filter and sort. */
    public void refresh() {
        list.refresh();
    }

    /** The appliance sorts: {@code field} is a profile attribute, e.g. {@code name} or {@code modified}. */
    public void sortBy(String field, boolean ascending) {
        list.sortBy(field, ascending);
    }

    /** The view shows row {@code index}: near the end of what is loaded, the next page is read. */
    public void rowShown(int index) {
        list.rowShown(index);
    }

    /** Asks, then deletes; a 202 goes to the task panel and the list refreshes when it ends. */
    public void delete(ProfileRow row) {
        boolean sure = services.dialogs().confirm(messages.get("profiles.delete.title"),
                messages.format("profiles.delete.question", row.name()), messages.get("profiles.delete.confirm"),
                messages.get("profiles.delete.keep"));
        if (!sure) {
            return;
        }
        services.runner().run(context -> appliance.client().delete(row.uri(), ETag.of(row.eTag())), result -> {
            if (result instanceof WriteResult.Accepted accepted) {
                services.tasks().track(appliance, accepted.task(), accepted.initial().orElse(null),
                        messages.format("profiles.task.delete", row.name()), true)
                        .finished().whenComplete((end, stopped) -> refresh());
            } else {
                refresh();
            }
        }, services.dialogs()::showError);
    }

    /** Reads one profile again (e.g. after its editor saved) and updates its row if it is loaded. */
    public void refreshRow(String uri) {
        list.runForTheseRows(context -> appliance.client().get(uri, ServerProfileSummary.class).value(), profile -> {
            ObservableList<ProfileRow> rows = list.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).uri().equals(uri)) {
                    rows.set(i, ProfileRow.of(profile, hardwareNames.cached(profile.serverHardwareUri())));
                }
            }
        }, failure -> { });
    }

    /** Stops timers and work (the appliance was disconnected). */
    public void close() {
        list.close();
    }

    // Internals

    /** A quote inside the filter value would end the string early: OneView doubles it. */
    private static String escape(String text) {
        return text.replace("'", "''");
    }

    /** Fills in the server names of rows [from, to) off the UI thread. */
    private void resolveHardware(int from, int to) {
        Set<String> missing = list.rows().subList(from, to).stream()
                .filter(row -> row.isAssigned() && row.hardwareName() == null)
                .map(ProfileRow::serverHardwareUri).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            BooleanSupplier stale = list.startedOver();
            list.runForTheseRows(context -> hardwareNames.resolve(missing, stale), this::fillNames, failure -> { });
        }
    }

    private void fillNames(Map<String, String> names) {
        ObservableList<ProfileRow> rows = list.rows();
        for (int i = 0; i < rows.size(); i++) {
            ProfileRow row = rows.get(i);
            if (row.hardwareName() == null && names.containsKey(row.serverHardwareUri())) {
                rows.set(i, row.withHardwareName(names.get(row.serverHardwareUri())));
            }
        }
    }

    // Properties

    public ObservableList<ProfileRow> rows() {
        return list.rows();
    }

    /** Typing here re-queries the appliance ({@code name matches '%text%'}) once typing pauses. */
    public StringProperty filterTextProperty() {
        return list.filterTextProperty();
    }

    /** "64 of 10,000". */
    public ReadOnlyStringProperty summaryProperty() {
        return list.summaryProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** Why the last read failed (the list is not "empty": it is unknown), else empty; a refresh tries again. */
    public ReadOnlyStringProperty failureProperty() {
        return list.failureProperty();
    }

    /** True while the appliance has more pages than are loaded. */
    public boolean hasMore() {
        return list.hasMore();
    }
}
