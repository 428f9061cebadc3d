package com.ovconsole.api;

import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerHardware;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server hardware on one appliance: pages (sort and filter done by the appliance), one server,
 * and power actions (202 + task). Blocking like the client; call it off the UI thread.
 */
public final class ServerHardwareApi {

    public static final String BASE = "/rest/server-hardware";

    private final ApplianceClient client;

    public ServerHardwareApi(ApplianceClient client) {
        this.client = java.util.Objects.requireNonNull(client, "client");
    }

    /** One page, e.g. {@code PageQuery.ALL.count(64).sort("name:asc").filter("powerState='On'")}. */
    public CollectionPage<ServerHardware> page(PageQuery query) {
        return client.page(BASE, query, ServerHardware.class);
    }

    /** Every page, following {@code nextPageUri}; {@code onPage} sees each as it arrives. */
    public List<ServerHardware> all(PageQuery query, Consumer<CollectionPage<ServerHardware>> onPage,
            BooleanSupplier cancelled) {
        return client.allPages(BASE, query, ServerHardware.class, onPage, cancelled);
    }

    /** One server by its URI (or path); the ETag comes from the header, else the body. */
    public Resource<ServerHardware> get(String serverUri) {
        return client.get(serverPath(serverUri), ServerHardware.class);
    }

    /**
     * {@code PUT <server>/powerState}: normally {@link WriteResult.Accepted} with the task to
     * follow (its associated resource is the server). 400 for a combination the appliance refuses,
     * 409 while another power task runs on the server.
     */
    public WriteResult setPowerState(String serverUri, PowerAction action) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("powerState", action.powerState())
                .put("powerControl", action.powerControl());
        return client.putAction(serverPath(serverUri) + "/powerState", body);
    }

    /** A filter on the name as the search field types it: {@code name matches '%text%'}, quotes escaped. */
    public static String nameContains(String text) {
        return "name matches '%" + text.replace("'", "''") + "%'";
    }

    static String serverPath(String serverUri) {
        String path = RestPaths.fromUriOrPath(serverUri);
        if (path == null || !path.startsWith(BASE + "/") || path.indexOf('?') >= 0) {
            throw new IllegalArgumentException("Not a server-hardware URI: " + serverUri);
        }
        return path;
    }
}
