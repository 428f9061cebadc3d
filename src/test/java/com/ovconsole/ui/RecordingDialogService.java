package com.ovconsole.ui;

import com.ovconsole.api.model.ErrorMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for ViewModel tests: records every request and answers with preset replies. */
public final class RecordingDialogService implements DialogService {

    /** One request the ViewModel made, e.g. {@code ("information", "About", "text")}. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();
    public final List<ErrorMessage> errorMessages = new ArrayList<>();
    public boolean confirmAnswer;
    public Optional<Path> saveFileAnswer = Optional.empty();

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public void showWarning(String title, String message) {
        shown.add(new Shown("warning", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    @Override
    public void showError(Throwable failure) {
        errors.add(failure);
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        errorMessages.add(error);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        shown.add(new Shown("save", title, suggestedFileName));
        return saveFileAnswer;
    }

    @Override
    public void notify(String title, String message) {
        shown.add(new Shown("notification", title, message));
    }
}
