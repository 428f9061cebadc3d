package com.ovconsole.faults;

import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.RecordingDialogService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recording DialogService, plus a moment the test can use: {@link #whileChoosing} runs while
 * the "user" is in the save-file chooser (e.g. the session expires meanwhile).
 */
final class FaultDialogs implements DialogService {

    final RecordingDialogService recorded;
    volatile Runnable whileChoosing = () -> { };

    FaultDialogs(RecordingDialogService recorded) {
        this.recorded = recorded;
    }

    @Override
    public void showInformation(String title, String message) {
        recorded.showInformation(title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        recorded.showWarning(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return recorded.confirm(title, message, confirmLabel, cancelLabel);
    }

    @Override
    public void showError(Throwable failure) {
        recorded.showError(failure);
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        recorded.showError(error, httpStatus);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        Optional<Path> answer = recorded.chooseSaveFile(title, suggestedFileName);
        whileChoosing.run();
        return answer;
    }

    @Override
    public void notify(String title, String message) {
        recorded.notify(title, message);
    }
}
