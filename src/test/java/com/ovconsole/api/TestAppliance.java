package com.ovconsole.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A small HTTPS server on loopback answering like an appliance, with a committed self-signed
 * key store ("appliance-a" names localhost and 127.0.0.1; "appliance-b" names another host).
 * Routes are exact paths (query ignored); every request is recorded for assertions.
 */
final class TestAppliance implements AutoCloseable {

    /** A request as the server saw it. */
    record Seen(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    private TestAppliance(String keyStore) throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(sslContext(keyStore)));
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** @param keyStore "appliance-a" or "appliance-b" */
    static TestAppliance start(String keyStore) {
        try {
            return new TestAppliance(keyStore);
        } catch (Exception e) {
            throw new IllegalStateException("test server did not start", e);
        }
    }

    TestAppliance route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Answers {@code json} with {@code status} on {@code path}. */
    TestAppliance json(String path, int status, String json) {
        return route(path, exchange -> reply(exchange, status, json));
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The SHA-256 keytool printed for this key store (an oracle independent of the client). */
    static String fingerprint(String keyStore) {
        return resource(keyStore + ".sha256").trim();
    }

    static String resource(String name) {
        try (InputStream in = TestAppliance.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Seen> requestsTo(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).toList();
    }

    static void reply(HttpExchange exchange, int status, String json) throws IOException {
        reply(exchange, status, "application/json", json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
    }

    static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean noBody = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        HttpHandler handler = routes.get(path);
        if (handler == null) {
            reply(exchange, 404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\",\"message\":\"Resource not found: " + path + "\"}");
            return;
        }
        try {
            handler.handle(exchange);
        } finally {
            exchange.close();
        }
    }

    private static SSLContext sslContext(String keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = "changeit".toCharArray();
        try (InputStream in = TestAppliance.class.getResourceAsStream(keyStore + ".p12")) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
