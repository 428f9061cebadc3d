package com.ovconsole.bench;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user at the editor: types a new description, presses Save, and when it did not save presses
 * Save again a few seconds later (the edit must still be there). After every save that says
 * "Saved." the appliance is asked what it stored. Everything on the editor runs on the FX thread.
 */
final class SoakEditor {

    private final ProfileEditorViewModel editor;
    private final RecordingDialogService dialogs;
    private final ApplianceClient checker;
    private final String uri;
    private final String savedText;
    int edit;
    int saves;
    int notSaved;
    int lost;
    private boolean pending;
    final Map<String, Integer> failures = new TreeMap<>();

    SoakEditor(ProfileEditorViewModel editor, RecordingDialogService dialogs, ApplianceClient checker, String uri,
            String savedText) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.checker = checker;
        this.uri = uri;
        this.savedText = savedText;
    }

    String currentEdit() {
        return "soak edit " + edit;
    }

    /** One round: a new edit (or the unsaved one again), Save, wait, check. True when saved. */
    boolean round() throws Exception {
        if (!pending) {
            edit++;
            String text = currentEdit();
            fx(() -> {
                editor.text(ProfileField.DESCRIPTION).set(text);
                return null;
            });
            pending = true;
        }
        int errorsBefore = fx(() -> dialogs.errors.size());
        fx(() -> {
            editor.save();
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (fx(() -> editor.busyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a save did not end within 2 minutes");
            }
            Thread.sleep(50);
        }
        String status = fx(() -> editor.statusProperty().get());
        if (status.equals(savedText)) {
            saves++;
            pending = false;
            if (!currentEdit().equals(stored().path("description").asString())) {
                lost++;
            }
            return true;
        }
        notSaved++;
        fx(() -> dialogs.errors.subList(errorsBefore, dialogs.errors.size()).stream()
                .map(e -> e.getClass().getSimpleName()).toList()).forEach(kind -> failures.merge(kind, 1, Integer::sum));
        if (!currentEdit().equals(fx(() -> editor.text(ProfileField.DESCRIPTION).get()))) {
            lost++; // the editor dropped the user's edit
            pending = false;
        }
        return false;
    }

    /** What the appliance holds now (retried: the checker's requests meet the same faults). */
    ObjectNode stored() throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return checker.get(uri, ObjectNode.class).tree();
            } catch (ApiException fault) {
                if (attempt > 50) {
                    throw fault;
                }
                Thread.sleep(100);
            }
        }
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
