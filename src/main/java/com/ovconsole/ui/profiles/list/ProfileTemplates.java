package com.ovconsole.ui.profiles.list;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Starting points for a new profile: an empty form, or a copy of a profile without its identity. */
public final class ProfileTemplates {

    /** What belongs to one profile only (or to the appliance): a copy leaves these out. */
    private static final List<String> IDENTITY = List.of("uri", "eTag", "created", "modified", "uuid", "serialNumber",
            "status", "state", "inProgress", "taskUri", "category", "serverHardwareUri", "enclosureUri", "enclosureBay",
            "associatedServer", "scopesUri");
    /** Per-connection values the appliance assigns (a copy gets its own). */
    private static final List<String> CONNECTION_IDENTITY = List.of("mac", "wwpn", "wwnn", "allocatedMbps", "state",
            "status", "interconnectUri");

    private ProfileTemplates() {
    }

    public static ObjectNode empty() {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("type", "ServerProfileV12");
        profile.put("name", "");
        profile.put("description", "");
        profile.putNull("serverHardwareUri");
        profile.putNull("serverHardwareTypeUri");
        profile.putNull("enclosureGroupUri");
        profile.put("affinity", "Bay");
        profile.putObject("connectionSettings").putArray("connections");
        profile.putObject("boot").put("manageBoot", false).putArray("order");
        profile.putObject("bootMode").put("manageMode", false);
        profile.putObject("bios").put("manageBios", false).putArray("overriddenSettings");
        profile.putObject("firmware").put("manageFirmware", false).put("forceInstallFirmware", false);
        return profile;
    }

    /** A copy of {@code source} named "Copy of …", unassigned, without the source's identity. */
    public static ObjectNode copyOf(ObjectNode source, String copyName) {
        ObjectNode copy = source.deepCopy();
        IDENTITY.forEach(copy::remove);
        copy.put("name", copyName);
        copy.putNull("serverHardwareUri");
        for (JsonNode connection : copy.at("/connectionSettings/connections")) {
            if (connection instanceof ObjectNode object) {
                CONNECTION_IDENTITY.forEach(object::remove);
            }
        }
        return copy;
    }
}
