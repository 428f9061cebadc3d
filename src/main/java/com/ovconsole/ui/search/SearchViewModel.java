package com.ovconsole.ui.search;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Debouncer;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.UiDispatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One search over every connected appliance: once typing pauses, each appliance is asked in
 * parallel (its own job, the appliance filters); results stream in per appliance, a slow one
 * shows as searching and a failing one shows its reason, and neither holds the others back. A
 * newer query cancels the older one's jobs and its late answers are dropped.
 */
public final class SearchViewModel {

    /** Shortest text worth a query: one letter would match nearly everything. */
    static final int MIN_CHARS = 2;
    static final Duration DEFAULT_QUIET = Duration.ofMillis(250);
    private static final int MAX_ERROR = 90;

    private final ObservableList<ConnectedAppliance> connected;
    private final BackgroundRunner runner;
    private final Navigator navigator;
    private final Messages messages;
    /** The pause after typing that starts the search. */
    private final Debouncer typing;
    private final ApplianceSearcher searcher = new ApplianceSearcher();
    private final Map<ConnectedAppliance, Job<ApplianceSearcher.Found>> jobs = new LinkedHashMap<>();
    private int generation;
    private String searchedText = "";
    /** Enter came before the results: the top one opens once every appliance has answered. */
    private boolean openWhenAnswered;
    /** The user picked the selected result (arrows, a click): later answers keep it; else the top one is selected. */
    private boolean chosen;
    private Runnable onOpened = () -> { };
    /** The window closed: an appliance connecting later starts no search. */
    private boolean closed;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<ApplianceSearch> appliances = FXCollections.observableArrayList();
    private final ObjectProperty<SearchResult> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");

