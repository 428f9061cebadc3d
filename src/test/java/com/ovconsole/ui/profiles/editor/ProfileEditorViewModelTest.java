package com.ovconsole.ui.profiles.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.ETag;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.merge.ChangeKind;
import com.ovconsole.merge.Choice;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.profiles.PollingTaskTracker;
import com.ovconsole.ui.profiles.ProfileTestbed;
import com.ovconsole.ui.profiles.conflict.MergeRow;
import com.ovconsole.ui.profiles.conflict.MergeViewModel;
import com.ovconsole.ui.profiles.list.ProfileTemplates;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The profile editor's ViewModel against the simulator: dirty state, saves, 412 merges, failures (drafts: ProfileEditorDraftsTest). */
class ProfileEditorViewModelTest {

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
    void loadedProfileIsCleanAndShowsItsFields() {
        ProfileEditorViewModel editor = bed.open(id);
        ObjectNode stored = bed.stored(id);

        bed.ui.run(() -> {
            assertThat(editor.text(ProfileField.NAME).get()).isEqualTo(stored.get("name").asString());
            assertThat(editor.connections()).hasSize(stored.at("/connectionSettings/connections").size());
            assertThat(editor.anyDirtyProperty().get()).isFalse();
            assertThat(editor.eTag()).isEqualTo(ETag.of(stored.get("eTag").asString()));
            assertThat(editor.facts()).extracting(Fact::value).contains(stored.get("uri").asString());
        });
    }

    @Test
    void editingAFieldMarksOnlyThatFieldDirtyAndRevertUndoesIt() {
        ProfileEditorViewModel editor = bed.open(id);

        bed.ui.run(() -> {
            editor.text(ProfileField.DESCRIPTION).set("Moved to rack 12");
            assertThat(editor.dirtyProperty(ProfileField.DESCRIPTION).get()).isTrue();
            assertThat(editor.dirtyProperty(ProfileField.NAME).get()).isFalse();
            assertThat(editor.dirtyProperty(ProfileField.CONNECTIONS).get()).isFalse();
            editor.connections().get(0).requestedMbpsProperty().set("7500");
            assertThat(editor.dirtyProperty(ProfileField.CONNECTIONS).get()).isTrue();
            assertThat(editor.anyDirtyProperty().get()).isTrue();

            editor.revert();

            assertThat(editor.anyDirtyProperty().get()).isFalse();
            assertThat(editor.text(ProfileField.DESCRIPTION).get()).isNotEqualTo("Moved to rack 12");
            assertThat(editor.anyDirtyProperty().get()).as("edited equals base").isFalse();
        });
    }

    @Test
    void typingAValueBackMakesTheFieldCleanAgain() {
        ProfileEditorViewModel editor = bed.open(id);

        bed.ui.run(() -> {
            String original = editor.text(ProfileField.DESCRIPTION).get();
            editor.text(ProfileField.DESCRIPTION).set("x");
            editor.text(ProfileField.DESCRIPTION).set(original);
            assertThat(editor.dirtyProperty(ProfileField.DESCRIPTION).get()).isFalse();
        });
    }

    @Test
    void editedCopyCarriesFieldsTheEditorDoesNotKnow() {
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.putObject("futureFeature").put("level", 3));
        ProfileEditorViewModel editor = bed.open(id);

        ObjectNode edited = bed.ui.call(() -> {
            editor.connections().get(0).requestedMbpsProperty().set("7500");
            return editor.editedTree();
        });

        assertThat(edited.at("/futureFeature/level").asInt()).isEqualTo(3);
        assertThat(edited.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("7500");
        assertThat(edited.at("/connectionSettings/connections/0/mac").asString())
                .isEqualTo(bed.stored(id).at("/connectionSettings/connections/0/mac").asString());
    }

