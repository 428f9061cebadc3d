package com.ovconsole.sim;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running simulated OneView appliance: HTTPS on loopback, state in memory, deterministic for a
 * seed. Start with {@link #start(SimulatorConfig)}, stop with {@link #close()}. The methods below
 * the accessors steer it from tests and demos (faults, expiry, another admin's edits).
 */
public final class ApplianceSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY every small answer
        // waits ~40 ms for a delayed ACK. Read once when the JDK server first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final int WORKERS = 16;
    private static final int QUEUE = 256;

    private final SimulatorConfig config;
    private volatile HttpsServer server;
    private final ThreadPoolExecutor executor;
    private final ApplianceState state;
    private final Faults faults;
    private final Router router;
    private final TlsMaterial original;
    private volatile TlsMaterial serving;

    private ApplianceSimulator(SimulatorConfig config) throws IOException {
        this.config = config;
        this.original = TlsMaterial.load(config);
        this.serving = original;
        this.state = new ApplianceState(config);
        this.faults = new Faults(config);
        this.router = new Router(state, faults);
        this.executor = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        this.server = serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), serving);
    }

    private HttpsServer serve(InetSocketAddress address, TlsMaterial tls) throws IOException {
        HttpsServer https = HttpsServer.create(address, 64);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
        https.createContext("/", router);
        https.setExecutor(executor);
        https.start();
        return https;
    }

    /** Starts a simulator; the port is chosen by the config (0 = any free port). */
    public static ApplianceSimulator start(SimulatorConfig config) {
        Objects.requireNonNull(config, "config");
        try {
            return new ApplianceSimulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the appliance simulator on port " + config.port(), e);
        }
    }

    /** {@code https://127.0.0.1:PORT}. */
    public URI baseUri() {
        return URI.create("https://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** SHA-256 of the served certificate: uppercase hex pairs joined by ':'. */
    public String certificateSha256() {
        return serving.certificateSha256();
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Stops serving. Call it: the JDK server's dispatcher thread is not a daemon. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // Controls for tests and demos

    /** Every open session answers 401 AUTHN_SESSION_EXPIRED from now on. */
    public void expireSessions() {
        state.sessions.expireAll();
    }

    /**
     * Changes a profile as if another administrator had saved it: the edit is applied and the
     * eTag and modified time change, so a client holding the old eTag gets 412 on its next save.
     */
    public void editProfileAsAnotherUser(String profileId, Consumer<ObjectNode> edit) {
        synchronized (state) {
            state.settle();
            ObjectNode profile = state.inventory.profiles.get(profileId.toLowerCase(Locale.ROOT));
            if (profile == null) {
                throw new IllegalArgumentException("No server profile with id " + profileId);
            }
            edit.accept(profile);
            profile.put("modified", state.now());
            profile.put("eTag", state.eTags.next());
        }
    }

    public void setFaultRate(double rate) {
        faults.faultRate(rate);
    }

    public void setLatencyMs(int ms) {
        faults.latencyMs(ms);
    }

    /** The next {@code connections} requests are dropped without an answer. */
    public void dropNextConnections(int connections) {
        faults.dropNext(connections);
    }

    /** The next {@code requests} requests are answered 500 INTERNAL_ERROR (an ErrorMessage). */
    public void failNextRequests(int requests) {
        faults.failNext(requests);
    }

    /** JSON answers on paths starting with {@code pathPrefix} have a syntax error (a colon goes missing). */
    public void malformAnswers(String pathPrefix) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.MALFORMED, 0, null, null));
    }

    /** JSON answers on the path end halfway (correctly framed: only the JSON is cut short). */
    public void truncateAnswers(String pathPrefix) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.TRUNCATED, 0, null, null));
    }

    /** JSON answers on the path are a valid object of {@code bytes} bytes, streamed. */
    public void hugeAnswers(String pathPrefix, long bytes) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.HUGE, bytes, null, null));
    }

    /** JSON answers on the path are {@code {"members": [[[…]]]}} nested {@code depth} arrays deep. */
    public void deeplyNestedAnswers(String pathPrefix, int depth) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.DEEPLY_NESTED, depth, null, null));
    }

    /**
     * In JSON answers on the path, every field named {@code field} (at any depth) carries
     * {@code value}: an enum value the documentation does not list, as a newer appliance sends.
     */
    public void overrideAnswerField(String pathPrefix, String field, String value) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.FIELD_VALUE, 0, field, value));
    }

    /** Requests on the path answer 302 to the same path and query on {@code otherOrigin} ({@code https://host:port}). */
    public void redirectRequests(String pathPrefix, URI otherOrigin) {
        faults.spoil(new Faults.Rule(pathPrefix, Faults.Spoil.REDIRECT, 0, null, otherOrigin.toString()));
    }

    /** Answers are sent as they are again (undoes the spoiling setters above). */
    public void clearSpoiledAnswers() {
        faults.spoil(null);
    }

    /** Sessions opened by logins so far. */
    public long sessionsOpened() {
        return state.sessions.opened();
    }

    /** Sessions ended by {@code DELETE /rest/login-sessions} so far. */
    public long sessionsLoggedOut() {
        return state.sessions.loggedOut();
    }

    /** Sessions open now: neither logged out nor expired. */
    public long liveSessions() {
        return state.sessions.live();
    }

    /** A copy of a stored profile (as at the current API version), or null when there is none. */
    public ObjectNode profile(String id) {
        synchronized (state) {
            state.settle();
            ObjectNode profile = state.inventory.profiles.get(id.toLowerCase(Locale.ROOT));
            return profile == null ? null : ServerProfiles.render(profile, config.apiVersion());
        }
    }

    /** The ids of the stored profiles, in creation order. */
    public List<String> profileIds() {
        synchronized (state) {
            state.settle();
            return List.copyOf(state.inventory.profiles.keySet());
        }
    }

    /** A copy of a stored server hardware, or null when there is none. */
    public ObjectNode serverHardware(String id) {
        synchronized (state) {
            state.settle();
            ObjectNode server = state.inventory.serverHardware.get(id);
            return server == null ? null : server.deepCopy();
        }
    }

    /** The ids of the server hardware, in creation order. */
    public List<String> serverHardwareIds() {
        synchronized (state) {
            state.settle();
            return List.copyOf(state.inventory.serverHardware.keySet());
        }
    }

    /** A copy of a stored alert, or null when there is none. */
    public ObjectNode alert(String id) {
        synchronized (state) {
            state.settle();
            ObjectNode alert = state.inventory.alerts.get(id);
            return alert == null ? null : alert.deepCopy();
        }
    }

    /** The ids of the alerts, in creation order. */
    public List<String> alertIds() {
        synchronized (state) {
            state.settle();
            return List.copyOf(state.inventory.alerts.keySet());
        }
    }

    /**
     * Changes an alert as if another administrator had (assigned it, added a note…): the edit is
     * applied and its eTag and modified time change, so a client holding the old eTag gets 412.
     */
    public void editAlertAsAnotherUser(String alertId, Consumer<ObjectNode> edit) {
        synchronized (state) {
            state.settle();
            ObjectNode alert = state.inventory.alerts.get(alertId);
            if (alert == null) {
                throw new IllegalArgumentException("No alert with id " + alertId);
            }
            edit.accept(alert);
            alert.put("modified", state.now());
            alert.put("eTag", state.eTags.next());
        }
    }

    /** Requests received so far, all paths, faults included. */
    public long requestCount() {
        return router.requestCount();
    }

    /** Requests received so far on exactly {@code path} (no query), any method, faults included. */
    public long requestCount(String path) {
        return router.requestCount(path);
    }

    /**
     * The appliance makes itself a new certificate while running, as after a regenerated
     * self-signed certificate: its web server restarts on the same port with the renewed demo key
     * (or, called again, the first one), open connections drop, sessions and data stay.
     */
    public synchronized void rotateCertificate() {
        TlsMaterial next = serving == original ? TlsMaterial.renewed() : original;
        InetSocketAddress address = server.getAddress();
        server.stop(0);
        try {
            server = serve(address, next);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the new certificate on port " + address.getPort(), e);
        }
        serving = next;
    }

    /** The SHA-256 (lowercase hex) of the archive this simulator serves now for a backup id. */
    public String backupArchiveSha256(String backupId) {
        String key;
        synchronized (state) {
            key = state.backups.archiveKey(backupId);
        }
        return BackupArchive.sha256(config.seed(), key, config.backupBytes());
    }

    /**
     * The backup's archive is made again in place: same URL, other bytes, a new ETag and
     * Last-Modified, so a download resumed with If-Range must start over.
     */
    public void rewriteBackupArchive(String backupId) {
        synchronized (state) {
            state.settle();
            state.backups.rewriteArchive(backupId);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "appliance-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