    public SearchViewModel(ObservableList<ConnectedAppliance> connected, BackgroundRunner runner,
            ScheduledExecutorService scheduler, UiDispatcher dispatcher, Navigator navigator, Messages messages,
            Duration quiet) {
        this.connected = Objects.requireNonNull(connected, "connected");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.typing = new Debouncer(Objects.requireNonNull(scheduler, "scheduler"),
                Objects.requireNonNull(dispatcher, "dispatcher"), Objects.requireNonNull(quiet, "quiet"));
        query.addListener((property, old, text) -> queryChanged());
        connected.addListener((ListChangeListener<ConnectedAppliance>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::forget);
                change.getAddedSubList().forEach(this::joinSearch);
            }
        });
        message.set(hint());
    }

    // Commands

    /**
     * Enter in the field: opens the selected result of the text shown. Typed further, or before any
     * result came, it searches (if needed) and opens the top result once every appliance has
     * answered; typing on or moving the selection calls that off. Call on the UI thread.
     */
    public void enter() {
        String text = query.get() == null ? "" : query.get().strip();
        if (!text.equals(searchedText)) {
            searchNow();
            openWhenAnswered = searching.get();
        } else if (selected.get() != null) {
            openSelected();
        } else {
            openWhenAnswered = searching.get();
        }
    }

    /** Searches for the current text now (a test, or {@link #enter}). Call on the UI thread. */
    public void searchNow() {
        typing.cancel();
        openWhenAnswered = false;
        chosen = false;
        generation++;
        jobs.values().forEach(Job::cancel);
        jobs.clear();
        results.clear();
        appliances.clear();
        selected.set(null);
        String text = query.get() == null ? "" : query.get().strip();
        searchedText = text;
        if (text.length() < MIN_CHARS || connected.isEmpty()) {
            searching.set(false);
            message.set(hint());
            return;
        }
        int asked = generation;
        for (ConnectedAppliance appliance : List.copyOf(connected)) {
            search(appliance, text, asked);
        }
        updateSummary();
    }

    /**
     * Opens a result in its appliance's workspace; false (and a message saying why) when the
     * appliance is gone or no tab shows that kind.
     */
    public boolean open(SearchResult result) {
        if (result == null) {
            return false;
        }
        if (!connected.contains(result.appliance())) {
            message.set(messages.format("search.disconnected", result.appliance().displayName()));
            return false;
        }
        boolean opened = navigator.open(result.appliance(), result.uri());
        if (opened) {
            onOpened.run();
        } else {
            message.set(messages.format("search.cannotOpen", result.name(), result.appliance().displayName()));
        }
        return opened;
    }

    /** {@code action} runs after each result opened, also one opened when its search answered (the view hides). */
    public void setOnOpened(Runnable action) {
        onOpened = Objects.requireNonNull(action, "action");
    }

    /** Opens the selected result (Enter). */
    public boolean openSelected() {
        return open(selected.get());
    }

    /** Moves the selection by {@code step} results (arrow keys in the field), staying in the list. */
    public void moveSelection(int step) {
        if (results.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? -1 : results.indexOf(selected.get());
        choose(results.get(Math.max(0, Math.min(results.size() - 1, index + step))));
    }

    /** The user picks {@code result} (a click in the list): answers still coming do not move the selection. */
    public void choose(SearchResult result) {
        openWhenAnswered = false;
        chosen = true;
        selected.set(result);
    }

    /** Stops the running queries and the pending one (the window closes). */
    public void close() {
        closed = true;
        typing.cancel();
        openWhenAnswered = false;
        generation++;
        jobs.values().forEach(Job::cancel);
        jobs.clear();
        searching.set(false);
    }

    // Internals

    private void search(ConnectedAppliance appliance, String text, int asked) {
        appliances.add(ApplianceSearch.searching(appliance));
        jobs.put(appliance, runner.run(context -> searcher.find(appliance, text, context::isCancelled),
                found -> answered(asked, appliance, found), failure -> failed(asked, appliance, failure)));
    }

    /** An appliance connected while a search shows: it is asked for the same text and its results join in. */
    private void joinSearch(ConnectedAppliance appliance) {
        boolean shown = appliances.stream().anyMatch(state -> state.appliance() == appliance);
        if (closed || searchedText.length() < MIN_CHARS || shown) {
            return;
        }
        search(appliance, searchedText, generation);
        updateSummary();
    }

    private void queryChanged() {
        openWhenAnswered = false;
        typing.call(this::searchNow);
    }

    private void answered(int asked, ConnectedAppliance appliance, ApplianceSearcher.Found found) {
        if (asked != generation) {
            return;
        }
        jobs.remove(appliance);
        replaceState(ApplianceSearch.done(appliance, found.results().size(), found.more()));
        List<SearchResult> merged = new ArrayList<>(results);
        merged.addAll(found.results());
        // Grouped by appliance in the sidebar's order, then by kind, whatever order the answers came in.
        merged.sort(Comparator.comparingInt((SearchResult r) -> order(r.appliance()))
                .thenComparing(SearchResult::kind));
        SearchResult keep = chosen ? selected.get() : null;
        results.setAll(merged);
        selected.set(keep != null ? keep : results.isEmpty() ? null : results.get(0));
        updateSummary();
        openIfAsked();
    }

    private void failed(int asked, ConnectedAppliance appliance, Throwable failure) {
        if (asked != generation) {
            return;
        }
        jobs.remove(appliance);
        replaceState(ApplianceSearch.failed(appliance, shortText(failure)));
        updateSummary();
        openIfAsked();
    }

    /** After Enter, once the last appliance answered: the top result, the one selected, opens. */
    private void openIfAsked() {
        if (openWhenAnswered && jobs.isEmpty()) {
            openWhenAnswered = false;
            openSelected();
        }
    }

    private int order(ConnectedAppliance appliance) {
        int index = connected.indexOf(appliance);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private void replaceState(ApplianceSearch state) {
        for (int i = 0; i < appliances.size(); i++) {
            if (appliances.get(i).appliance() == state.appliance()) {
                appliances.set(i, state);
                return;
            }
        }
    }

    /** A disconnected appliance leaves the search: its job stops, its results and line go. */
    private void forget(ConnectedAppliance appliance) {
        Job<?> job = jobs.remove(appliance);
        if (job != null) {
            job.cancel();
        }
        results.removeIf(result -> result.appliance() == appliance);
        appliances.removeIf(state -> state.appliance() == appliance);
        if (selected.get() != null && selected.get().appliance() == appliance) {
            selected.set(results.isEmpty() ? null : results.get(0));
        }
        updateSummary();
    }

    private void updateSummary() {
        searching.set(!jobs.isEmpty());
        if (appliances.isEmpty()) {
            message.set(hint());
        } else if (!results.isEmpty()) {
            message.set(messages.format("search.count", results.size(), appliances.size()));
        } else {
            message.set(jobs.isEmpty() ? messages.format("search.nothing", searchedText)
                    : messages.get("search.searching"));
        }
    }

    private String hint() {
        return connected.isEmpty() ? messages.get("search.noAppliances")
                : messages.format("search.tooShort", MIN_CHARS);
    }

    /** The first line of the reason, cut short: the panel has one line per appliance. */
    static String shortText(Throwable failure) {
        String text = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage().strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline);
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    // Properties

    /** The text typed; a pause in typing starts the search. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Every appliance's matches, grouped by appliance then kind; grows as answers come. */
    public ObservableList<SearchResult> results() {
        return results;
    }

    /** One line per appliance asked: searching, how many found, or why it failed. */
    public ObservableList<ApplianceSearch> appliances() {
        return appliances;
    }

    public ObjectProperty<SearchResult> selectedProperty() {
        return selected;
    }

    /** What the panel says under the field: a hint, "searching…", a count or "nothing matches". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while any appliance has not answered yet. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The text of the search whose results show (blank before the first one). */
    public String searchedText() {
        return searchedText;
    }
}
