package com.ovconsole.ui.profiles.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.ProfileTestbed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The editor's pick lists and their rules, in the ViewModel where no view is needed to see them. */
class ProfileEditorPickersTest {

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

    @Test
    void choosingAnotherHardwareTypeOrEnclosureGroupReloadsTheServersOffered() {
        ProfileEditorViewModel editor = bed.open(bed.firstId());
        bed.ui.waitUntil("the pick lists", () -> editor.pickList(ProfileField.SERVER_HARDWARE_TYPE).size() > 1
                && !editor.pickList(ProfileField.ENCLOSURE_GROUP).isEmpty());
        String current = bed.ui.call(() -> editor.text(ProfileField.SERVER_HARDWARE).get());
        String otherType = bed.ui.call(() -> editor.pickList(ProfileField.SERVER_HARDWARE_TYPE).stream().map(PickerChoice::uri)
                .filter(uri -> !uri.equals(editor.text(ProfileField.SERVER_HARDWARE_TYPE).get())).findFirst().orElseThrow());
        String group = bed.ui.call(() -> editor.text(ProfileField.ENCLOSURE_GROUP).get());

        bed.ui.run(() -> editor.text(ProfileField.SERVER_HARDWARE_TYPE).set(otherType));

        List<String> expected = serversFor(otherType, group, current);
        bed.ui.waitUntil("the servers of the other type", () ->
                editor.pickList(ProfileField.SERVER_HARDWARE).stream().map(PickerChoice::uri).toList().equals(expected));

        String otherGroup = bed.ui.call(() -> editor.pickList(ProfileField.ENCLOSURE_GROUP).stream().map(PickerChoice::uri)
                .filter(uri -> !uri.equals(group)).findFirst().orElse(""));
        bed.ui.run(() -> editor.text(ProfileField.ENCLOSURE_GROUP).set(otherGroup));

        List<String> inOtherGroup = serversFor(otherType, otherGroup, current);
        bed.ui.waitUntil("the servers of the other group", () ->
                editor.pickList(ProfileField.SERVER_HARDWARE).stream().map(PickerChoice::uri).toList().equals(inOtherGroup));
    }

    @Test
    void fixedChoiceFieldsOfferOneViewsValuesAndFreeTextFieldsNone() {
        ProfileEditorViewModel editor = bed.editor();

        assertThat(editor.choices(ProfileField.AFFINITY)).containsExactly("Bay", "BayAndServer");
        assertThat(editor.choices(ProfileField.BOOT_MODE)).containsExactly("UEFIOptimized", "UEFI", "BIOS");
        assertThat(editor.choices(ProfileField.SECURE_BOOT)).contains("Unmanaged", "Enabled", "Disabled");
        assertThat(editor.choices(ProfileField.PXE_BOOT_POLICY)).startsWith("Auto").hasSize(5);
        assertThat(editor.choices(ProfileField.FIRMWARE_INSTALL_TYPE)).contains("FirmwareOnly");
        assertThat(editor.choices(ProfileField.NAME)).isEmpty();
    }

    /** What the appliance offers for this type and group, after the server the profile has now. */
    private List<String> serversFor(String type, String group, String current) {
        String path = "/rest/server-profiles/available-targets?serverHardwareTypeUri=" + type
                + (group.isEmpty() ? "" : "&enclosureGroupUri=" + group);
        ObjectNode body = bed.appliance.client().get(path, ObjectNode.class).tree();
        List<String> uris = new ArrayList<>();
        if (!current.isEmpty()) {
            uris.add(current);
        }
        body.path("targets").valueStream().map(target -> target.path("serverHardwareUri").asString())
                .filter(uri -> !uri.equals(current)).forEach(uris::add);
        return uris;
    }
}
