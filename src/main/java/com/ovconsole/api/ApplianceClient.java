package com.ovconsole.api;

import com.ovconsole.api.model.ApiVersionInfo;
import com.ovconsole.api.model.ApplianceProgress;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.LoginDetails;
import com.ovconsole.api.model.LoginSession;
import com.ovconsole.api.model.TaskResource;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One connection to one appliance: its own pinned HttpClient, API version and session. Thread
 * safe; every call blocks, so call it off the UI thread. Build it with {@link #builder(String)}.
 */
public final class ApplianceClient implements AutoCloseable {

    private static final String JSON = "application/json";
    private static final int LOGOUT_ATTEMPTS = 3;

    private final Transport transport;
    private final SessionKeeper session;
    private final Duration logoutTimeout;
    private volatile int apiVersion;

    ApplianceClient(Transport transport, SessionKeeper session, Duration requestTimeout) {
        this.transport = transport;
        this.session = session;
        this.logoutTimeout = requestTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? requestTimeout : Duration.ofSeconds(5);
    }

    /** @param address {@code host}, {@code host:port} or {@code https://host:port} */
    public static ApplianceClientBuilder builder(String address) {
        return new ApplianceClientBuilder(ApplianceAddress.parse(address));
    }

    public ApplianceAddress address() {
        return transport.address();
    }

    /** The negotiated API version, 0 before {@link #negotiate()}. */
    public int apiVersion() {
        return apiVersion;
    }

    /**
     * The user re-trusted a changed certificate: from the next connection on, exactly the
     * certificate with this SHA-256 is trusted (the old one no longer is). The session is kept.
     */
    public void trustCertificate(String sha256) {
        transport.trust().pin(sha256);
    }

    /** The trusted certificate's SHA-256 (normalised), or null before one was trusted. */
    public String pinnedSha256() {
        return transport.trust().pinnedSha256();
    }

    public boolean isLoggedIn() {
        return session.sessionId() != null;
    }

    /** {@code GET /rest/version}, sent without X-API-Version and without a session. */
    public ApiVersionInfo version() {
        ApiRequest request = ApiRequest.of("GET", "/rest/version").anonymous().unversioned();
        return Json.convert(Json.parse(transport.send(request, null, 0).body(), request.describe()),
                ApiVersionInfo.class, request.describe());
    }

    /**
     * {@code GET /rest/appliance/progress}, readable while the appliance starts (when every other
     * call answers 503): sent without a session and without X-API-Version, like the version.
     */
    public ApplianceProgress applianceProgress() {
        ApiRequest request = ApiRequest.of("GET", "/rest/appliance/progress").anonymous().unversioned();
        return Json.convert(Json.parse(transport.send(request, null, 0).body(), request.describe()),
                ApplianceProgress.class, request.describe());
    }

    /** Reads the version and picks the API to speak; see {@link ApiVersions#negotiate}. */
    public int negotiate() {
        return negotiate(version());
    }

    /**
     * Picks the API to speak from a {@code /rest/version} answer already read (the connect flow
     * reads it once, before the certificate and login steps, and must not ask again).
     */
    public int negotiate(ApiVersionInfo info) {
        apiVersion = ApiVersions.negotiate(info);
        return apiVersion;
    }

    /**
     * Speaks {@code version} from now on instead of the negotiated one: an administrator's override
     * (an older API whose behaviour a script relies on). The appliance refuses a version outside
     * its range with 412, as it would for any client.
     */
    public void useApiVersion(int version) {
        if (version <= 0) {
            throw new IllegalArgumentException("An API version is a positive number, got " + version);
        }
        apiVersion = version;
    }

    public LoginDetails loginDetails() {
        return read(ApiRequest.of("GET", "/rest/logindetails").anonymous(), LoginDetails.class);
    }

    /**
     * Logs in and wipes the password. Wrong password etc. -> ApplianceErrorException
     * (AUTHN_AUTH_FAIL...). A session this client already had is logged out, so none leaks.
     */
    public void login(Credentials credentials) {
        String previous = session.sessionId();
        startSession(credentials);
        if (previous != null) {
            deleteSession(previous);
        }
    }

    private void startSession(Credentials credentials) {
        try {
            byte[] body = loginBody(credentials);
            try {
                ApiRequest request = ApiRequest.of("POST", "/rest/login-sessions").anonymous().body(body, JSON);
                LoginSession answer = read(request, LoginSession.class);
                if (answer.sessionID() == null || answer.sessionID().isBlank()) {
                    throw new ApiException("The appliance accepted the login but sent no session id.");
                }
                session.started(answer.sessionID(), credentials.userName());
            } finally {
                Arrays.fill(body, (byte) 0);
            }
        } finally {
            credentials.wipe();
        }
    }

    /** Ends the session on the appliance; bounded in time, never throws (safe on exit paths). */
    public void logout() {
        String old = session.clear();
        if (old != null) {
            deleteSession(old);
        }
    }

    /**
     * A lost connection or a 5xx is tried again (twice at most): a session left open counts against
     * the appliance's session limit for hours. An appliance that cannot be reached is not waited for.
     */
    private void deleteSession(String sessionId) {
        for (int attempt = 1; attempt <= LOGOUT_ATTEMPTS; attempt++) {
            try {
                transport.send(ApiRequest.of("DELETE", "/rest/login-sessions").timeout(logoutTimeout), sessionId,
                        apiVersion);
                return;
            } catch (ApplianceUnreachableException | SessionExpiredException gone) {
                return; // nothing to wait for, or nothing left to end
            } catch (TransportException lost) {
                // dropped on the way: the session is still open, try again
            } catch (ApplianceErrorException refused) {
                if (refused.status() < 500) {
                    return;
                }
            } catch (RuntimeException ignored) {
                // The session times out on its own; exit must not fail because the appliance is gone.
                return;
            }
        }
    }

    @Override
    public void close() {
        logout();
    }

    /** GET one resource with its tree and ETag. */
    public <T> Resource<T> get(String path, Class<T> type) {
        ApiRequest request = ApiRequest.of("GET", path);
        return resource(execute(request), type, request.describe());
    }

    /** GET with If-None-Match: empty when the appliance answers 304 (unchanged). */
    public <T> Optional<Resource<T>> getIfNoneMatch(String path, Class<T> type, ETag eTag) {
        ApiRequest request = ApiRequest.of("GET", path).ifNoneMatch(eTag == null ? null : eTag.quoted());
        Transport.Answer answer = execute(request);
        return answer.status() == 304 ? Optional.empty() : Optional.of(resource(answer, type, request.describe()));
    }

    /** One page of a collection. */
    public <T> CollectionPage<T> page(String path, PageQuery query, Class<T> type) {
        ApiRequest request = ApiRequest.of("GET", query.appendTo(path));
        return Pages.parse(Json.parse(execute(request).body(), request.describe()), type, request.describe());
    }

    /**
     * Every page, following {@code nextPageUri} until it is null, repeats {@code uri} or loops.
     * {@code onPage} sees each page as it arrives; {@code cancelled} is checked between pages.
     */
    public <T> List<T> allPages(String path, PageQuery query, Class<T> type, Consumer<CollectionPage<T>> onPage,
            BooleanSupplier cancelled) {
        List<T> all = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String next = query.appendTo(path);
        while (next != null) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException("Reading " + path + " was cancelled.");
            }
            visited.add(next);
            CollectionPage<T> page = page(next, PageQuery.ALL, type);
            onPage.accept(page);
            all.addAll(page.members());
            String following = page.hasNext() && !page.members().isEmpty() ? RestPaths.fromUriOrPath(page.nextPageUri()) : null;
            next = following == null || visited.contains(following) ? null : following;
        }
        return all;
    }

    /** PUT the whole tree with If-Match (required: never "*"; a stale one -> PreconditionFailedException). */
    public WriteResult put(String path, ObjectNode tree, ETag ifMatch) {
        return write(ApiRequest.of("PUT", path).body(bytes(tree), JSON).ifMatch(requireEtag(ifMatch)));
    }

    /**
     * PUT to an action sub-resource that has no ETag of its own ({@code …/powerState}): no If-Match
     * is sent. Whole resources go through {@link #put(String, ObjectNode, String)}.
     */
    public WriteResult putAction(String path, JsonNode body) {
        return write(ApiRequest.of("PUT", path).body(bytes(body), JSON));
    }

    /** POST; {@code body} may be null for an empty body (e.g. {@code POST /rest/backups}). */
    public WriteResult post(String path, JsonNode body) {
        ApiRequest request = ApiRequest.of("POST", path);
        return write(body == null ? request : request.body(bytes(body), JSON));
    }

    /** PATCH with the given content type (JSON Patch: {@code application/json-patch+json}). */
    public WriteResult patch(String path, JsonNode body, String contentType, ETag ifMatch) {
        ApiRequest request = ApiRequest.of("PATCH", path).body(bytes(body), contentType);
        return write(ifMatch == null ? request : request.ifMatch(requireEtag(ifMatch)));
    }

    /** DELETE; {@code ifMatch} may be null. */
    public WriteResult delete(String path, ETag ifMatch) {
        ApiRequest request = ApiRequest.of("DELETE", path);
        return write(ifMatch == null ? request : request.ifMatch(requireEtag(ifMatch)));
    }

    public TaskResource task(TaskRef task) {
        return get(task.uri(), TaskResource.class).value();
    }

    /** Asks the appliance to cancel a task (only meaningful when {@code isCancellable}). */
    public WriteResult cancelTask(TaskRef task) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("taskState", "Cancelling");
        return patch(task.uri(), body, JSON, null);
    }

    /** The direct children of a task ({@code filter=parentTaskUri='<uri>'}). */
    public List<TaskResource> childTasks(TaskRef task) {
        PageQuery query = PageQuery.ALL.filter("parentTaskUri='" + task.uri() + "'");
        return allPages("/rest/tasks", query, TaskResource.class, page -> { }, () -> false);
    }

    /** Opens a download (body unread), following same-appliance redirects. For {@link Downloader}. */
    HttpResponse<InputStream> openDownload(String path) {
        return openDownload(path, java.util.Map.of());
    }

    /** As above with extra headers: Range and If-Range when {@link Downloader} resumes a {@code .part}. */
    HttpResponse<InputStream> openDownload(String path, java.util.Map<String, String> headers) {
        return withRelogin(sessionId -> Redirects.follow(transport, ApiRequest.of("GET", path), sessionId,
                ensureVersion(), headers));
    }

    private WriteResult write(ApiRequest request) {
        return WriteResults.from(execute(request), request.describe());
    }

    private <T> T read(ApiRequest request, Class<T> type) {
        return Json.convert(Json.parse(execute(request).body(), request.describe()), type, request.describe());
    }

    private <T> Resource<T> resource(Transport.Answer answer, Class<T> type, String what) {
        JsonNode tree = Json.parse(answer.body(), what);
        if (!tree.isObject()) {
            throw new ApiException("The appliance's answer to " + what + " is not a JSON object.");
        }
        ObjectNode object = (ObjectNode) tree;
        ETag eTag = answer.headers().firstValue("ETag").map(ETag::of).orElse(WriteResults.bodyEtag(object));
        return new Resource<>(Json.convert(object, type, what), object, eTag);
    }

    private Transport.Answer execute(ApiRequest request) {
        return withRelogin(sessionId -> transport.send(request, sessionId, ensureVersion()));
    }

    /** Runs a call; after a session-expired 401 asks the hook (once for all threads) and replays once. */
    private <R> R withRelogin(Function<String, R> call) {
        String used = session.sessionId();
        try {
            return call.apply(used);
        } catch (SessionExpiredException expired) {
            // The expired session is gone on the appliance: no logout for it.
            if (!session.renew(used, transport.address(), this::startSession)) {
                throw expired;
            }
            return call.apply(session.sessionId());
        }
    }

    private int ensureVersion() {
        return apiVersion > 0 ? apiVersion : negotiate();
    }

    private static String requireEtag(ETag eTag) {
        if (eTag == null || "*".equals(eTag.value())) {
            throw new IllegalArgumentException("A write needs the ETag of the version it changes (never '*').");
        }
        return eTag.quoted();
    }

    private static byte[] bytes(JsonNode node) {
        return Json.MAPPER.writeValueAsBytes(node);
    }

    /** Streams the password from its char array so no extra String copy of it is made. */
    private static byte[] loginBody(Credentials credentials) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("userName", credentials.userName());
            json.writeName("password");
            json.writeString(credentials.password(), 0, credentials.password().length);
            json.writeStringProperty("authLoginDomain", credentials.loginDomain());
            json.writeBooleanProperty("loginMsgAck", credentials.acknowledgeLoginMessage());
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "ApplianceClient[" + transport.address() + ", api " + apiVersion + "]";
    }

    URI resolve(String path) {
        return transport.address().resolve(path);
    }
}
