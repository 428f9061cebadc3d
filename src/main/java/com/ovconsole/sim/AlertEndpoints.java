package com.ovconsole.sim;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /rest/alerts}: paged list (filter on severity, alertState, resourceUri…), one alert,
 * {@code PUT} to clear/reactivate it, assign it or add a note, and {@code DELETE}. Writes are
 * synchronous and ETag-checked like profiles. Locked alerts belong to a resource's condition:
 * they cannot be cleared or deleted by hand (409). A server's status is its worst Active or
 * Locked alert, so clearing one changes the server too.
 */
final class AlertEndpoints {

    static final String BASE_URI = "/rest/alerts";
    private static final Map<String, Integer> RANK = Map.of("OK", 0, "Unknown", 1, "Warning", 2, "Critical", 3);

    private final ApplianceState state;

    AlertEndpoints(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        routes.add(Route.secured(BASE_URI).on("GET", (ex, m) -> Reply.ok(CollectionPage.of(ex)
                .render("AlertResourceCollectionV3", "alerts", BASE_URI, state.inventory.alerts.values()))));
        routes.add(Route.secured(BASE_URI + "/([^/]+)").on("GET", this::getOne).on("PUT", this::update)
                .on("DELETE", this::delete));
    }

    /** The worst severity among the resource's Active and Locked alerts, "OK" when it has none. */
    static String statusFromAlerts(Inventory inventory, String resourceUri) {
        String worst = "OK";
        for (ObjectNode alert : inventory.alerts.values()) {
            if (resourceUri.equals(Json.text(alert, "resourceUri")) && !"Cleared".equals(Json.text(alert, "alertState"))) {
                worst = worse(worst, Json.text(alert, "severity"));
            }
        }
        return worst;
    }

    /** The more severe of two severities (Critical > Warning > Unknown > OK). */
    static String worse(String a, String b) {
        return RANK.getOrDefault(b, 0) > RANK.getOrDefault(a, 0) ? b : a;
    }

    private ObjectNode find(String id) {
        ObjectNode alert = state.inventory.alerts.get(id);
        if (alert == null) {
            throw ApplianceError.notFound(BASE_URI + "/" + id);
        }
        return alert;
    }

    private Reply getOne(SimExchange ex, Matcher path) {
        ObjectNode alert = find(path.group(1));
        String eTag = alert.get("eTag").asString();
        String noneMatch = ETags.normalize(ex.header("If-None-Match"));
        if (noneMatch != null && (noneMatch.equals(eTag) || noneMatch.equals("*"))) {
            return Reply.empty(304).header("ETag", eTag);
        }
        return Reply.ok(alert.deepCopy());
    }

    private Reply update(SimExchange ex, Matcher path) {
        ObjectNode alert = find(path.group(1));
        ObjectNode body = ex.jsonObjectBody();
        checkPrecondition(ex, alert, Json.text(body, "eTag"));
        String current = Json.text(alert, "alertState");
        String wanted = Json.text(body, "alertState");
        if (wanted != null && !wanted.equals(current) && !wanted.equals("Active") && !wanted.equals("Cleared")) {
            throw ApplianceError.badRequest("INVALID_ALERT_STATE", "The alert state " + wanted + " cannot be set.",
                    "alertState may be set to Active or Cleared.");
        }
        if (wanted != null && !wanted.equals(current) && "Locked".equals(current)) {
            throw locked(alert, "cleared");
        }
        JsonNode user = body.get("assignedToUser");
        if (user != null && !user.isNull() && !user.isString()) {
            throw ApplianceError.badRequest("INVALID_ASSIGNED_USER", "assignedToUser must be a name or null.",
                    "assignedToUser: " + user);
        }
        String who = ex.session().userName();
        String now = state.now();
        ArrayNode log = (ArrayNode) alert.get("changeLog");
        if (wanted != null && !wanted.equals(current)) {
            alert.put("alertState", wanted);
            alert.put("clearedByUser", wanted.equals("Cleared") ? who : null);
            alert.put("clearedTime", wanted.equals("Cleared") ? now : null);
            logEntry(log, alert, wanted.equals("Cleared") ? "CLEARED" : "ACTIVE", who, now, false);
        }
        if (user != null && !user.equals(alert.get("assignedToUser"))) {
            alert.set("assignedToUser", user.deepCopy());
            logEntry(log, alert, "Assigned to " + (user.isNull() ? "nobody" : user.asString()), who, now, false);
        }
        String notes = Json.text(body, "notes");
        if (notes != null && !notes.isBlank()) {
            logEntry(log, alert, notes, who, now, true);
        }
        alert.put("modified", now);
        alert.put("eTag", state.eTags.next());
        refreshResourceStatus(alert);
        return Reply.ok(alert.deepCopy());
    }

    private Reply delete(SimExchange ex, Matcher path) {
        ObjectNode alert = find(path.group(1));
        checkPrecondition(ex, alert, null);
        if ("Locked".equals(Json.text(alert, "alertState"))) {
            throw locked(alert, "deleted");
        }
        state.inventory.alerts.remove(path.group(1));
        refreshResourceStatus(alert);
        return Reply.empty(204);
    }

    private void refreshResourceStatus(ObjectNode alert) {
        String uri = Json.text(alert, "resourceUri");
        ObjectNode server = uri == null ? null : state.inventory.serverHardware.get(Inventory.idOf(uri));
        if (server != null && uri.equals(Json.text(server, "uri"))) {
            String status = statusFromAlerts(state.inventory, uri);
            if (!status.equals(Json.text(server, "status"))) {
                server.put("status", status).put("eTag", state.eTags.next()).put("modified", state.now());
            }
        }
    }

    private static void logEntry(ArrayNode log, ObjectNode alert, String notes, String user, String when,
            boolean userEntered) {
        log.addObject().put("userEntered", userEntered).put("notes", notes).put("username", user)
                .put("created", when).put("uri", alert.get("uri").asString() + "/changeLog/" + (log.size() + 1));
    }

    private static ApplianceError locked(ObjectNode alert, String what) {
        return ApplianceError.of(409, "ALERT_LOCKED",
                "The alert " + alert.get("uri").asString() + " is locked and cannot be " + what + ".",
                "A locked alert follows the condition of its resource and clears itself when the condition ends.",
                "Correct the condition on " + java.util.Objects.requireNonNullElse(
                        Json.text(alert.path("associatedResource"), "resourceName"), "the resource")
                        + "; the alert then clears itself.").withSource(alert.get("uri").asString());
    }

    /** If-Match (else the body's eTag) must name the current version; {@code *} skips the check. */
    private static void checkPrecondition(SimExchange ex, ObjectNode current, String bodyETag) {
        String expected = ex.header("If-Match") != null ? ex.header("If-Match") : bodyETag;
        String actual = current.get("eTag").asString();
        if (!ETags.matches(expected, actual)) {
            throw ApplianceError.of(412, "ETAG_MISMATCH",
                    "The resource was changed by another user since it was read.",
                    "The eTag sent (" + ETags.normalize(expected) + ") does not match the current eTag (" + actual
                            + ").", "Read the resource again, reapply your changes and retry.")
                    .withSource(current.get("uri").asString());
        }
    }
}
