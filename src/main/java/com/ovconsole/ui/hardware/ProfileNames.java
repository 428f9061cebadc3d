package com.ovconsole.ui.hardware;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names of the profiles applied to the listed servers, read once each from their URI and kept
 * until the list starts over (a refresh forgets them: profiles can be renamed).
 */
final class ProfileNames {

    private final ApplianceClient client;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ProfileNames(ApplianceClient client) {
        this.client = client;
    }

    /** The cached name, or null when not read yet (or the server has no profile). */
    String cached(String uri) {
        return uri == null ? null : names.get(uri);
    }

    void forget() {
        names.clear();
    }

    /** Blocking: reads the names not cached yet (until {@code stale}); a profile that is gone shows its URI. */
    Map<String, String> resolve(Collection<String> uris, BooleanSupplier stale) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String uri : uris) {
            if (stale.getAsBoolean()) {
                break;
            }
            found.put(uri, names.computeIfAbsent(uri, this::read));
        }
        return found;
    }

    private String read(String uri) {
        try {
            return client.get(uri, ObjectNode.class).tree().path("name").asString(uri);
        } catch (NotFoundException gone) {
            return uri;
        }
    }
}
