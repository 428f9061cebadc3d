package com.ovconsole.ui;

import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.RestPaths;
import com.ovconsole.api.model.CollectionPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of a collection the appliance pages, for a list ViewModel (toolkit-free, UI thread
 * only): the first page with the filter and sort of the moment, the next one read, following
 * {@code nextPageUri} exactly as the appliance gave it, when the view nears the end of what is
 * loaded. Starting over makes every answer still on its way stale: it is dropped, never shown.
 * It keeps the "64 of 5,000" summary, the failure line, and the sort and text filter a view may
 * offer (the appliance sorts and filters); the ViewModel keeps its columns, rows and actions.
 *
 * @param <T> what the appliance sends (one member of a page)
 * @param <R> what the table shows (one row)
 */
public final class PagedList<T, R> {

    public static final int PAGE_SIZE = 64;
    /** Read the next page when the view is this close to the end of the loaded rows. */
    public static final int PREFETCH_ROWS = 32;

    /** What one kind of list reads, and what becomes of its pages. */
    public interface Source<T, R> {

        /** The first page's path with the filter and sort of now (on the UI thread, at each start over). */
        String firstPage();

        /** Reads the page at {@code path}, the first or a {@code nextPageUri} (off the UI thread). */
        CollectionPage<T> read(String path) throws Exception;

        /** The rows of {@code page} (on the UI thread). */
        List<R> rows(CollectionPage<T> page);

        /** The list starts over (before its rows are cleared): forget what belonged to the old one. */
        default void startingOver() {
        }

        /** Rows {@code from} (inclusive) to {@code to} (exclusive) were added. */
        default void added(int from, int to) {
        }

        /** A page could not be read; the failure line says so and the error dialog shows it. */
        default void failed(Throwable failure) {
        }
    }

    /**
     * The message keys of one kind of list.
     *
     * @param count "{0} of {1}"; {@code countOnly} when the appliance gives no total
     * @param failed the failure line; {@code certificateChanged} when the appliance's certificate changed
     * @param failedSummary the summary after a failure; null leaves it as it is
     */
    public record Words(String count, String countOnly, String failed, String certificateChanged,
            String failedSummary) {

        /** {@code prefix.count}, {@code .countOnly}, {@code .failed}, {@code .certificateChanged}. */
        public static Words of(String prefix) {
            return new Words(prefix + ".count", prefix + ".countOnly", prefix + ".failed",
                    prefix + ".certificateChanged", null);
        }

        public Words withFailed(String key) {
            return new Words(count, countOnly, key, certificateChanged, failedSummary);
        }

        public Words withFailedSummary(String key) {
            return new Words(count, countOnly, failed, certificateChanged, key);
        }
    }

    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Words words;
    private final Source<T, R> source;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final List<Job<?>> sideJobs = new ArrayList<>();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private Debouncer quiet;
    private String sort;
    private String nextPage;
    private Integer total;
    /** Counts the starts over; read by workers to stop early. */
    private volatile int generation;
    private Job<?> pageJob;

