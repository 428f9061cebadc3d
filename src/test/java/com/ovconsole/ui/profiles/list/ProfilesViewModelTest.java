package com.ovconsole.ui.profiles.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.Draft;
import com.ovconsole.ui.profiles.ProfileTestbed;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The Server Profiles view's ViewModel: editors opened from the list, copies, drafts after a crash. */
class ProfilesViewModelTest {

    @TempDir
    Path configDir;
    private ProfileTestbed bed;

    @BeforeEach
    void start() {
        bed = ProfileTestbed.start(configDir);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private ProfilesViewModel profiles() {
        ProfilesViewModel profiles = bed.ui.call(() -> new ProfilesViewModel(bed.appliance, bed.services, bed.mergePrompt()));
        bed.ui.run(profiles::start);
        bed.ui.waitUntil("the list shows", () -> !profiles.list().rows().isEmpty());
        return profiles;
    }

    @Test
    void draftsLeftByACrashAreReopenedWithTheirEditsOffered() {
        String id = bed.firstId();
        ObjectNode base = bed.stored(id);
        ObjectNode mine = base.deepCopy().put("description", "typed before the crash");
        bed.drafts.save(new Draft("appliance-1", ProfileTestbed.uriOf(id), base, base.get("eTag").asString(), mine,
                Instant.now()));
        bed.drafts.save(new Draft("another-appliance", ProfileTestbed.uriOf(id), base, "x", mine, Instant.now()));

        ProfilesViewModel profiles = profiles();
        bed.ui.waitUntil("the editor offers the draft", () -> profiles.editors().size() == 1
                && profiles.editors().get(0).offeredDraftProperty().get() != null);

        ProfileEditorViewModel editor = bed.ui.call(() -> profiles.editors().get(0));
        bed.ui.run(() -> {
            editor.restoreDraft();
            assertThat(editor.text(ProfileField.DESCRIPTION).get()).isEqualTo("typed before the crash");
        });
    }

    @Test
    void openingTheSameProfileTwiceShowsItsEditorAgain() {
        ProfilesViewModel profiles = profiles();
        ProfileRow row = bed.ui.call(() -> profiles.list().rows().get(0));

        bed.ui.run(() -> profiles.open(row));
        bed.ui.waitUntil("the editor is loaded", () -> profiles.editors().get(0).loadedProperty().get());
        bed.ui.run(() -> profiles.open(row));

        bed.ui.run(() -> {
            assertThat(profiles.editors()).hasSize(1);
            assertThat(profiles.shownEditorProperty().get()).isSameAs(profiles.editors().get(0));
        });
    }

    @Test
    void aProfileIsOpenedByItsUriEvenWhenItsRowIsNotLoaded() {
        ProfilesViewModel profiles = profiles();
        bed.ui.run(() -> {
            profiles.filterTextProperty().set("no profile is called this");
            profiles.refresh();
        });
        bed.ui.waitUntil("the filtered list is empty", () -> !profiles.loadingProperty().get());
        String id = bed.fixture.simulator().profileIds().get(5);

        assertThat(bed.ui.call(() -> profiles.open(ProfileTestbed.uriOf(id)))).isTrue();
        bed.ui.waitUntil("the editor is loaded", () -> profiles.editors().size() == 1
                && profiles.editors().get(0).loadedProperty().get());
        bed.ui.run(() -> {
            assertThat(profiles.list().rows()).isEmpty();
            assertThat(profiles.shownEditorProperty().get().uri()).isEqualTo(ProfileTestbed.uriOf(id));
            assertThat(profiles.shownEditorProperty().get().text(ProfileField.NAME).get())
                    .isEqualTo(bed.stored(id).get("name").asString());
        });
    }

    @Test
    void otherUrisAreNotAProfileToOpen() {
        ProfilesViewModel profiles = profiles();
        bed.ui.run(() -> {
            assertThat(profiles.open("/rest/server-hardware/1")).isFalse();
            assertThat(profiles.open("/rest/server-profiles/1/compliance-preview")).isFalse();
            assertThat(profiles.open("/rest/server-profiles?filter=x")).isFalse();
            assertThat(profiles.open("/rest/server-profiles/")).isFalse();
            assertThat(profiles.editors()).isEmpty();
        });
    }

    @Test
    void aCopyIsANewUnassignedProfileWithTheSourcesSettings() {
        ProfilesViewModel profiles = profiles();
        ProfileRow row = bed.ui.call(() -> profiles.list().rows().get(0));
        ObjectNode source = bed.stored(row.uri().substring(row.uri().lastIndexOf('/') + 1));

        bed.ui.run(() -> profiles.copy(row));
        bed.ui.waitUntil("the copy opens", () -> !profiles.editors().isEmpty()
                && profiles.editors().get(0).loadedProperty().get());

        ProfileEditorViewModel copy = bed.ui.call(() -> profiles.editors().get(0));
        ObjectNode edited = bed.ui.call(copy::editedTree);
        assertThat(copy.uri()).isNull();
        assertThat(edited.get("name").asString()).isEqualTo("Copy of " + row.name());
        assertThat(edited.get("serverHardwareUri").isNull()).isTrue();
        assertThat(edited.has("uri")).isFalse();
        assertThat(edited.has("eTag")).isFalse();
        assertThat(edited.at("/connectionSettings/connections").size())
                .isEqualTo(source.at("/connectionSettings/connections").size());
        assertThat(edited.at("/connectionSettings/connections/0").has("mac")).isFalse();
    }
}
