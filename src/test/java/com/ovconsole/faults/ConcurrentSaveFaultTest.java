package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two and three administrators save the same profile at the same moment, each from an own session.
 * One wins, the others get 412, merge and save again (or 409 while a save's task runs, and press
 * Save again). At the end every edit is on the appliance: none was lost.
 */
class ConcurrentSaveFaultTest {

    private static final int ROUNDS = 6;

    @TempDir
    Path configDir;

    @Test
    void twoSessionsSavingTogetherBothLand() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel mine = bed.open(id);
            ProfileEditorViewModel theirs = bed.open(bed.secondSession("Console B"), id);
            bed.type(mine, ProfileField.DESCRIPTION, "from console A");
            bed.type(theirs, ProfileField.AFFINITY, "BayAndServer");

            saveUntilSaved(bed, List.of(mine, theirs));

            ObjectNode stored = bed.sim.profile(id);
            assertThat(stored.path("description").asString()).isEqualTo("from console A");
            assertThat(stored.path("affinity").asString()).isEqualTo("BayAndServer");
            assertThat(bed.errorTexts()).allSatisfy(FaultBed::assertReadable);
        }
    }

    @Test
    void threeSessionsSavingTogetherAllLand() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel a = bed.open(id);
            ProfileEditorViewModel b = bed.open(bed.secondSession("Console B"), id);
            ProfileEditorViewModel c = bed.open(bed.secondSession("Console C"), id);
            String newName = bed.sim.profile(id).path("name").asString() + "-renamed";
            bed.type(a, ProfileField.DESCRIPTION, "from console A");
            bed.type(b, ProfileField.AFFINITY, "BayAndServer");
            bed.type(c, ProfileField.NAME, newName);

            int merges = saveUntilSaved(bed, List.of(a, b, c));

            ObjectNode stored = bed.sim.profile(id);
            assertThat(stored.path("description").asString()).isEqualTo("from console A");
            assertThat(stored.path("affinity").asString()).isEqualTo("BayAndServer");
            assertThat(stored.path("name").asString()).isEqualTo(newName);
            assertThat(merges).as("412s that were merged").isPositive();
        }
    }

    /** Presses Save on every editor at once, then again on those not saved, as their users would. */
    private static int saveUntilSaved(FaultBed bed, List<ProfileEditorViewModel> editors) {
        String saved = bed.messages.get("profiles.editor.saved");
        List<ProfileEditorViewModel> pending = new ArrayList<>(editors);
        for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
            bed.ui.run(() -> pending.forEach(ProfileEditorViewModel::save));
            bed.ui.waitUntil("every save has ended", () -> pending.stream().noneMatch(e -> e.busyProperty().get()));
            pending.removeIf(e -> bed.ui.call(() -> e.statusProperty().get()).equals(saved));
            bed.quiet();
        }
        assertThat(pending).as("editors still not saved after " + ROUNDS + " rounds").isEmpty();
        return bed.merged.get();
    }
}
