package com.ovconsole.ui.profiles.editor;

import java.util.List;

/** The editable fields of a server profile and where they live in its JSON tree. */
public enum ProfileField {
    NAME("/name", Kind.TEXT),
    DESCRIPTION("/description", Kind.TEXT),
    SERVER_HARDWARE("/serverHardwareUri", Kind.URI),
    SERVER_HARDWARE_TYPE("/serverHardwareTypeUri", Kind.URI),
    ENCLOSURE_GROUP("/enclosureGroupUri", Kind.URI),
    AFFINITY("/affinity", Kind.TEXT, "Bay", "BayAndServer"),
    CONNECTIONS("/connectionSettings/connections", Kind.LIST),
    MANAGE_BOOT("/boot/manageBoot", Kind.FLAG),
    BOOT_ORDER("/boot/order", Kind.LIST),
    MANAGE_BOOT_MODE("/bootMode/manageMode", Kind.FLAG),
    BOOT_MODE("/bootMode/mode", Kind.TEXT, "UEFIOptimized", "UEFI", "BIOS"),
    PXE_BOOT_POLICY("/bootMode/pxeBootPolicy", Kind.TEXT, "Auto", "IPv4", "IPv6", "IPv4ThenIPv6", "IPv6ThenIPv4"),
    SECURE_BOOT("/bootMode/secureBoot", Kind.TEXT, "Unmanaged", "Enabled", "Disabled"),
    MANAGE_BIOS("/bios/manageBios", Kind.FLAG),
    BIOS_SETTINGS("/bios/overriddenSettings", Kind.LIST),
    MANAGE_FIRMWARE("/firmware/manageFirmware", Kind.FLAG),
    FIRMWARE_BASELINE("/firmware/firmwareBaselineUri", Kind.URI),
    FIRMWARE_INSTALL_TYPE("/firmware/firmwareInstallType", Kind.TEXT,
            "FirmwareOnly", "FirmwareAndOSDrivers", "FirmwareOnlyOfflineMode"),
    FORCE_INSTALL_FIRMWARE("/firmware/forceInstallFirmware", Kind.FLAG);

    /** BIOS, boot, boot mode and firmware: an appliance may apply them only to a server that is off. */
    boolean wantsServerOff() {
        return pointer().startsWith("/bios/") || pointer().startsWith("/boot") || pointer().startsWith("/firmware/");
    }

    /** TEXT and URI edit as text (an empty URI is written as null); FLAG as a check box; LIST as a table. */
    enum Kind { TEXT, URI, FLAG, LIST }

    private final String pointer;
    private final Kind kind;
    private final List<String> choices;

    ProfileField(String pointer, Kind kind, String... choices) {
        this.pointer = pointer;
        this.kind = kind;
        this.choices = List.of(choices);
    }

    String pointer() {
        return pointer;
    }

    Kind kind() {
        return kind;
    }

    /** The values OneView accepts for a fixed-choice text field; empty for free text. */
    List<String> choices() {
        return choices;
    }
}
