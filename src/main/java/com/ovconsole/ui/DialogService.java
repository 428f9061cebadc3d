package com.ovconsole.ui;

import com.ovconsole.api.model.ErrorMessage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a ViewModel may ask of the user or the desktop. Tests pass a recording fake; the app
 * passes {@code ui.dialogs.FxDialogService}. Call it on the UI thread (e.g. from a BackgroundRunner callback).
 */
public interface DialogService {

    void showInformation(String title, String message);

    void showWarning(String title, String message);

    /**
     * Asks a yes/no question whose buttons say what they do, e.g. "Delete profile" / "Keep".
     *
     * @return true when the user chose {@code confirmLabel}
     */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /** The ErrorMessage dialog for any failure: appliance errors whole, others without a stack trace. */
    void showError(Throwable failure);

    /** The ErrorMessage dialog for an error body already in hand. */
    void showError(ErrorMessage error, int httpStatus);

    /** A save-file chooser; empty when the user cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedFileName);

    /**
     * A save-file chooser that opens in {@code initialFolder} (when it exists); empty when the
     * user cancelled. Implementations that cannot pick a folder fall back to the plain chooser.
     */
    default Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedFileName) {
        return chooseSaveFile(title, suggestedFileName);
    }

    /** A short desktop notification that goes away by itself (e.g. "Backup downloaded"). */
    void notify(String title, String message);
}
