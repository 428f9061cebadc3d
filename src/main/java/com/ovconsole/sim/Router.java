package com.ovconsole.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;

/**
 * Every request passes here: faults, start-up 503, route lookup (404), API version (400/412),
 * session (401), method (405), privileges, content type (415), then the handler under the state
 * lock. Any {@link ApplianceError} becomes its ErrorMessage answer.
 */
final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final String PROGRESS = "/rest/appliance/progress";
    private static final String VERSION = "/rest/version";

    private final ApplianceState state;
    private final Faults faults;
    private final List<Route> routes = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, LongAdder> requestsByPath = new ConcurrentHashMap<>();

    Router(ApplianceState state, Faults faults) {
        this.state = state;
        this.faults = faults;
        new ApplianceEndpoints(state).register(routes);
        new ProfileEndpoints(state).register(routes);
        new InventoryEndpoints(state).register(routes);
        new ServerPowerEndpoint(state).register(routes);
        new AlertEndpoints(state).register(routes);
        new TaskEndpoints(state).register(routes);
        new BackupEndpoints(state).register(routes);
    }

    long requestCount() {
        return requests.get();
    }

    long requestCount(String path) {
        LongAdder count = requestsByPath.get(path);
        return count == null ? 0 : count.sum();
    }

    @Override
    public void handle(HttpExchange raw) throws IOException {
        requests.incrementAndGet();
        SimExchange ex = new SimExchange(raw);
        requestsByPath.computeIfAbsent(ex.path(), path -> new LongAdder()).increment();
        try {
            faults.beforeRequest();
            if (faults.redirect(ex)) {
                return;
            }
            send(ex, dispatch(ex));
        } catch (ApplianceError e) {
            sendError(ex, e);
        } catch (DroppedConnection e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulator failed on " + ex.method() + " " + ex.path(), e);
            sendError(ex, ApplianceError.of(500, "INTERNAL_ERROR", "An internal error occurred on the appliance.",
                    String.valueOf(e.getMessage()), "Retry the request."));
        }
    }

    private Reply dispatch(SimExchange ex) throws IOException {
        String path = ex.path();
        if (state.startupProgress() < 1.0 && !path.equals(PROGRESS)) {
            throw ApplianceError.of(503, "APPLIANCE_STARTING", "The appliance is starting.",
                    "Services are still starting; see " + PROGRESS + ".",
                    "Wait until the appliance has started, then retry.");
        }
        if (state.config.lacks(path)) {
            throw ApplianceError.notFound(path);
        }
        Route route = null;
        Matcher matcher = null;
        for (Route candidate : routes) {
            matcher = candidate.match(path);
            if (matcher != null) {
                route = candidate;
                break;
            }
        }
        if (route == null) {
            throw ApplianceError.notFound(path);
        }
        if (!path.equals(VERSION)) {
            ex.apiVersion(apiVersion(ex.header("X-API-Version")));
        }
        if (!route.open) {
            ex.session(state.sessions.require(ex.header("auth")));
        }
        Route.Handler handler = route.byMethod.get(ex.method());
        if (handler == null) {
            throw ApplianceError.methodNotAllowed(ex.method(), path, route.allow());
        }
        if (ex.session() != null && ex.session().readOnly() && !ex.method().equals("GET")) {
            throw Sessions.insufficientPrivileges(ex.session().userName());
        }
        if (WRITES.contains(ex.method())) {
            checkContentType(ex);
            ex.preloadBody();
        }
        if (route.streaming) {
            return handler.handle(ex, matcher);
        }
        synchronized (state) {
            state.settle();
            return handler.handle(ex, matcher);
        }
    }

    private int apiVersion(String header) {
        if (header == null || header.isBlank()) {
            return state.config.minApiVersion();
        }
        int version;
        try {
            version = Integer.parseInt(header.trim());
        } catch (NumberFormatException e) {
            throw ApplianceError.badRequest("INVALID_API_VERSION", "The X-API-Version header is not a number.",
                    "X-API-Version: " + header);
        }
        if (version < state.config.minApiVersion() || version > state.config.apiVersion()) {
            throw ApplianceError.of(412, "INVALID_API_VERSION",
                    "The specified API version is not valid. Supported versions are "
                            + state.config.minApiVersion() + " to " + state.config.apiVersion() + ".",
                    "X-API-Version: " + version, "Send an X-API-Version between "
                            + state.config.minApiVersion() + " and " + state.config.apiVersion() + ".");
        }
        return version;
    }

    private static void checkContentType(SimExchange ex) {
        String type = ex.header("Content-Type");
        boolean json = type != null && type.toLowerCase(Locale.ROOT).trim().startsWith("application/json");
        if ((type != null || ex.hasBody()) && !json) {
            throw ApplianceError.of(415, "UNSUPPORTED_MEDIA_TYPE",
                    "The content type " + type + " is not supported.",
                    "Request bodies must be application/json.", "Send the body as application/json.");
        }
    }

    private void send(SimExchange ex, Reply reply) throws IOException {
        if (reply.streamed != null) {
            reply.streamed.send(ex);
            return;
        }
        reply.headers.forEach(ex::setHeader);
        if (reply.body == null) {
            ex.sendEmpty(reply.status);
        } else if (!faults.sendSpoiled(ex, reply.status, reply.body)) {
            ex.sendJson(reply.status, reply.body);
        }
    }

    private void sendError(SimExchange ex, ApplianceError error) throws IOException {
        if (error.allowHeader() != null) {
            ex.setHeader("Allow", error.allowHeader());
        }
        if (error.status() == 413) {
            ex.sendJsonAndDrop(error.status(), error.body());
        }
        if (!faults.sendSpoiled(ex, error.status(), error.body())) {
            ex.sendJson(error.status(), error.body());
        }
    }
}
