package com.ovconsole.ui.tasks;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Recent tasks on this appliance": {@code /rest/tasks} newest first, one page at a time,
 * optionally only one state. A listed task can be watched in the task panel.
 */
public final class RecentTasksViewModel {

    /** The states the filter offers; null stands for all. */
    public static final List<String> STATES = List.of("Running", "Completed", "Warning", "Error", "Terminated");
    static final int PAGE_SIZE = 25;

    private final ConnectedAppliance appliance;
    private final BackgroundRunner runner;
    private final TaskTracker tracker;
    private final Messages messages;
    private final TaskResourceLinks links;
    private Job<CollectionPage<TaskResource>> loading;
    private int start;

    // Properties
    private final ObjectProperty<String> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final ObjectProperty<TaskResource> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TaskResource> tasks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper applianceGone = new ReadOnlyBooleanWrapper(this, "applianceGone");

    public RecentTasksViewModel(ConnectedAppliance appliance, BackgroundRunner runner, TaskTracker tracker,
            Messages messages) {
        this(appliance, runner, tracker, messages, Navigator.NONE);
    }

    /** @param navigator opens a task's resource (the resource column's links) */
    public RecentTasksViewModel(ConnectedAppliance appliance, BackgroundRunner runner, TaskTracker tracker,
            Messages messages, Navigator navigator) {
        this.links = new TaskResourceLinks(navigator, messages);
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.messages = Objects.requireNonNull(messages, "messages");
        stateFilter.addListener((observable, old, state) -> firstPage());
    }

    // Commands

    public void firstPage() {
        load(0);
    }

    public void nextPage() {
        if (hasNext.get()) {
            load(start + PAGE_SIZE);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            load(Math.max(0, start - PAGE_SIZE));
        }
    }

    /** Re-reads the page showing now. */
    public void refresh() {
        load(start);
    }

    /** Follows the selected task in the task panel. */
    public void watchSelected() {
        TaskResource task = selected.get();
        if (task != null && task.uri() != null) {
            tracker.track(appliance, new TaskRef(task.uri()), task, Objects.toString(task.name(), ""), false);
        }
    }

    /** The task's resource can be opened from here: its column shows a link. */
    public boolean resourceLinkable(TaskResource task) {
        return links.linkable(appliance, task, applianceGone.get());
    }

    /** Changes when the links may come or go (the appliance disconnects): the cells draw themselves again. */
    public ObservableValue<Boolean> resourceLinkChanges(TaskResource task) {
        return applianceGone.getReadOnlyProperty();
    }

    /** The appliance was disconnected (its tab closes): its links turn to plain text. */
    public void close() {
        applianceGone.set(true);
    }

    /** The resource link was clicked: its tab opens, or {@link #navigationMessageProperty()} says why not. */
    public boolean openResource(TaskResource task) {
        return links.open(appliance, task);
    }

    /** The link's tooltip; for a resource that is no link, why not (null: nothing to say). */
    public String resourceTooltip(TaskResource task) {
        if (!resourceLinkable(task)) {
            return links.notLinkedReason(appliance, task, applianceGone.get());
        }
        String name = task.associatedResource() == null ? "" : task.associatedResource().resourceName();
        return messages.format("navigation.link.tooltip", name, appliance.displayName());
    }

    /** Why the last resource link did not open; empty otherwise. */
    public ReadOnlyStringProperty navigationMessageProperty() {
        return links.messageProperty();
    }

    private void load(int from) {
        if (loading != null) {
            loading.cancel();
        }
        busy.set(true);
        PageQuery query = PageQuery.ALL.start(from).count(PAGE_SIZE).sort("created:desc");
        String state = stateFilter.get();
        PageQuery filtered = state == null ? query : query.filter("taskState='" + state + "'");
        loading = runner.run(context -> appliance.client().page("/rest/tasks", filtered, TaskResource.class),
                page -> show(from, page), failure -> {
                    busy.set(false);
                    message.set(messages.format("tasks.recent.failed", failure.getMessage()));
                });
    }

    private void show(int from, CollectionPage<TaskResource> page) {
        busy.set(false);
        start = from;
        tasks.setAll(page.members());
        hasPrevious.set(from > 0);
        hasNext.set(page.hasNext() || (page.total() != null && from + page.members().size() < page.total()));
        int last = from + page.members().size();
        pageText.set(page.members().isEmpty() ? "" : page.total() == null
                ? messages.format("tasks.recent.page", from + 1, last)
                : messages.format("tasks.recent.pageOf", from + 1, last, page.total()));
        message.set(page.members().isEmpty() ? messages.get("tasks.recent.none") : "");
    }

    // Properties

    public ObjectProperty<String> stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<TaskResource> selectedProperty() {
        return selected;
    }

    public ObservableList<TaskResource> tasks() {
        return tasks;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the state filter shows for a state (null: all states). */
    public String stateLabel(String state) {
        return state == null ? messages.get("tasks.recent.allStates") : state;
    }
}
