package com.ovconsole.app.demo;

import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.DialogService;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The real dialogs, except that "where to save?" is answered with the suggested file name in a
 * fixed folder: for the screenshot tour and whole-window tests, where no file chooser can be clicked.
 */
public final class PresetSaveFolder implements DialogService {

    private final DialogService dialogs;
    private final Path folder;

    public PresetSaveFolder(DialogService dialogs, Path folder) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        return Optional.of(folder.resolve(suggestedFileName));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedFileName) {
        return chooseSaveFile(title, suggestedFileName);
    }

    @Override
    public void showInformation(String title, String message) {
        dialogs.showInformation(title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        dialogs.showWarning(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return dialogs.confirm(title, message, confirmLabel, cancelLabel);
    }

    @Override
    public void showError(Throwable failure) {
        dialogs.showError(failure);
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        dialogs.showError(error, httpStatus);
    }

    @Override
    public void notify(String title, String message) {
        dialogs.notify(title, message);
    }
}
