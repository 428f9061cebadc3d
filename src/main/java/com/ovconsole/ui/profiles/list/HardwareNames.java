package com.ovconsole.ui.profiles.list;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.NotFoundException;
import com.ovconsole.api.Resource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-hardware names by URI, read once each from {@code /rest/server-hardware/<id>} and kept
 * for the life of the list (a server's name is its enclosure and bay: it does not change).
 */
final class HardwareNames {

    private final ApplianceClient client;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    HardwareNames(ApplianceClient client) {
        this.client = client;
    }

    /** The cached name, or null when not read yet. */
    String cached(String uri) {
        return uri == null ? "" : names.get(uri);
    }

    /** Blocking: reads the names not cached yet (until {@code stale}); a server that is gone shows its URI. */
    Map<String, String> resolve(Collection<String> uris, java.util.function.BooleanSupplier stale) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String uri : uris) {
            if (stale.getAsBoolean()) {
                break;
            }
            String name = names.computeIfAbsent(uri, this::read);
            found.put(uri, name);
        }
        return found;
    }

    private String read(String uri) {
        try {
            Resource<ObjectNode> server = client.get(uri, ObjectNode.class);
            return server.tree().path("name").asString(uri);
        } catch (NotFoundException gone) {
            return uri;
        }
    }
}
