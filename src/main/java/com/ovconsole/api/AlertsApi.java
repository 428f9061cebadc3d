package com.ovconsole.api;

import com.ovconsole.api.model.Alert;
import com.ovconsole.api.model.CollectionPage;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alerts on one appliance: pages filtered by severity/state on the appliance, one alert, and
 * writes that always carry the ETag they were read with (If-Match; a stale one is a
 * {@link PreconditionFailedException}). Blocking; call it off the UI thread.
 */
public final class AlertsApi {

    public static final String BASE = "/rest/alerts";

    private final ApplianceClient client;

    public AlertsApi(ApplianceClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * A query for alerts: {@code severity} ("Critical"…) and {@code alertState} ("Active"…) are
     * exact, null means any; newest first.
     */
    public static PageQuery query(String severity, String alertState) {
        PageQuery query = PageQuery.ALL.sort("created:desc");
        if (severity != null) {
            query = query.filter("severity='" + quote(severity) + "'");
        }
        if (alertState != null) {
            query = query.filter("alertState='" + quote(alertState) + "'");
        }
        return query;
    }

    /** Alerts that still count (Active or Locked), newest first. */
    public static PageQuery open() {
        return PageQuery.ALL.sort("created:desc").filter("alertState<>'Cleared'");
    }

    /** Open alerts (Active or Locked) of one severity (null: any), newest first. */
    public static PageQuery open(String severity) {
        return severity == null ? open() : open().filter("severity='" + quote(severity) + "'");
    }

    /** The alerts about one resource ({@code resourceUri='…'}), newest first. */
    public static PageQuery about(String resourceUri) {
        return PageQuery.ALL.sort("created:desc").filter("resourceUri='" + quote(resourceUri) + "'");
    }

    public CollectionPage<Alert> page(PageQuery query) {
        return client.page(BASE, query, Alert.class);
    }

    /** The page at {@code nextPageUri} exactly as the appliance gave it (it must be under /rest/alerts). */
    public CollectionPage<Alert> pageAt(String pageUri) {
        String path = RestPaths.fromUriOrPath(pageUri);
        if (path == null || !(path.equals(BASE) || path.startsWith(BASE + "?") || path.startsWith(BASE + "/"))) {
            throw new IllegalArgumentException("Not a page of alerts: " + pageUri);
        }
        return client.page(path, PageQuery.ALL, Alert.class);
    }

    public List<Alert> all(PageQuery query, Consumer<CollectionPage<Alert>> onPage, BooleanSupplier cancelled) {
        return client.allPages(BASE, query, Alert.class, onPage, cancelled);
    }

    public Resource<Alert> get(String alertUri) {
        return client.get(alertPath(alertUri), Alert.class);
    }

    /** Clears the alert as read ({@code alertState: Cleared}); answers the alert as it is now. */
    public Resource<Alert> clear(Resource<Alert> alert) {
        return update(alert, AlertUpdate.CLEAR);
    }

    /**
     * Sends the alert's tree back with the change applied, If-Match its ETag. 409 ALERT_LOCKED-style
     * errors come for locked alerts; 412 when someone changed it since it was read.
     */
    public Resource<Alert> update(Resource<Alert> alert, AlertUpdate change) {
        ObjectNode body = alert.tree().deepCopy();
        change.applyTo(body);
        String path = alertPath(alert.tree().path("uri").asString(alert.value().uri()));
        WriteResult result = client.put(path, body, alert.eTag());
        if (result instanceof WriteResult.Done done && done.resource().isPresent()) {
            Resource<ObjectNode> written = done.resource().get();
            return new Resource<>(Json.convert(written.tree(), Alert.class, "PUT " + BASE), written.tree(),
                    written.eTag());
        }
        return get(path);
    }

    /** Deletes the alert as read (If-Match its ETag). Locked alerts cannot be deleted. */
    public WriteResult delete(Resource<Alert> alert) {
        return client.delete(alertPath(alert.value().uri()), alert.eTag());
    }

    static String alertPath(String alertUri) {
        String path = RestPaths.fromUriOrPath(alertUri);
        if (path == null || !path.startsWith(BASE + "/") || path.indexOf('?') >= 0) {
            throw new IllegalArgumentException("Not an alert URI: " + alertUri);
        }
        return path;
    }

    private static String quote(String value) {
        return value.replace("'", "''");
    }
}
