package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.editor.Fact;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import com.ovconsole.ui.tasks.TaskRow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer appliance sends values the documentation this console was written from does not list:
 * they are shown as sent, nothing fails, and the work ends normally once the values are known again.
 */
class UnknownEnumFaultTest {

    @TempDir
    Path configDir;

    @Test
    void unknownTaskStateIsShownAsSentAndTheSaveEndsWhenTheTaskDoes() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "saved through an unknown task state");
            bed.sim.overrideAnswerField("/rest/tasks", "taskState", "Quiescing");

            bed.ui.run(editor::save);
            bed.ui.waitUntil("the task row shows the state as sent",
                    () -> bed.tasks.rows().stream().map(TaskRow::getStateText).anyMatch("Quiescing"::equals));

            assertThat(bed.ui.call(() -> editor.busyProperty().get())).as("an unknown state is not an end").isTrue();
            bed.sim.clearSpoiledAnswers();
            bed.ui.waitUntil("the save has ended", () -> !editor.busyProperty().get());
            assertThat(bed.ui.call(() -> editor.statusProperty().get())).isEqualTo(bed.messages.get("profiles.editor.saved"));
            assertThat(bed.errorTexts()).isEmpty();
            assertThat(bed.storedDescription(id)).isEqualTo("saved through an unknown task state");
        }
    }

    @Test
    void unknownProfileStatusIsShownAsSentAndTheProfileStillSaves() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            bed.sim.overrideAnswerField("/rest/server-profiles", "status", "Entangled");

            ProfileEditorViewModel editor = bed.open(id);

            assertThat(bed.ui.call(() -> editor.facts().stream().map(Fact::value).toList())).contains("Entangled");
            bed.type(editor, ProfileField.DESCRIPTION, "saved with an unknown status");
            assertThat(bed.save(editor)).isEqualTo(bed.messages.get("profiles.editor.saved"));
            assertThat(bed.errorTexts()).isEmpty();
            assertThat(bed.storedDescription(id)).isEqualTo("saved with an unknown status");
        }
    }
}