    public PagedList(BackgroundRunner runner, DialogService dialogs, Messages messages, Words words,
            Source<T, R> source) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = Objects.requireNonNull(words, "words");
        this.source = Objects.requireNonNull(source, "source");
        filterText.addListener((observable, old, text) -> refreshWhenQuiet());
    }

    /** The appliance's order until {@link #sortBy} (e.g. {@code name:asc}). */
    public PagedList<T, R> sortedBy(String order) {
        sort = order;
        return this;
    }

    /** {@link #refreshWhenQuiet} (and the text filter) wait for {@code pause} without calls: typing. */
    public PagedList<T, R> quietFor(ScheduledExecutorService scheduler, UiDispatcher dispatcher, Duration pause) {
        quiet = new Debouncer(scheduler, dispatcher, pause);
        return this;
    }

    /** The first page of {@code query}: {@link #PAGE_SIZE} members from the start. */
    public static PageQuery firstPage(PageQuery query) {
        return query.start(0).count(PAGE_SIZE);
    }

    /**
     * The first page of {@code query} in the order asked for, narrowed by {@code textFilter} of the
     * filter text when there is any (e.g. {@code text -> "name matches '%text%'"}).
     */
    public PageQuery firstPage(PageQuery query, Function<String, String> textFilter) {
        PageQuery first = firstPage(sort == null ? query : query.sort(sort));
        String text = filterText.get().trim();
        return text.isEmpty() ? first : first.filter(textFilter.apply(text));
    }

    /** True when {@code failure} (or a cause) is a changed certificate: trying again cannot help. */
    public static boolean isCertificateChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateChangedException) {
                return true;
            }
        }
        return false;
    }

    // Commands

    /** Starts over from the first page; pages and side work of the old list are dropped. */
    public void refresh() {
        if (quiet != null) {
            quiet.cancel();
        }
        generation++;
        if (pageJob != null) {
            pageJob.cancel();
        }
        source.startingOver();
        rows.clear();
        nextPage = null;
        total = null;
        failed.set(false);
        failure.set("");
        summary.set("");
        loadPage(source.firstPage());
    }

    /** Starts over once calls have paused (see {@link #quietFor}); at once without a pause set. */
    public void refreshWhenQuiet() {
        if (quiet == null) {
            refresh();
        } else {
            quiet.call(this::refresh);
        }
    }

    /** The appliance sorts: {@code field} is an attribute of the members, e.g. {@code name}; starts over. */
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

    /**
     * Runs work about this list's rows (a name to fill in, a row to read again): its outcome is
     * dropped when the list started over meanwhile; {@link #close} cancels it.
     */
    public <V> Job<V> runForTheseRows(Work<V> work, Consumer<? super V> onSuccess,
            Consumer<? super Throwable> onFailure) {
        int asked = generation;
        sideJobs.removeIf(job -> job.isDone() || job.isCancelled());
        Job<V> job = runner.run(work, value -> {
            if (asked == generation) {
                onSuccess.accept(value);
            }
        }, thrown -> {
            if (asked == generation) {
                onFailure.accept(thrown);
            }
        });
        sideJobs.add(job);
        return job;
    }

    /** True from the moment the list starts over (or closes): long side work checks it and stops. */
    public BooleanSupplier startedOver() {
        int asked = generation;
        return () -> asked != generation;
    }

    /** Removes row {@code index}, e.g. one the filters no longer admit; the total counts one less. */
    public void remove(int index) {
        rows.remove(index);
        total = total == null ? null : Math.max(0, total - 1);
        updateSummary();
    }

    /** Stops the timer and all work (the appliance was disconnected). */
    public void close() {
        if (quiet != null) {
            quiet.cancel();
        }
        generation++;
        if (pageJob != null) {
            pageJob.cancel();
        }
        sideJobs.forEach(Job::cancel);
        sideJobs.clear();
    }

    // Internals

    private void loadPage(String path) {
        int asked = generation;
        loading.set(true);
        pageJob = runner.run(context -> source.read(path), page -> {
            if (asked == generation) {
                pageArrived(page);
            }
        }, thrown -> {
            if (asked == generation) {
                pageFailed(thrown);
            }
        });
    }

    private void pageArrived(CollectionPage<T> page) {
        int first = rows.size();
        rows.addAll(source.rows(page));
        total = page.total();
        String next = page.hasNext() && !page.members().isEmpty() ? RestPaths.fromUriOrPath(page.nextPageUri()) : null;
        // A page that names itself as the next one would be read forever.
        nextPage = Objects.equals(next, RestPaths.fromUriOrPath(page.uri())) ? null : next;
        loading.set(false);
        updateSummary();
        source.added(first, rows.size());
    }

    private void pageFailed(Throwable thrown) {
        failure.set(messages.get(isCertificateChange(thrown) ? words.certificateChanged() : words.failed()));
        if (words.failedSummary() != null) {
            summary.set(messages.get(words.failedSummary()));
        }
        failed.set(true);
        loading.set(false);
        source.failed(thrown);
        dialogs.showError(thrown);
    }

    private void updateSummary() {
        summary.set(total == null ? messages.format(words.countOnly(), rows.size())
                : messages.format(words.count(), rows.size(), total));
    }

    // Properties

    public ObservableList<R> rows() {
        return rows;
    }

    /** Typing here re-queries the appliance (see {@link #firstPage(PageQuery, Function)}) once typing pauses. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "64 of 5,000" ("64 loaded" without a total); empty while the first page is read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the list says in place of rows it could not read; empty unless {@link #failedProperty}. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The last page read failed; the list keeps what it had and a refresh tries again. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the appliance has more pages than are loaded. */
    public boolean hasMore() {
        return nextPage != null;
    }
}
