package com.ovconsole.sim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /rest/server-profiles/available-targets}: servers without a profile (list in {@code targets}). */
final class AvailableTargets {

    private AvailableTargets() {
    }

    static ObjectNode of(Inventory inventory, String enclosureGroupUri, String hardwareTypeUri, String now) {
        ObjectNode body = Json.object();
        body.put("type", "AvailableTargetsV3");
        ArrayNode targets = body.putArray("targets");
        for (ObjectNode server : inventory.serverHardware.values()) {
            boolean free = server.get("serverProfileUri").isNull();
            boolean groupOk = enclosureGroupUri == null || enclosureGroupUri.equals(Json.text(server, "serverGroupUri"));
            boolean typeOk = hardwareTypeUri == null
                    || hardwareTypeUri.equals(Json.text(server, "serverHardwareTypeUri"));
            if (free && groupOk && typeOk) {
                targets.add(target(inventory, server));
            }
        }
        body.put("uri", ServerProfiles.BASE_URI + "/available-targets");
        body.put("category", "available-targets");
        body.put("eTag", now);
        body.put("created", now);
        body.put("modified", now);
        return body;
    }

    private static ObjectNode target(Inventory inventory, ObjectNode server) {
        String name = server.get("name").asString();
        ObjectNode group = inventory.enclosureGroups.get(Inventory.idOf(Json.text(server, "serverGroupUri")));
        ObjectNode type = inventory.hardwareTypes.get(Inventory.idOf(Json.text(server, "serverHardwareTypeUri")));
        ObjectNode target = Json.object();
        target.put("enclosureGroupName", group == null ? null : group.get("name").asString());
        target.put("enclosureName", name.substring(0, name.indexOf(',')));
        target.put("enclosureUri", Json.text(server, "locationUri"));
        target.put("enclosureBay", server.get("position").asInt());
        target.put("serverHardwareName", name);
        target.put("serverHardwareUri", Json.text(server, "uri"));
        target.put("serverHardwareTypeName", type == null ? null : type.get("name").asString());
        target.put("serverHardwareTypeUri", Json.text(server, "serverHardwareTypeUri"));
        target.put("enclosureGroupUri", Json.text(server, "serverGroupUri"));
        target.put("powerState", Json.text(server, "powerState"));
        target.putArray("formFactor").add(type == null ? "HalfHeight" : type.get("formFactor").asString());
        target.put("serverHardwareStatus", Json.text(server, "status"));
        return target;
    }
}
