package com.ovconsole.ui.tasks;

import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.api.model.ProgressUpdate;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.errors.ErrorViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
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
 * The task panel: the rows of the {@link TaskCenter}, the selected row's details (progress
 * timeline, errors through the shared ErrorViewModel, child tasks) and the row commands.
 */
public final class TaskPanelViewModel {

    private final TaskCenter center;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ErrorViewModel errorViewModel;
    private final ZoneId zone;
    private final TaskResourceLinks links;
    private final InvalidationListener selectedChanged = observable -> showDetails();
    private Job<List<TaskResource>> childrenJob;
    private TaskRow listenedRow;

    // Properties
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper badgeText = new ReadOnlyStringWrapper(this, "badgeText", "");
    private final ReadOnlyStringWrapper detailsTitle = new ReadOnlyStringWrapper(this, "detailsTitle", "");
    private final ReadOnlyStringWrapper detailsSubtitle = new ReadOnlyStringWrapper(this, "detailsSubtitle", "");
    private final ReadOnlyStringWrapper detailsUri = new ReadOnlyStringWrapper(this, "detailsUri", "");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors");
    private final ReadOnlyBooleanWrapper hasChildren = new ReadOnlyBooleanWrapper(this, "hasChildren");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canStopWatching = new ReadOnlyBooleanWrapper(this, "canStopWatching");
    private final ReadOnlyBooleanWrapper hasFollowUp = new ReadOnlyBooleanWrapper(this, "hasFollowUp");
    private final ReadOnlyStringWrapper followUpLabel = new ReadOnlyStringWrapper(this, "followUpLabel", "");
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ObservableList<TaskResource> children = FXCollections.observableArrayList();
    private final ObservableList<String> otherErrors = FXCollections.observableArrayList();

    public TaskPanelViewModel(TaskCenter center, BackgroundRunner runner, Messages messages,
            ErrorViewModel errorViewModel, ZoneId zone) {
        this(center, runner, messages, errorViewModel, zone, Navigator.NONE);
    }

    /** @param navigator opens a task's resource in its appliance's workspace (the resource column's links) */
    public TaskPanelViewModel(TaskCenter center, BackgroundRunner runner, Messages messages,
            ErrorViewModel errorViewModel, ZoneId zone, Navigator navigator) {
        this.links = new TaskResourceLinks(navigator, messages);
        this.center = Objects.requireNonNull(center, "center");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.errorViewModel = Objects.requireNonNull(errorViewModel, "errorViewModel");
        this.zone = zone;
        selected.addListener((observable, old, row) -> select(row));
        center.runningCountProperty().addListener(observable -> updateBadge());
        updateBadge();
    }

    /** The row's resource can be opened from here: its column shows a link. */
    public boolean resourceLinkable(TaskRow row) {
        return row != null && links.linkable(row.appliance(), row.latestProperty().get(), row.isApplianceGone());
    }

    /** Changes when the row's link may come or go (its appliance disconnects): the cell draws itself again. */
    public ObservableValue<Boolean> resourceLinkChanges(TaskRow row) {
        return row.applianceGoneProperty();
    }

    /** The resource link was clicked: its tab opens, or {@link #navigationMessageProperty()} says why not. */
    public boolean openResource(TaskRow row) {
        return row != null && links.open(row.appliance(), row.latestProperty().get());
    }

    /** The link's tooltip; for a resource that is no link, why not (null: nothing to say). */
    public String resourceTooltip(TaskRow row) {
        return resourceLinkable(row)
                ? messages.format("navigation.link.tooltip", row.resourceNameProperty().get(), row.applianceName())
                : links.notLinkedReason(row.appliance(), row.latestProperty().get(), row.isApplianceGone());
    }

    /** Why the last resource link did not open; empty otherwise. */
    public ReadOnlyStringProperty navigationMessageProperty() {
        return links.messageProperty();
    }

    private void updateBadge() {
        int running = center.getRunningCount();
        badgeText.set(running == 0 ? "" : Integer.toString(running));
    }

    private void select(TaskRow row) {
        if (listenedRow != null) {
            listenedRow.latestProperty().removeListener(selectedChanged);
            listenedRow.lookProperty().removeListener(selectedChanged);
            listenedRow.watchingProperty().removeListener(selectedChanged);
        }
        listenedRow = row;
        if (row != null) {
            row.latestProperty().addListener(selectedChanged);
            row.lookProperty().addListener(selectedChanged);
            row.watchingProperty().addListener(selectedChanged);
        }
        children.clear();
        loadChildren(row);
        showDetails();
    }

