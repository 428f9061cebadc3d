package com.ovconsole.ui;

import com.ovconsole.api.model.ErrorMessage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link DialogService} that hands every question to another one: the base of wrappers that
 * answer one question themselves (the tour's preset save folder, tests that act while the user
 * is in the file chooser) and leave the rest alone.
 */
public abstract class ForwardingDialogService implements DialogService {

    private final DialogService delegate;

    protected ForwardingDialogService(DialogService delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void showInformation(String title, String message) {
        delegate.showInformation(title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        delegate.showWarning(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return delegate.confirm(title, message, confirmLabel, cancelLabel);
    }

    @Override
    public void showError(Throwable failure) {
        delegate.showError(failure);
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        delegate.showError(error, httpStatus);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        return delegate.chooseSaveFile(title, suggestedFileName);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedFileName) {
        return delegate.chooseSaveFile(title, initialFolder, suggestedFileName);
    }

    @Override
    public void notify(String title, String message) {
        delegate.notify(title, message);
    }
}
