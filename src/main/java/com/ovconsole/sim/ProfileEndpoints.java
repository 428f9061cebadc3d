package com.ovconsole.sim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /rest/server-profiles}: paged list, one, create, update, delete. Writes are synchronous
 * below API 120 (201/200/204) and answer 202 + task from 120 on; the stored profile changes when
 * the task completes and shows {@code inProgress: true} meanwhile.
 */
final class ProfileEndpoints {

    /** From this API version on, profile writes are asynchronous. */
    static final int ASYNC_FROM_VERSION = 120;
    private static final String ONE = ServerProfiles.BASE_URI + "/([^/]+)";

    private final ApplianceState state;
    private final ProfileWrites writes;

    ProfileEndpoints(ApplianceState state) {
        this.state = state;
        this.writes = new ProfileWrites(state);
    }

    void register(List<Route> routes) {
        routes.add(Route.secured("/rest/server-profiles/available-targets").on("GET", (ex, m) -> availableTargets(ex)));
        routes.add(Route.secured(ServerProfiles.BASE_URI).on("GET", (ex, m) -> list(ex)).on("POST", (ex, m) -> create(ex)));
        routes.add(Route.secured(ONE).on("GET", this::getOne).on("PUT", this::update).on("DELETE", this::delete));
    }

    private Reply list(SimExchange ex) {
        int version = ex.apiVersion();
        String listType = "ServerProfileList" + ServerProfiles.typeFor(version).substring("ServerProfile".length());
        return Reply.ok(CollectionPage.of(ex).render(listType, "server-profiles", ServerProfiles.BASE_URI,
                state.inventory.profiles.values(), p -> ServerProfiles.render(p, version)));
    }

    private ObjectNode find(String id) {
        ObjectNode profile = state.inventory.profiles.get(id.toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw ApplianceError.notFound(ServerProfiles.BASE_URI + "/" + id);
        }
        return profile;
    }

    private Reply getOne(SimExchange ex, Matcher path) {
        ObjectNode profile = find(path.group(1));
        String eTag = profile.get("eTag").asString();
        String noneMatch = ETags.normalize(ex.header("If-None-Match"));
        if (noneMatch != null && (noneMatch.equals(eTag) || noneMatch.equals("*"))) {
            return Reply.empty(304).header("ETag", eTag);
        }
        return Reply.ok(ServerProfiles.render(profile, ex.apiVersion()));
    }

    private Reply create(SimExchange ex) {
        ObjectNode body = ex.jsonObjectBody();
        ServerProfiles.validate(body);
        String name = body.get("name").asString();
        writes.checkNameFree(name, null);
        writes.checkHardwareAssignable(body, null);
        ObjectNode profile = writes.newProfile(body);
        String uri = profile.get("uri").asString();
        if (ex.apiVersion() < ASYNC_FROM_VERSION) {
            writes.store(profile);
            return Reply.json(201, ServerProfiles.render(profile, ex.apiVersion())).header("Location", ex.absolute(uri));
        }
        SimTask task = state.tasks.startProfileTask(TaskWording.CREATE_PROFILE, ex.session().userName(),
                new SimTask.Target(name, uri, "server-profiles"), (t, outcome) -> {
                    if (succeeded(outcome)) {
                        profile.put("taskUri", t.uri());
                        writes.store(profile);
                    }
                });
        return state.tasks.accepted(ex, task);
    }

    private Reply update(SimExchange ex, Matcher path) {
        ObjectNode current = find(path.group(1));
        ObjectNode body = ex.jsonObjectBody();
        ServerProfiles.validate(body);
        checkPrecondition(ex, current, Json.text(body, "eTag"));
        writes.checkNotBusy(current);
        writes.checkNameFree(body.get("name").asString(), current);
        writes.checkHardwareAssignable(body, current);
        writes.checkPoweredOffForSettings(body, current);
        if (ex.apiVersion() < ASYNC_FROM_VERSION) {
            ObjectNode updated = writes.applyUpdate(current, body);
            return Reply.ok(ServerProfiles.render(updated, ex.apiVersion()));
        }
        SimTask task = state.tasks.startProfileTask(TaskWording.UPDATE_PROFILE, ex.session().userName(),
                target(current), (t, outcome) -> {
                    ObjectNode latest = state.inventory.profiles.get(current.get("uuid").asString());
                    if (latest == null) {
                        return;
                    }
                    latest.put("inProgress", false);
                    if (succeeded(outcome)) {
                        writes.applyUpdate(latest, body);
                    }
                });
        writes.markBusy(current, task);
        return state.tasks.accepted(ex, task);
    }

    private Reply delete(SimExchange ex, Matcher path) {
        ObjectNode current = find(path.group(1));
        checkPrecondition(ex, current, null);
        writes.checkNotBusy(current);
        if (ex.apiVersion() < ASYNC_FROM_VERSION) {
            writes.remove(current);
            return Reply.empty(204);
        }
        SimTask task = state.tasks.startProfileTask(TaskWording.DELETE_PROFILE, ex.session().userName(),
                target(current), (t, outcome) -> {
                    current.put("inProgress", false);
                    if (succeeded(outcome)) {
                        writes.remove(current);
                    }
                });
        writes.markBusy(current, task);
        return state.tasks.accepted(ex, task);
    }

    private Reply availableTargets(SimExchange ex) {
        return Reply.ok(AvailableTargets.of(state.inventory, ex.queryFirst("enclosureGroupUri"),
                ex.queryFirst("serverHardwareTypeUri"), state.now()));
    }

    /** If-Match (else the body's eTag) must name the current version; {@code *} skips the check. */
    private static void checkPrecondition(SimExchange ex, ObjectNode current, String bodyETag) {
        String expected = ex.header("If-Match") != null ? ex.header("If-Match") : bodyETag;
        String actual = current.get("eTag").asString();
        if (!ETags.matches(expected, actual)) {
            throw ApplianceError.of(412, "ETAG_MISMATCH",
                    "The resource was changed by another user since it was read.",
                    "The eTag sent (" + ETags.normalize(expected) + ") does not match the current eTag ("
                            + actual + ").",
                    "Read the resource again, reapply your changes and retry.")
                    .withSource(current.get("uri").asString());
        }
    }

    private static SimTask.Target target(ObjectNode profile) {
        return new SimTask.Target(profile.get("name").asString(), profile.get("uri").asString(), "server-profiles");
    }

    private static boolean succeeded(SimTask.Outcome outcome) {
        return outcome == SimTask.Outcome.COMPLETED || outcome == SimTask.Outcome.WARNING;
    }
}
