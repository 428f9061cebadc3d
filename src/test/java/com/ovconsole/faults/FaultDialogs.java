package com.ovconsole.faults;

import com.ovconsole.ui.ForwardingDialogService;
import com.ovconsole.ui.RecordingDialogService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recording DialogService, plus a moment the test can use: {@link #whileChoosing} runs while
 * the "user" is in the save-file chooser (e.g. the session expires meanwhile).
 */
final class FaultDialogs extends ForwardingDialogService {

    final RecordingDialogService recorded;
    volatile Runnable whileChoosing = () -> { };

    FaultDialogs(RecordingDialogService recorded) {
        super(recorded);
        this.recorded = recorded;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        Optional<Path> answer = super.chooseSaveFile(title, suggestedFileName);
        whileChoosing.run();
        return answer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedFileName) {
        return chooseSaveFile(title, suggestedFileName);
    }
}
