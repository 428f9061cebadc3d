package com.ovconsole.sim;

import java.util.Objects;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The rules and bookkeeping of changing server profiles (names, hardware assignment, busy flags). */
final class ProfileWrites {

    private final ApplianceState state;
    private final Random ids;

    ProfileWrites(ApplianceState state) {
        this.state = state;
        this.ids = new Random(state.config.seed() ^ 0x2545F4914F6CDD1DL);
    }

    ObjectNode newProfile(ObjectNode requested) {
        String id = InventoryGenerator.uuid(ids);
        ObjectNode skeleton = ServerProfiles.skeleton(id, requested.get("name").asString(), state.clock.instant(),
                state.eTags);
        ObjectNode profile = skeleton.deepCopy();
        requested.properties().forEach(e -> profile.set(e.getKey(), e.getValue().deepCopy()));
        ObjectNode merged = ServerProfiles.merge(skeleton, profile);
        merged.put("eTag", state.eTags.next());
        return merged;
    }

    /** Adds a created profile and assigns its server hardware. */
    void store(ObjectNode profile) {
        profile.put("inProgress", false);
        state.inventory.profiles.put(profile.get("uuid").asString(), profile);
        assignHardware(profile.get("uri").asString(), null, Json.text(profile, "serverHardwareUri"));
    }

    /** Applies a client's PUT body to the stored profile: new fields, new eTag, new modified. */
    ObjectNode applyUpdate(ObjectNode current, ObjectNode requested) {
        String oldHardware = Json.text(current, "serverHardwareUri");
        ObjectNode updated = ServerProfiles.merge(current, requested);
        updated.put("modified", state.now());
        updated.put("eTag", state.eTags.next());
        updated.put("inProgress", false);
        current.removeAll();
        current.setAll(updated);
        assignHardware(current.get("uri").asString(), oldHardware, Json.text(current, "serverHardwareUri"));
        return current;
    }

    void remove(ObjectNode profile) {
        if (state.inventory.profiles.remove(profile.get("uuid").asString()) != null) {
            assignHardware(profile.get("uri").asString(), Json.text(profile, "serverHardwareUri"), null);
        }
    }

    void markBusy(ObjectNode profile, SimTask task) {
        if (!task.isTerminal(state.clock.instant())) {
            profile.put("inProgress", true);
            profile.put("taskUri", task.uri());
        }
    }

    /** 409 while a task works on the profile, as on a real appliance. */
    void checkNotBusy(ObjectNode profile) {
        JsonNode busy = profile.get("inProgress");
        if (busy != null && busy.asBoolean(false)) {
            throw ApplianceError.of(409, "PROFILE_TASK_IN_PROGRESS",
                    "The server profile " + profile.get("name").asString() + " is being changed by another task.",
                    "Task " + Json.text(profile, "taskUri") + " is still running.",
                    "Wait for the task to finish, then try again.");
        }
    }

    /** 400 when another profile already has this name (names are unique on an appliance). */
    void checkNameFree(String name, ObjectNode self) {
        for (ObjectNode other : state.inventory.profiles.values()) {
            if (other != self && name.equalsIgnoreCase(other.get("name").asString())) {
                throw ApplianceError.badRequest("DUPLICATE_PROFILE_NAME",
                        "A server profile with the name " + name + " already exists.",
                        "Server profile names must be unique on the appliance.");
            }
        }
    }

    /**
     * A newly named server must exist (400), be free (409) and be powered off (409): the
     * appliance refuses to (un)assign a running server.
     */
    void checkHardwareAssignable(ObjectNode requested, ObjectNode current) {
        String wanted = Json.text(requested, "serverHardwareUri");
        String had = current == null ? null : Json.text(current, "serverHardwareUri");
        if (Objects.equals(wanted, had)) {
            return;
        }
        for (String uri : new String[] {had, wanted}) {
            if (uri == null) {
                continue;
            }
            ObjectNode server = state.inventory.serverHardware.get(Inventory.idOf(uri));
            if (server == null) {
                throw ApplianceError.badRequest("INVALID_SERVER_HARDWARE_URI",
                        "The server hardware " + uri + " does not exist.", "serverHardwareUri names no resource.");
            }
            String owner = Json.text(server, "serverProfileUri");
            if (uri.equals(wanted) && owner != null && (current == null || !owner.equals(Json.text(current, "uri")))) {
                throw ApplianceError.of(409, "SERVER_HARDWARE_ALREADY_ASSIGNED",
                        "The server hardware " + server.get("name").asString() + " already has a server profile.",
                        owner, "Choose server hardware without a profile.");
            }
            // PoweringOff, Resetting… count as on: only a server that is Off may change hands.
            if (!ServerPowerEndpoint.OFF.equals(Json.text(server, "powerState"))) {
                throw ApplianceError.of(409, "SERVER_HARDWARE_POWERED_ON",
                        "The server hardware " + server.get("name").asString() + " must be powered off.",
                        "A server profile cannot be assigned to or removed from a server that is powered on.",
                        "Power off the server hardware and try again.");
            }
        }
    }

    /**
     * With {@code powerOffForSettings}: an update that changes BIOS, boot order, boot mode or
     * firmware of a profile whose server is not Off answers 409 SERVER_HARDWARE_POWERED_ON, as an
     * appliance does for settings it can only apply to a server that is off.
     */
    void checkPoweredOffForSettings(ObjectNode requested, ObjectNode current) {
        String uri = Json.text(current, "serverHardwareUri");
        if (!state.config.powerOffForSettings() || uri == null || !Objects.equals(uri,
                Json.text(requested, "serverHardwareUri"))) {
            return;
        }
        ObjectNode server = state.inventory.serverHardware.get(Inventory.idOf(uri));
        if (server == null || ServerPowerEndpoint.OFF.equals(Json.text(server, "powerState"))) {
            return;
        }
        for (String section : new String[] {"bios", "boot", "bootMode", "firmware"}) {
            if (requested.has(section) && !Objects.equals(requested.get(section), current.get(section))) {
                throw ApplianceError.of(409, "SERVER_HARDWARE_POWERED_ON",
                        "The server hardware " + server.get("name").asString() + " must be powered off.",
                        "The " + section + " settings of a server profile can only be applied to a server that is"
                                + " powered off.", "Power off the server hardware and try again.")
                        .withSource(server.get("uri").asString());
            }
        }
    }

    private void assignHardware(String profileUri, String oldHardware, String newHardware) {
        if (Objects.equals(oldHardware, newHardware)) {
            return;
        }
        ObjectNode old = oldHardware == null ? null : state.inventory.serverHardware.get(Inventory.idOf(oldHardware));
        if (old != null && profileUri.equals(Json.text(old, "serverProfileUri"))) {
            old.putNull("serverProfileUri").put("state", "NoProfileApplied").put("eTag", state.eTags.next());
        }
        ObjectNode fresh = newHardware == null ? null : state.inventory.serverHardware.get(Inventory.idOf(newHardware));
        if (fresh != null) {
            fresh.put("serverProfileUri", profileUri).put("state", "ProfileApplied").put("eTag", state.eTags.next());
        }
    }
}
