package com.ovconsole.app.demo;

import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.ForwardingDialogService;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The real dialogs, except that "where to save?" is answered with the suggested file name in a
 * fixed folder: for the screenshot tour and whole-window tests, where no file chooser can be clicked.
 */
public final class PresetSaveFolder extends ForwardingDialogService {

    private final Path folder;

    public PresetSaveFolder(DialogService dialogs, Path folder) {
        super(dialogs);
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
}
