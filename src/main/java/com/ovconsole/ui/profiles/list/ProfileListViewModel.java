package com.ovconsole.ui.profiles.list;

import com.ovconsole.api.ETag;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.RestPaths;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.ProfileServices;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The server-profile list of one appliance, paged by the appliance: the first page is shown at
 * once and the next one is read, following {@code nextPageUri} exactly as the appliance gave it,
 * when the user scrolls near the end of what is loaded. Sorting and filtering are the
 * appliance's ({@code sort=name:asc}, {@code filter=name matches '%text%'}) and start over.
 */
public final class ProfileListViewModel {

    static final String COLLECTION = "/rest/server-profiles";
    static final int PAGE_SIZE = 64;
    /** Read the next page when the user is this close to the end of the loaded rows. */
    static final int PREFETCH_ROWS = 32;
    static final Duration FILTER_QUIET = Duration.ofMillis(300);

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final HardwareNames hardwareNames;
    private final Debouncer filterDebounce;
    private final ObservableList<ProfileRow> rows = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper();
    private String sort = "name:asc";
    private String nextPage;
    private Integer total;
    private volatile int generation;
    private Job<?> pageJob;
    private Job<?> namesJob;

    public ProfileListViewModel(ConnectedAppliance appliance, ProfileServices services) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
        this.hardwareNames = new HardwareNames(appliance.client());
        this.filterDebounce = new Debouncer(services.scheduler(), services.dispatcher(), FILTER_QUIET);
        filterText.addListener((observable, old, text) -> filterDebounce.call(this::refresh));
    }

    // Commands

    /** Starts over from the first page with the current filter and sort. */
    public void refresh() {
        filterDebounce.cancel();
        generation++;
        if (pageJob != null) {
            pageJob.cancel();
        }
        rows.clear();
        nextPage = null;
        total = null;
        loadFailed.set(false);
        summary.set("");
        loadPage(firstPageQuery().appendTo(COLLECTION));
    }

    /** The appliance sorts: {@code field} is a profile attribute, e.g. {@code name} or {@code modified}. */
    public void sortBy(String field, boolean ascending) {
        sort = field + (ascending ? ":asc" : ":desc");
        refresh();
    }

    /** The view shows row {@code index}: near the end of what is loaded, the next page is read. */
    public void rowShown(int index) {
        if (nextPage != null && !loading.get() && index >= rows.size() - PREFETCH_ROWS) {
            loadPage(nextPage);
        }
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
        int asked = generation;
        services.runner().run(context -> appliance.client().get(uri, ServerProfileSummary.class).value(), profile -> {
            for (int i = 0; asked == generation && i < rows.size(); i++) {
                if (rows.get(i).uri().equals(uri)) {
                    rows.set(i, ProfileRow.of(profile, hardwareNames.cached(profile.serverHardwareUri())));
                }
            }
        }, failure -> { });
    }

    // Internals

    PageQuery firstPageQuery() {
        PageQuery query = PageQuery.ALL.start(0).count(PAGE_SIZE).sort(sort);
        String text = filterText.get().trim();
        return text.isEmpty() ? query : query.filter("name matches '%" + escape(text) + "%'");
    }

    /** A quote inside the filter value would end the string early: OneView doubles it. */
    private static String escape(String text) {
        return text.replace("'", "''");
    }

    private void loadPage(String path) {
        int asked = generation;
        loading.set(true);
        pageJob = services.runner().run(
                context -> appliance.client().page(path, PageQuery.ALL, ServerProfileSummary.class),
                page -> {
                    if (asked == generation) {
                        pageArrived(page);
                    }
                },
                failure -> {
                    if (asked == generation) {
                        loading.set(false);
                        loadFailed.set(true);
                        services.dialogs().showError(failure);
                    }
                });
    }

    private void pageArrived(CollectionPage<ServerProfileSummary> page) {
        int first = rows.size();
        rows.addAll(page.members().stream()
                .map(p -> ProfileRow.of(p, p.serverHardwareUri() == null ? "" : hardwareNames.cached(p.serverHardwareUri())))
                .toList());
        total = page.total();
        String next = page.hasNext() && !page.members().isEmpty() ? RestPaths.fromUriOrPath(page.nextPageUri()) : null;
        nextPage = Objects.equals(next, RestPaths.fromUriOrPath(page.uri())) ? null : next;
        loading.set(false);
        updateSummary();
        resolveHardware(first, rows.size());
    }

    /** Fills in the server names of rows [from, to) off the UI thread. */
    private void resolveHardware(int from, int to) {
        Set<String> missing = rows.subList(from, to).stream()
                .filter(row -> row.isAssigned() && row.hardwareName() == null)
                .map(ProfileRow::serverHardwareUri).collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        int asked = generation;
        namesJob = services.runner().run(context -> hardwareNames.resolve(missing, () -> asked != generation), names -> {
            if (asked == generation) {
                fillNames(names);
            }
        }, failure -> { });
    }

    private void fillNames(Map<String, String> names) {
        for (int i = 0; i < rows.size(); i++) {
            ProfileRow row = rows.get(i);
            if (row.hardwareName() == null && names.containsKey(row.serverHardwareUri())) {
                rows.set(i, row.withHardwareName(names.get(row.serverHardwareUri())));
            }
        }
    }

    private void updateSummary() {
        summary.set(total == null
                ? messages.format("profiles.list.countOnly", rows.size())
                : messages.format("profiles.list.count", rows.size(), total));
    }

    /** Stops timers and work (the appliance was disconnected). */
    public void close() {
        filterDebounce.cancel();
        generation++;
        if (pageJob != null) {
            pageJob.cancel();
        }
        if (namesJob != null) {
            namesJob.cancel();
        }
    }

    // Properties

    public ObservableList<ProfileRow> rows() {
        return rows;
    }

    /** Typing here re-queries the appliance ({@code name matches '%text%'}) once typing pauses. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "64 of 10,000". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last read failed (the list is not "empty": it is unknown); a refresh tries again. */
    public ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed.getReadOnlyProperty();
    }

    /** True while the appliance has more pages than are loaded. */
    public boolean hasMore() {
        return nextPage != null;
    }
}