    private void showDetails() {
        TaskRow row = selected.get();
        hasSelection.set(row != null);
        if (row == null) {
            timeline.clear();
            otherErrors.clear();
            hasErrors.set(false);
            canCancel.set(false);
            canStopWatching.set(false);
            hasFollowUp.set(false);
            detailsTitle.set("");
            detailsSubtitle.set("");
            detailsUri.set("");
            return;
        }
        detailsTitle.set(row.nameProperty().get());
        String resource = row.resourceNameProperty().get();
        detailsSubtitle.set(resource == null || resource.isBlank()
                ? messages.format("tasks.details.subtitle", row.applianceName(), row.getStateText())
                : messages.format("tasks.details.subtitleResource", row.applianceName(), resource, row.getStateText()));
        detailsUri.set(row.ref().uri());
        timeline.setAll(row.progressUpdates().stream().map(this::timelineLine).toList());
        TaskResource latest = row.latestProperty().get();
        List<ErrorMessage> errors = latest == null ? List.of() : latest.taskErrors();
        hasErrors.set(!errors.isEmpty() || row.problemProperty().get() != null);
        otherErrors.setAll(errors.stream().skip(1).map(this::errorLine).toList());
        if (!errors.isEmpty()) {
            errorViewModel.show(errors.get(0), 0);
        } else if (row.problemProperty().get() != null) {
            errorViewModel.show(row.problemProperty().get());
        }
        canCancel.set(row.cancellableProperty().get());
        canStopWatching.set(row.isWatching());
        Optional<TaskFollowUp> followUp = center.followUpFor(row);
        hasFollowUp.set(followUp.isPresent());
        followUpLabel.set(followUp.map(TaskFollowUp::label).orElse(""));
    }

    private String timelineLine(ProgressUpdate update) {
        String when = TaskTimes.parse(update.timestamp()).map(instant -> TaskTimes.clock(instant, zone)).orElse("");
        return messages.format("tasks.details.update", when, Objects.toString(update.statusUpdate(), ""));
    }

    private void loadChildren(TaskRow row) {
        if (childrenJob != null) {
            childrenJob.cancel();
        }
        hasChildren.set(false);
        if (row == null || row.isApplianceGone()) {
            return; // a disconnected appliance's session is gone: asking would prompt for its password
        }
        TaskRef ref = row.ref();
        childrenJob = runner.run(context -> row.appliance().client().childTasks(ref), found -> {
            children.setAll(found);
            hasChildren.set(!found.isEmpty());
        }, failure -> hasChildren.set(false));
    }

    private String errorLine(ErrorMessage error) {
        return messages.format("tasks.details.moreError", Objects.toString(error.message(), ""),
                Objects.toString(error.details(), ""), Objects.toString(error.errorCode(), ""));
    }

    /** Shown in the timeline while the task has no progress updates. */
    public String noUpdatesText() {
        return messages.get("tasks.details.noUpdates");
    }

    // Commands

    public void cancelSelected() {
        Optional.ofNullable(selected.get()).ifPresent(center::cancel);
    }

    public void stopWatchingSelected() {
        Optional.ofNullable(selected.get()).ifPresent(center::stopWatching);
        showDetails();
    }

    public void runFollowUp() {
        TaskRow row = selected.get();
        if (row != null) {
            center.followUpFor(row).ifPresent(followUp -> followUp.run(row));
        }
    }

    public void clearFinished() {
        center.clearFinished();
        if (selected.get() != null && !center.rows().contains(selected.get())) {
            selected.set(null);
        }
    }

    /** Once a second: elapsed times and ETAs. */
    public void tick() {
        center.tick();
    }

    // Properties

    public ObservableList<TaskRow> rows() {
        return center.rows();
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public ErrorViewModel errorViewModel() {
        return errorViewModel;
    }

    public ReadOnlyStringProperty badgeTextProperty() {
        return badgeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsTitleProperty() {
        return detailsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsSubtitleProperty() {
        return detailsSubtitle.getReadOnlyProperty();
    }

    /** The task's URI, for support calls. */
    public ReadOnlyStringProperty detailsUriProperty() {
        return detailsUri.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasChildrenProperty() {
        return hasChildren.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopWatchingProperty() {
        return canStopWatching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasFollowUpProperty() {
        return hasFollowUp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty followUpLabelProperty() {
        return followUpLabel.getReadOnlyProperty();
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    /** taskErrors after the first (which the error view shows whole), one line each. */
    public ObservableList<String> otherErrors() {
        return otherErrors;
    }

    public ObservableList<TaskResource> children() {
        return children;
    }
}
