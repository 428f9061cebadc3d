package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.Draft;
import com.ovconsole.store.DraftStore;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.list.ProfilesViewModel;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of three drafts on disk is corrupt: it is moved aside and the user told, the two good ones
 * are reopened with their edits; a draft corrupted later is reported when its profile is opened.
 */
class CorruptDraftFaultTest {

    private static final String BROKEN = "{\"applianceId\": \"appliance-1\", \"mine\": {\"descr";

    @TempDir
    Path configDir;

    @Test
    void aCorruptDraftIsSetAsideAndToldTheOthersReopenWithTheirEdits() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String first = bed.sim.profileIds().get(0);
            String second = bed.sim.profileIds().get(1);
            keepDraft(bed, first, "draft one");
            keepDraft(bed, second, "draft two");
            Path broken = configDir.resolve(DraftStore.FOLDER_NAME).resolve("0123abcd.json");
            SetAside.write(broken, BROKEN);

            ProfilesViewModel profiles = bed.ui.call(() -> new ProfilesViewModel(bed.appliance, bed.services, bed.merges));
            bed.ui.run(profiles::start);
            bed.ui.waitUntil("both drafts are offered again", () -> profiles.editors().size() == 2
                    && profiles.editors().stream().allMatch(e -> e.offeredDraftProperty().get() != null));

            assertThat(bed.ui.call(() -> profiles.editors().stream()
                    .map(e -> e.offeredDraftProperty().get().mine().path("description").asString()).toList()))
                    .containsExactlyInAnyOrder("draft one", "draft two");
            SetAside.assertMovedAsideAndTold(broken, BROKEN, warning(bed));
        }
    }

    @Test
    void aDraftCorruptedLaterIsReportedWhenItsProfileOpens() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            keepDraft(bed, id, "about to be corrupted");
            Path file = configDir.resolve(DraftStore.FOLDER_NAME).resolve(draftFileOf(bed, id));
            SetAside.write(file, BROKEN);

            ProfileEditorViewModel editor = bed.open(id);

            assertThat(bed.ui.call(() -> editor.loadedProperty().get())).isTrue();
            assertThat(bed.ui.call(() -> editor.offeredDraftProperty().get())).isNull();
            SetAside.assertMovedAsideAndTold(file, BROKEN, warning(bed));
        }
    }

    private static void keepDraft(FaultBed bed, String id, String description) {
        ObjectNode base = bed.sim.profile(id);
        ObjectNode mine = base.deepCopy().put("description", description);
        bed.drafts.save(new Draft(bed.appliance.id(), FaultBed.uriOf(id), base, base.path("eTag").asString(), mine,
                Instant.now()));
    }

    /** The one file in drafts/ (the store names files by a hash the test need not know). */
    private static String draftFileOf(FaultBed bed, String id) {
        try (var files = java.nio.file.Files.list(bed.configDir.resolve(DraftStore.FOLDER_NAME))) {
            return files.findFirst().orElseThrow().getFileName().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String warning(FaultBed bed) {
        bed.ui.waitUntil("a warning is shown", () -> bed.dialogs.shown.stream().anyMatch(s -> s.kind().equals("warning")));
        return bed.ui.call(() -> bed.dialogs.shown.stream().filter(s -> s.kind().equals("warning"))
                .map(RecordingDialogService.Shown::message).findFirst().orElseThrow());
    }
}
