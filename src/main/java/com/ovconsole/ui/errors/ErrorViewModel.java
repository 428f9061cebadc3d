package com.ovconsole.ui.errors;

import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.TextClipboard;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the ErrorMessage view: one error at a time, replaceable with {@link #show} so the view
 * can be embedded (e.g. in task details) as well as shown as a dialog.
 */
public final class ErrorViewModel {

    private static final System.Logger LOG = System.getLogger(ErrorViewModel.class.getName());

    private final Messages messages;
    private final TextClipboard clipboard;

    // Properties
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper errorCodeText = new ReadOnlyStringWrapper(this, "errorCodeText", "");
    private final ReadOnlyStringWrapper httpStatusText = new ReadOnlyStringWrapper(this, "httpStatusText", "");
    private final ReadOnlyStringWrapper copyButtonText = new ReadOnlyStringWrapper(this, "copyButtonText", "");
    private final ReadOnlyBooleanWrapper hasDetails = new ReadOnlyBooleanWrapper(this, "hasDetails");
    private final ReadOnlyBooleanWrapper hasRecommendedActions = new ReadOnlyBooleanWrapper(this, "hasRecommendedActions");
    private final ReadOnlyBooleanWrapper hasNestedErrors = new ReadOnlyBooleanWrapper(this, "hasNestedErrors");
    private final ObservableList<String> recommendedActions = FXCollections.observableArrayList();
    private final ObservableList<NestedError> nestedErrors = FXCollections.observableArrayList();
    // One read-only view each, kept here: a fresh wrapper per call would only weakly hold the
    // listeners an embedded ErrorView adds, and they would stop firing after a GC.
    private final ObservableList<String> readOnlyActions = FXCollections.unmodifiableObservableList(recommendedActions);
    private final ObservableList<NestedError> readOnlyNested = FXCollections.unmodifiableObservableList(nestedErrors);
    private ErrorReport report;

    public ErrorViewModel(Messages messages, TextClipboard clipboard) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        show(new ErrorReport("", "", List.of(), List.of(), "", 0));
    }

    /** Shows any failure; a failure nobody reported on purpose also goes to the log with its trace. */
    public void show(Throwable failure) {
        if (ErrorReport.isUnexpected(failure)) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure shown to the user", failure);
        }
        show(ErrorReport.of(failure, messages));
    }

    public void show(ErrorMessage error, int httpStatus) {
        show(ErrorReport.of(error, httpStatus, messages));
    }

    public void show(ErrorReport newReport) {
        report = Objects.requireNonNull(newReport, "report");
        message.set(report.message());
        details.set(report.details());
        errorCodeText.set(report.errorCode().isEmpty() ? "" : messages.format("error.code", report.errorCode()));
        httpStatusText.set(report.httpStatus() == 0 ? "" : messages.format("error.httpStatus", report.httpStatus()));
        recommendedActions.setAll(report.recommendedActions());
        nestedErrors.setAll(report.nestedErrors());
        hasDetails.set(!report.details().isEmpty());
        hasRecommendedActions.set(!recommendedActions.isEmpty());
        hasNestedErrors.set(!nestedErrors.isEmpty());
        copyButtonText.set(messages.get("error.copyDetails"));
    }

    // Commands

    /** Puts the whole error, as plain text, on the clipboard. */
    public void copyDetails() {
        clipboard.putText(ErrorText.of(report, messages));
        copyButtonText.set(messages.get("error.copied"));
    }

    /** One line for a nested error in the tree: message, details and code. */
    public String nestedErrorText(NestedError error) {
        return ErrorText.line(error);
    }

    // Property accessors

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public String getDetails() {
        return details.get();
    }

    public ReadOnlyStringProperty errorCodeTextProperty() {
        return errorCodeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty httpStatusTextProperty() {
        return httpStatusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty copyButtonTextProperty() {
        return copyButtonText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDetailsProperty() {
        return hasDetails.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRecommendedActionsProperty() {
        return hasRecommendedActions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNestedErrorsProperty() {
        return hasNestedErrors.getReadOnlyProperty();
    }

    /** Read-only view of the recommended actions, in the appliance's order. */
    public ObservableList<String> getRecommendedActions() {
        return readOnlyActions;
    }

    /** Read-only view of the top-level nested errors; each carries its children. */
    public ObservableList<NestedError> getNestedErrors() {
        return readOnlyNested;
    }
}
