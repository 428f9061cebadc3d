package com.ovconsole.bench;

import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.DialogService;
import java.nio.file.Path;
import java.util.Optional;

/** The benches ask the user nothing; an error fails the bench loudly. */
final class BenchDialogs implements DialogService {

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public void showWarning(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return false;
    }

    @Override
    public void showError(Throwable failure) {
        throw new IllegalStateException("bench failed", failure);
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        throw new IllegalStateException("bench failed: " + error);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        return Optional.empty();
    }

    @Override
    public void notify(String title, String message) {
    }
}
