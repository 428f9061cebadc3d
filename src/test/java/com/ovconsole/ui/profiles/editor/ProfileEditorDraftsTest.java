package com.ovconsole.ui.profiles.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.ProfileTestbed;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's drafts against the simulator: written while typing, offered again, dropped by a save. */
class ProfileEditorDraftsTest {

    @TempDir
    Path configDir;
    private ProfileTestbed bed;
    private String id;

    @BeforeEach
    void start() {
        bed = ProfileTestbed.start(configDir);
        id = bed.firstId();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void editsAreKeptAsADraftAndOfferedWhenTheProfileIsOpenedAgain() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("unsaved words"));
        bed.ui.waitUntil("the draft is on disk", () -> bed.drafts.load("appliance-1", ProfileTestbed.uriOf(id)).value()
                .filter(d -> d.mine().path("description").asString().equals("unsaved words")).isPresent());
        bed.ui.run(editor::close);

        ProfileEditorViewModel reopened = bed.open(id);
        bed.ui.run(() -> {
            assertThat(reopened.offeredDraftProperty().get()).isNotNull();
            reopened.restoreDraft();
            assertThat(reopened.text(ProfileField.DESCRIPTION).get()).isEqualTo("unsaved words");
            assertThat(reopened.dirtyProperty(ProfileField.DESCRIPTION).get()).isTrue();
        });
    }

    @Test
    void aSuccessfulSaveDropsTheDraft() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("about to be saved"));
        bed.ui.waitUntil("the draft is on disk",
                () -> bed.drafts.load("appliance-1", ProfileTestbed.uriOf(id)).value().isPresent());

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the save ends", () -> editor.statusProperty().get().equals("Saved."));

        bed.ui.waitUntil("the draft is gone",
                () -> bed.drafts.load("appliance-1", ProfileTestbed.uriOf(id)).value().isEmpty());
    }
}
