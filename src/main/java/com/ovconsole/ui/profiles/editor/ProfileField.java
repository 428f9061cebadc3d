package com.ovconsole.ui.profiles.editor;

/** The editable fields of a server profile and where they live in its JSON tree. */
public enum ProfileField {
    NAME("/name", Kind.TEXT),
    DESCRIPTION("/description", Kind.TEXT),
    SERVER_HARDWARE("/serverHardwareUri", Kind.URI),
    SERVER_HARDWARE_TYPE("/serverHardwareTypeUri", Kind.URI),
    ENCLOSURE_GROUP("/enclosureGroupUri", Kind.URI),
    AFFINITY("/affinity", Kind.TEXT),
    CONNECTIONS("/connectionSettings/connections", Kind.LIST),
    MANAGE_BOOT("/boot/manageBoot", Kind.FLAG),
    BOOT_ORDER("/boot/order", Kind.LIST),
    MANAGE_BOOT_MODE("/bootMode/manageMode", Kind.FLAG),
    BOOT_MODE("/bootMode/mode", Kind.TEXT),
    PXE_BOOT_POLICY("/bootMode/pxeBootPolicy", Kind.TEXT),
    SECURE_BOOT("/bootMode/secureBoot", Kind.TEXT),
    MANAGE_BIOS("/bios/manageBios", Kind.FLAG),
    BIOS_SETTINGS("/bios/overriddenSettings", Kind.LIST),
    MANAGE_FIRMWARE("/firmware/manageFirmware", Kind.FLAG),
    FIRMWARE_BASELINE("/firmware/firmwareBaselineUri", Kind.URI),
    FIRMWARE_INSTALL_TYPE("/firmware/firmwareInstallType", Kind.TEXT),
    FORCE_INSTALL_FIRMWARE("/firmware/forceInstallFirmware", Kind.FLAG);

    /** TEXT and URI edit as text (an empty URI is written as null); FLAG as a check box; LIST as a table. */
    enum Kind { TEXT, URI, FLAG, LIST }

    private final String pointer;
    private final Kind kind;

    ProfileField(String pointer, Kind kind) {
        this.pointer = pointer;
        this.kind = kind;
    }

    String pointer() {
        return pointer;
    }

    Kind kind() {
        return kind;
    }
}
