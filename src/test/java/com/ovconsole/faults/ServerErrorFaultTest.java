package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 500 ErrorMessage on save: the appliance's own words in the dialog, the edit kept, a second Save works. */
class ServerErrorFaultTest {

    @TempDir
    Path configDir;

    @Test
    void saveAnswered500ShowsTheErrorMessageKeepsTheEditAndSavesOnRetry() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "rack 12, after the 500");
            bed.sim.failNextRequests(1);

            String status = bed.save(editor);

            assertThat(status).isEqualTo(bed.messages.get("profiles.editor.notSaved"));
            assertThat(bed.errorText()).contains("An internal error occurred on the appliance.", "Retry the request.");
            assertThat(bed.shown(editor, ProfileField.DESCRIPTION)).isEqualTo("rack 12, after the 500");
            assertThat(bed.draftDescription(id)).contains("rack 12, after the 500");
            assertThat(bed.storedDescription(id)).isNotEqualTo("rack 12, after the 500");

            assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.saved"));
            assertThat(bed.storedDescription(id)).isEqualTo("rack 12, after the 500");
        }
    }
}
