package com.ovconsole.ui.profiles.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.ProfileTestbed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor on appliances that differ from the demo (issue 13): lookups the appliance lacks, a
 * background re-read that pauses while hidden, saves that end in Warning. Against the simulator.
 */
class ProfileEditorDegradesTest {

    @TempDir
    Path configDir;
    private ProfileTestbed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void missingLookupsAreNotedBesideTheirDropDownsAndNeverOpenADialog() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10)
                .withoutEndpoints("server-hardware-types", "available-targets", "ethernet-networks"), configDir);
        String id = bed.firstId();
        ProfileEditorViewModel editor = bed.open(id);
        bed.ui.waitUntil("the notes", () -> !editor.lookupNote(ProfileField.SERVER_HARDWARE_TYPE).get().isEmpty()
                && !editor.lookupNote(ProfileField.SERVER_HARDWARE).get().isEmpty()
                && !editor.lookupNote(ProfileField.CONNECTIONS).get().isEmpty()
                && !editor.pickList(ProfileField.ENCLOSURE_GROUP).isEmpty());

        bed.ui.run(() -> {
            assertThat(editor.lookupNote(ProfileField.SERVER_HARDWARE_TYPE).get()).contains("Not available on this appliance");
            assertThat(editor.lookupNote(ProfileField.ENCLOSURE_GROUP).get()).isEmpty();
            assertThat(editor.pickList(ProfileField.SERVER_HARDWARE_TYPE)).isEmpty();
            // The current server is still offered (by name), only the free ones are unknown.
            assertThat(editor.pickList(ProfileField.SERVER_HARDWARE)).extracting(PickerChoice::uri)
                    .containsExactly(bed.stored(id).get("serverHardwareUri").asString());
            assertThat(editor.text(ProfileField.SERVER_HARDWARE_TYPE).get())
                    .isEqualTo(bed.stored(id).get("serverHardwareTypeUri").asString());
            editor.text(ProfileField.DESCRIPTION).set("Saved on a smaller appliance");
            editor.save();
        });
        bed.ui.waitUntil("saved", () -> "Saved.".equals(editor.statusProperty().get()));

        assertThat(bed.stored(id).get("description").asString()).isEqualTo("Saved on a smaller appliance");
        bed.ui.run(() -> assertThat(editor.lookupNote(ProfileField.SERVER_HARDWARE_TYPE).get()).isNotEmpty());
        assertThat(bed.dialogs.shown).isEmpty();
        assertThat(bed.dialogs.errors).isEmpty();
    }

    @Test
    void theBackgroundReadPausesWhileTheTabIsHiddenAndCatchesUpWhenShown() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10), configDir);
        AtomicInteger ticks = new AtomicInteger();
        UiDispatcher counting = action -> {
            ticks.incrementAndGet();
            bed.ui.dispatch(action);
        };
        ProfileServices s = bed.services;
        ProfileServices often = new ProfileServices(s.runner(), counting, s.scheduler(), s.dialogs(), s.tasks(),
                s.drafts(), s.messages(), s.draftDelay(), Duration.ofMillis(20));
        String id = bed.firstId();
        ProfileEditorViewModel editor = bed.ui.call(() -> new ProfileEditorViewModel(bed.appliance, often, bed.mergePrompt()));
        bed.ui.run(() -> editor.open(ProfileTestbed.uriOf(id)));
        bed.ui.waitUntil("loaded", () -> editor.loadedProperty().get() && !editor.busyProperty().get());
        bed.ui.waitUntil("the pick lists", () -> !editor.pickList(ProfileField.SERVER_HARDWARE).isEmpty()
                && !editor.pickList(ProfileField.CONNECTIONS).isEmpty());
        bed.ui.run(editor::startWatching);

        long before = bed.fixture.simulator().requestCount();
        bed.ui.waitUntil("checks while shown", () -> bed.fixture.simulator().requestCount() >= before + 3);

        bed.ui.run(() -> editor.setShown(false));
        bed.ui.waitUntil("no check out", () -> !editor.isCheckingForRemoteChange());
        long hidden = bed.fixture.simulator().requestCount();
        int ticksThen = ticks.get();
        bed.fixture.simulator().editProfileAsAnotherUser(id, p -> p.put("description", "Changed meanwhile"));
        bed.ui.waitUntil("ten ticks while hidden", () -> ticks.get() >= ticksThen + 10);

        assertThat(bed.fixture.simulator().requestCount()).as("no GET while hidden").isEqualTo(hidden);
        assertThat(bed.ui.call(() -> editor.remoteChangedProperty().get())).isFalse();

        bed.ui.run(() -> editor.setShown(true));
        bed.ui.waitUntil("the change is seen on showing", () -> editor.remoteChangedProperty().get());
        bed.ui.run(editor::close);
    }

    @Test
    void aSaveWhoseTaskEndsInWarningSaysSoWithTheTasksMessages() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10).taskWarningRate(1.0), configDir);
        String id = bed.firstId();
        ProfileEditorViewModel editor = bed.open(id);

        bed.ui.run(() -> {
            editor.text(ProfileField.DESCRIPTION).set("Rack 7");
            editor.save();
        });
        bed.ui.waitUntil("the save ended", () -> !editor.busyProperty().get() && !editor.anyDirtyProperty().get());

        bed.ui.run(() -> {
            assertThat(editor.statusProperty().get()).isNotEqualTo("Saved.").contains("warnings");
            assertThat(editor.saveWarnings()).anyMatch(line -> line.contains("firmware is older than the baseline"));
            editor.dismissWarnings();
            assertThat(editor.saveWarnings()).isEmpty();
        });
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("Rack 7");
        assertThat(bed.dialogs.errors).isEmpty();
    }

    static String profileOnARunningServer(ProfileTestbed bed) {
        for (String id : bed.fixture.simulator().profileIds()) {
            String server = bed.stored(id).path("serverHardwareUri").asString("");
            if (!server.isEmpty() && "On".equals(bed.fixture.simulator()
                    .serverHardware(server.substring(server.lastIndexOf('/') + 1)).get("powerState").asString())) {
                return id;
            }
        }
        throw new IllegalStateException("no profile on a running server");
    }

    static String powerOf(ProfileTestbed bed, String profileId) {
        String server = bed.stored(profileId).get("serverHardwareUri").asString();
        return bed.fixture.simulator().serverHardware(server.substring(server.lastIndexOf('/') + 1))
                .get("powerState").asString();
    }

    @Test
    void aSettingsChangeOnARunningServerIsSavedAfterTheUsersYesByPoweringItOffAndOnAgain() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10).powerOffForSettings(true), configDir);
        String id = profileOnARunningServer(bed);
        ProfileEditorViewModel editor = bed.open(id);
        boolean manageBios = bed.stored(id).at("/bios/manageBios").asBoolean();

        bed.ui.run(() -> {
            editor.flag(ProfileField.MANAGE_BIOS).set(!manageBios);
            editor.save();
        });
        bed.ui.waitUntil("refused", () -> editor.powerOffNeededProperty().get());
        bed.ui.run(() -> assertThat(editor.statusProperty().get()).contains("is powered on").contains("edits are kept"));
        assertThat(bed.dialogs.errors).as("a 409 the editor can act on is no error dialog").isEmpty();

        // No: nothing happens, the edit stays.
        bed.dialogs.confirmAnswer = false;
        bed.ui.run(editor::powerOffSavePowerOn);
        bed.ui.run(() -> {
            assertThat(editor.anyDirtyProperty().get()).isTrue();
            assertThat(editor.powerOffNeededProperty().get()).isTrue();
        });
        assertThat(bed.tasks.tracked).isEmpty();
        assertThat(bed.dialogs.shown).singleElement().satisfies(confirm -> {
            assertThat(confirm.title()).contains(serverName(bed, id));
            assertThat(confirm.message()).contains(serverName(bed, id)).contains(bed.stored(id).get("name").asString());
        });

        // Yes: off, save, on, each a task.
        bed.dialogs.confirmAnswer = true;
        bed.ui.run(editor::powerOffSavePowerOn);
        bed.ui.waitUntil("powered on again", () -> editor.statusProperty().get().contains("powered on again"));

        assertThat(bed.stored(id).at("/bios/manageBios").asBoolean()).isEqualTo(!manageBios);
        assertThat(powerOf(bed, id)).isEqualTo("On");
        assertThat(bed.tasks.tracked).extracting(t -> t.label()).hasSize(3)
                .satisfies(labels -> {
                    assertThat(labels.get(0)).startsWith("Power off");
                    assertThat(labels.get(2)).startsWith("Power on");
                });
        bed.ui.run(() -> assertThat(editor.anyDirtyProperty().get()).isFalse());
        assertThat(bed.dialogs.errors).isEmpty();
    }

    @Test
    void beforeSavingASettingsChangeTheEditorSaysTheServerIsOnAndOffersThePowerCycle() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10).powerOffForSettings(true), configDir);
        String id = profileOnARunningServer(bed);
        ProfileEditorViewModel editor = bed.open(id);
        String eTag = bed.stored(id).get("eTag").asString();

        bed.ui.run(() -> editor.text(ProfileField.DESCRIPTION).set("words only"));
        bed.ui.run(() -> editor.text(ProfileField.BOOT_MODE).set("BIOS"));
        bed.ui.waitUntil("the offer", () -> editor.powerOffNeededProperty().get());

        bed.ui.run(() -> assertThat(editor.powerTextProperty().get()).contains(serverName(bed, id)).contains("powered on"));
        assertThat(bed.stored(id).get("eTag").asString()).as("nothing saved yet").isEqualTo(eTag);
        bed.ui.run(() -> editor.text(ProfileField.BOOT_MODE).set(bed.stored(id).at("/bootMode/mode").asString()));
        bed.ui.waitUntil("no offer once the setting is back", () -> !editor.powerOffNeededProperty().get());
        bed.ui.run(() -> editor.text(ProfileField.BOOT_MODE).set("BIOS"));
        bed.ui.waitUntil("the offer again", () -> editor.powerOffNeededProperty().get());

        bed.dialogs.confirmAnswer = true;
        bed.ui.run(editor::powerOffSavePowerOn);
        bed.ui.waitUntil("powered on again", () -> editor.statusProperty().get().contains("powered on again"));

        assertThat(bed.stored(id).at("/bootMode/mode").asString()).isEqualTo("BIOS");
        assertThat(bed.stored(id).get("description").asString()).isEqualTo("words only");
        assertThat(powerOf(bed, id)).isEqualTo("On");
        assertThat(bed.tasks.tracked).hasSize(3);
    }

    @Test
    void aPowerStepThatFailsSaysWhichAndKeepsTheEdit() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10).powerOffForSettings(true), configDir);
        String id = profileOnARunningServer(bed);
        ProfileEditorViewModel editor = bed.open(id);
        // Nothing else in flight when the failure is armed: the lists are in, the power was read.
        bed.ui.waitUntil("the pick lists", () -> !editor.pickList(ProfileField.SERVER_HARDWARE).isEmpty()
                && !editor.pickList(ProfileField.CONNECTIONS).isEmpty()
                && !editor.pickList(ProfileField.SERVER_HARDWARE_TYPE).isEmpty());
        bed.ui.run(() -> editor.flag(ProfileField.MANAGE_BIOS).set(!editor.flag(ProfileField.MANAGE_BIOS).get()));
        bed.ui.waitUntil("the offer", () -> editor.powerOffNeededProperty().get());
        bed.dialogs.confirmAnswer = true;
        bed.fixture.simulator().failNextRequests(1);

        bed.ui.run(editor::powerOffSavePowerOn);
        bed.ui.waitUntil("the step failed", () -> !editor.busyProperty().get());

        bed.ui.run(() -> {
            assertThat(editor.statusProperty().get()).startsWith("Powering off").contains("failed")
                    .contains("edits are kept");
            assertThat(editor.anyDirtyProperty().get()).isTrue();
        });
        assertThat(powerOf(bed, id)).isEqualTo("On");
    }

    private static String serverName(ProfileTestbed bed, String profileId) {
        String server = bed.stored(profileId).get("serverHardwareUri").asString();
        ObjectNode hardware = bed.fixture.simulator().serverHardware(server.substring(server.lastIndexOf('/') + 1));
        return hardware.get("name").asString();
    }
}
