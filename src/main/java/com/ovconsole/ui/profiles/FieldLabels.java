package com.ovconsole.ui.profiles;

import com.ovconsole.merge.FieldPath;
import com.ovconsole.merge.PathSegment;
import com.ovconsole.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names a profile field for people: {@code /connectionSettings/connections[id=2]/requestedMbps}
 * reads "Connection 2 › Requested Mbps". Unknown fields fall back to the path's own label.
 */
public final class FieldLabels {

    private final Messages messages;

    public FieldLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String label(FieldPath path) {
        List<String> parts = new ArrayList<>();
        List<PathSegment> segments = path.segments();
        for (int i = 0; i < segments.size(); i++) {
            PathSegment segment = segments.get(i);
            if (segment instanceof PathSegment.Key key) {
                String element = keyed(i > 0 ? segments.get(i - 1) : null, key);
                if (element.startsWith(messages.format("profiles.field.connectionN", "").trim())
                        || element.startsWith(messages.format("profiles.field.biosSettingN", "").trim())) {
                    // "Connection 2" and "BIOS setting X" say where they are: the parents add nothing.
                    parts.clear();
                }
                parts.add(element);
            } else if (segment instanceof PathSegment.Field field) {
                boolean keyedNext = i + 1 < segments.size() && segments.get(i + 1) instanceof PathSegment.Key;
                if (!keyedNext) {
                    parts.add(name(field.name()));
                }
            }
        }
        return parts.isEmpty() ? path.label() : String.join(" › ", parts);
    }

    private String keyed(PathSegment array, PathSegment.Key key) {
        String value = key.keyValue().asString();
        if (array instanceof PathSegment.Field field && field.name().equals("connections")) {
            return messages.format("profiles.field.connectionN", value);
        }
        if (array instanceof PathSegment.Field field && field.name().equals("overriddenSettings")) {
            return messages.format("profiles.field.biosSettingN", value);
        }
        return (array instanceof PathSegment.Field field ? field.name() : "") + " [" + value + "]";
    }

    private String name(String field) {
        return switch (field) {
            case "name" -> messages.get("profiles.field.name");
            case "description" -> messages.get("profiles.field.description");
            case "serverHardwareUri" -> messages.get("profiles.field.serverHardware");
            case "serverHardwareTypeUri" -> messages.get("profiles.field.serverHardwareType");
            case "enclosureGroupUri" -> messages.get("profiles.field.enclosureGroup");
            case "affinity" -> messages.get("profiles.field.affinity");
            case "connections" -> messages.get("profiles.field.connections");
            case "functionType" -> messages.get("profiles.field.functionType");
            case "networkUri" -> messages.get("profiles.field.network");
            case "portId" -> messages.get("profiles.field.port");
            case "requestedMbps" -> messages.get("profiles.field.requestedMbps");
            case "boot" -> messages.get("profiles.field.boot");
            case "priority" -> messages.get("profiles.field.bootPriority");
            case "order" -> messages.get("profiles.field.bootOrder");
            case "manageBoot", "manageMode", "manageBios", "manageFirmware" -> messages.get("profiles.field.manage");
            case "bootMode" -> messages.get("profiles.field.bootMode");
            case "mode" -> messages.get("profiles.field.mode");
            case "pxeBootPolicy" -> messages.get("profiles.field.pxeBootPolicy");
            case "secureBoot" -> messages.get("profiles.field.secureBoot");
            case "bios" -> messages.get("profiles.field.bios");
            case "value" -> messages.get("profiles.field.value");
            case "firmware" -> messages.get("profiles.field.firmware");
            case "firmwareBaselineUri" -> messages.get("profiles.field.firmwareBaseline");
            case "firmwareInstallType" -> messages.get("profiles.field.firmwareInstallType");
            case "forceInstallFirmware" -> messages.get("profiles.field.forceInstall");
            case "eTag" -> messages.get("profiles.fact.eTag");
            case "modified" -> messages.get("profiles.fact.modified");
            case "status" -> messages.get("profiles.fact.status");
            case "state" -> messages.get("profiles.fact.state");
            default -> field;
        };
    }
}
