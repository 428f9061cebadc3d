package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.util.function.Consumer;

/**
 * The two stories every "the answer is not what it should be" fault is tried on: opening a profile
 * (the editor says it could not load, the dialog says why in words) and saving one (the answer to
 * the PUT is spoiled: not saved as far as the console can tell, the edit kept, and a later Save
 * lands once the appliance answers properly again).
 */
final class SpoiledAnswers {

    private SpoiledAnswers() {
    }

    /** Opens the profile while {@code spoil} is on; returns the error dialog's text. */
    static String openWhileSpoiled(FaultBed bed, Consumer<String> spoil) {
        String id = bed.firstId();
        spoil.accept(FaultBed.uriOf(id));
        ProfileEditorViewModel editor = bed.open(id);
        assertThat(bed.ui.call(() -> editor.statusProperty().get()))
                .isEqualTo(bed.messages.get("profiles.editor.loadFailed"));
        return bed.errorText();
    }

    /** Saves while {@code spoil} is on; checks nothing was lost; returns the error dialog's text. */
    static String saveWhileSpoiled(FaultBed bed, Consumer<String> spoil) {
        String id = bed.firstId();
        ProfileEditorViewModel editor = bed.open(id);
        String edit = "kept through a spoiled answer";
        bed.type(editor, ProfileField.DESCRIPTION, edit);
        spoil.accept(FaultBed.uriOf(id));

        assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.notSaved"));
        String shown = bed.errorText();
        assertThat(bed.shown(editor, ProfileField.DESCRIPTION)).isEqualTo(edit);
        assertThat(bed.draftDescription(id)).contains(edit);

        bed.sim.clearSpoiledAnswers();
        bed.quiet();
        assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.saved"));
        assertThat(bed.storedDescription(id)).isEqualTo(edit);
        return shown;
    }
}