    @Test
    void saveOnAModernApplianceFollowsTheTaskAndReloadsTheSavedProfile() {
        ProfileEditorViewModel editor = bed.open(id);
        ETag loadedETag = bed.ui.call(editor::eTag);

        bed.ui.run(() -> {
            editor.text(ProfileField.DESCRIPTION).set("Saved through a task");
            editor.save();
        });
        bed.ui.waitUntil("the save task ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.tasks.tracked).extracting(PollingTaskTracker.Tracked::label)
                .containsExactly("Update server profile " + bed.stored(id).get("name").asString());
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("Saved through a task");
        bed.ui.run(() -> {
            assertThat(editor.anyDirtyProperty().get()).isFalse();
            assertThat(editor.eTag()).isNotEqualTo(loadedETag).isEqualTo(ETag.of(bed.stored(id).get("eTag").asString()));
        });
    }

    @Test
    void saveOnAnOldApiIsDoneAt200WithoutATask() {
        bed.close();
        bed = new ProfileTestbed(SimulatorConfig.builder().minApiVersion(3).profiles(10), configDir);
        id = bed.firstId();
        bed.appliance.client().useApiVersion(101);
        ProfileEditorViewModel editor = bed.open(id);

        bed.ui.run(() -> {
            editor.text(ProfileField.DESCRIPTION).set("Saved at once");
            editor.save();
        });
        bed.ui.waitUntil("the save ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.tasks.tracked).isEmpty();
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("Saved at once");
    }

    @Test
    void staleSaveOpensTheMergeAndSavesTheMergedProfileWithTheNewETag() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> {
            editor.text(ProfileField.DESCRIPTION).set("mine");
            editor.connections().get(0).requestedMbpsProperty().set("7500");
        });
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> {
            p.put("description", "theirs");
            ((ObjectNode) p.at("/connectionSettings/connections/1")).put("requestedMbps", "12500");
        });

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the merged save ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.mergesShown).hasSize(1);
        MergeViewModel merge = bed.mergesShown.get(0);
        assertThat(merge.rows().get(0).isConflict()).isTrue();
        assertThat(merge.rows().get(0).label()).isEqualTo("Description");
        assertThat(merge.rows()).filteredOn(row -> row.kind() == ChangeKind.MINE_ONLY).extracting(MergeRow::label)
                .contains("Connection 1 › Requested Mbps");
        assertThat(merge.rows()).filteredOn(row -> row.kind() == ChangeKind.THEIRS_ONLY).extracting(MergeRow::label)
                .contains("Connection 2 › Requested Mbps");
        ObjectNode stored = bed.stored(id);
        assertThat(stored.get("description").asString()).isEqualTo("mine");
        assertThat(stored.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("7500");
        assertThat(stored.at("/connectionSettings/connections/1/requestedMbps").asString()).isEqualTo("12500");
    }

    @Test
    void choosingTheirsKeepsTheOtherUsersValue() {
        bed.mergeAnswer = merge -> {
            merge.chooseAll(Choice.THEIRS);
            return Optional.of(merge.merged());
        };
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("mine"));
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("description", "theirs"));

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the merged save ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.stored(id).get("description").asString()).isEqualTo("theirs");
    }

    @Test
    void mergedSaveThatIsStaleAgainLoopsBackToTheMergeWithTheNewTheirs() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("mine"));
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("description", "theirs 1"));
        bed.mergeAnswer = merge -> {
            if (bed.mergesShown.size() == 1) {
                // Someone saves again while this user looks at the dialog.
                bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("affinity", "BayAndServer"));
            }
            merge.chooseAll(Choice.MINE);
            return Optional.of(merge.merged());
        };

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the merged save ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.mergesShown).hasSize(2);
        assertThat(bed.mergesShown.get(1).rows()).extracting(MergeRow::label).contains("Affinity");
        ObjectNode stored = bed.stored(id);
        assertThat(stored.get("description").asString()).isEqualTo("mine");
        assertThat(stored.get("affinity").asString()).isEqualTo("BayAndServer");
    }

    @Test
    void cancellingTheMergeKeepsTheEditsInTheEditor() {
        bed.mergeAnswer = merge -> Optional.empty();
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("mine"));
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("description", "theirs"));

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the save ends", () -> !editor.busyProperty().get());

        assertThat(bed.mergesShown).hasSize(1);
        bed.ui.run(() -> {
            assertThat(editor.text(ProfileField.DESCRIPTION).get()).isEqualTo("mine");
            assertThat(editor.anyDirtyProperty().get()).isTrue();
        });
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("theirs");
    }

    @Test
    void a412ThatIsNotAboutTheETagIsShownAsAnErrorWithoutAMerge() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("mine"));
        // An API version the appliance refuses: it answers 412 to the PUT (and to the GET after it).
        bed.appliance.client().useApiVersion(99_999);

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the error is shown", () -> !bed.dialogs.errors.isEmpty());

        assertThat(bed.mergesShown).isEmpty();
        assertThat(bed.dialogs.errors.get(0)).isInstanceOf(PreconditionFailedException.class);
        assertThat(((ApplianceErrorException) bed.dialogs.errors.get(0)).errorCode()).isEqualTo("INVALID_API_VERSION");
        bed.ui.run(() -> assertThat(editor.text(ProfileField.DESCRIPTION).get()).isEqualTo("mine"));
    }

    @Test
    void theAppliancesRejectionIsShownWholeAndTheEditsStay() {
        String otherName = bed.stored(bed.fixture.simulator().profileIds().get(1)).get("name").asString();
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> {
            editor.text(ProfileField.NAME).set(otherName);
            editor.save();
        });
        bed.ui.waitUntil("the error is shown", () -> !bed.dialogs.errors.isEmpty());

        ApplianceErrorException error = (ApplianceErrorException) bed.dialogs.errors.get(0);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo("DUPLICATE_PROFILE_NAME");
        assertThat(error.error().recommendedActions()).isNotEmpty();
        bed.ui.run(() -> {
            assertThat(editor.text(ProfileField.NAME).get()).isEqualTo(otherName);
            assertThat(editor.statusProperty().get()).isEqualTo("Not saved. Your edits are kept.");
        });
    }

    @Test
    void validationStopsTheSaveAndSaysWhatIsWrong() {
        ProfileEditorViewModel editor = bed.open(id);
        String eTagBefore = bed.stored(id).get("eTag").asString();

        bed.ui.run(() -> {
            editor.text(ProfileField.NAME).set("  ");
            editor.connections().get(1).nameProperty().set(editor.connections().get(0).nameProperty().get());
            editor.save();
            assertThat(editor.nameErrorProperty().get()).isEqualTo("A profile needs a name.");
            assertThat(editor.connectionsErrorProperty().get()).contains("connection names must be unique");

            editor.text(ProfileField.NAME).set("esx-prod-900");
            editor.connections().get(1).nameProperty().set("second");
            editor.connections().get(0).requestedMbpsProperty().set("fast");
            assertThat(editor.nameErrorProperty().get()).isEmpty();
            assertThat(editor.connectionsErrorProperty().get()).contains("\"fast\" is not a bandwidth");
        });

        bed.ui.run(() -> assertThat(editor.busyProperty().get()).as("no save started").isFalse());
        assertThat(bed.stored(id).get("eTag").asString()).isEqualTo(eTagBefore);
        assertThat(bed.tasks.tracked).isEmpty();
    }

    @Test
    void anExpiredSessionDuringSaveLogsInAgainAndSavesTheEdits() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("after a re-login"));
        bed.fixture.simulator().expireSessions();

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the save ends", () -> editor.statusProperty().get().equals("Saved."));

        assertThat(bed.reloginPrompts.get()).isEqualTo(1);
        assertThat(bed.dialogs.errors).isEmpty();
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("after a re-login");
    }

    @Test
    void anotherUsersSaveShowsTheChangedOnTheApplianceBanner() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(editor::checkForRemoteChange);
        bed.ui.waitUntil("the unchanged check answered", () -> !editor.isCheckingForRemoteChange());
        bed.ui.run(() -> assertThat(editor.remoteChangedProperty().get()).isFalse());

        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("description", "theirs"));
        bed.ui.run(editor::checkForRemoteChange);

        bed.ui.waitUntil("the banner shows", () -> editor.remoteChangedProperty().get());
        bed.ui.run(() -> assertThat(editor.remoteChangeTextProperty().get()).startsWith("Someone else saved this profile"));
    }

    @Test
    void aNewProfileIsCreatedThroughATaskAndThenEditedInPlace() {
        ProfileEditorViewModel editor = bed.editor();
        ObjectNode template = ProfileTemplates.empty();
        bed.ui.run(() -> {
            editor.openNew(template);
            editor.text(ProfileField.NAME).set("web-frontend-900");
            editor.addConnection();
            editor.save();
        });
        bed.ui.waitUntil("the create task ends", () -> editor.statusProperty().get().equals("Saved."));

        bed.ui.run(() -> {
            assertThat(editor.uri()).startsWith("/rest/server-profiles/");
            assertThat(editor.eTag()).isNotNull();
        });
        String newId = editor.uri().substring(editor.uri().lastIndexOf('/') + 1);
        assertThat(bed.stored(newId).get("name").asString()).isEqualTo("web-frontend-900");
        assertThat(bed.stored(newId).at("/connectionSettings/connections/0/name").asString()).isEqualTo("connection-1");
    }

    @Test
    void aFailingApplianceLosesNoEditAndTheNextSaveWorks() {
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("kept through an outage"));
        bed.fixture.simulator().setFaultRate(1.0);

        bed.ui.run(editor::save);
        bed.ui.waitUntil("the failure is shown", () -> !bed.dialogs.errors.isEmpty() && !editor.busyProperty().get());
        bed.ui.run(() -> {
            assertThat(editor.text(ProfileField.DESCRIPTION).get()).isEqualTo("kept through an outage");
            assertThat(editor.dirtyProperty(ProfileField.DESCRIPTION).get()).isTrue();
        });

        bed.fixture.simulator().setFaultRate(0);
        bed.ui.run(editor::save);
        bed.ui.waitUntil("the second save ends", () -> editor.statusProperty().get().equals("Saved."));
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("kept through an outage");
    }

    @Test
    void connectionsAndBootOrderCanBeReorderedAddedAndRemoved() {
        ProfileEditorViewModel editor = bed.open(id);

        ObjectNode edited = bed.ui.call(() -> {
            editor.moveConnection(1, -1);
            editor.moveBootOrder(0, 1);
            editor.addConnection();
            editor.removeConnection(editor.connections().get(0));
            assertThat(editor.dirtyProperty(ProfileField.CONNECTIONS).get()).isTrue();
            assertThat(editor.dirtyProperty(ProfileField.BOOT_ORDER).get()).isTrue();
            return editor.editedTree();
        });

        ObjectNode stored = bed.stored(id);
        assertThat(edited.at("/connectionSettings/connections/0/id").asInt()).isEqualTo(1);
        int count = stored.at("/connectionSettings/connections").size();
        assertThat(edited.at("/connectionSettings/connections").size()).isEqualTo(count);
        assertThat(edited.at("/connectionSettings/connections/" + (count - 1) + "/id").asInt()).isEqualTo(count + 1);
        assertThat(edited.at("/boot/order/0").asString()).isEqualTo(stored.at("/boot/order/1").asString());
        assertThat(edited.at("/boot/order/1").asString()).isEqualTo(stored.at("/boot/order/0").asString());
    }
}
