package com.ovconsole.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The appliance's resources, keyed by id in creation order. Not thread-safe on its own: the
 * {@link ApplianceState} lock guards it.
 */
final class Inventory {

    final Map<String, ObjectNode> profiles = new LinkedHashMap<>();
    final Map<String, ObjectNode> serverHardware = new LinkedHashMap<>();
    final Map<String, ObjectNode> hardwareTypes = new LinkedHashMap<>();
    final Map<String, ObjectNode> enclosureGroups = new LinkedHashMap<>();
    final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    /** Alerts by their numeric id ({@code /rest/alerts/<id>}); seeded by {@link AlertGenerator}. */
    final Map<String, ObjectNode> alerts = new LinkedHashMap<>();

    static String idOf(String uri) {
        return uri == null ? null : uri.substring(uri.lastIndexOf('/') + 1);
    }
}
