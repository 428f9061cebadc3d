package com.ovconsole.faults;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Another host on loopback (127.0.0.2) that records every request it gets, headers included. It
 * serves the demo appliance's certificate, so a client pinned to the appliance would trust it: if
 * a session id ever followed a redirect here, it would arrive and be recorded.
 */
final class OtherHost implements AutoCloseable {

    record Received(String method, String path, Map<String, List<String>> headers) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpsServer server;

    OtherHost() {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 8);
            server.setHttpsConfigurator(new HttpsConfigurator(demoTls()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders())));
            byte[] body = "{}".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    URI origin() {
        return URI.create("https://127.0.0.2:" + server.getAddress().getPort());
    }

    /** True when any request here carried an {@code auth} header (header names are case-insensitive). */
    boolean sawAuthHeader() {
        return received.stream().anyMatch(r -> r.headers().keySet().stream().anyMatch("auth"::equalsIgnoreCase));
    }

    private static SSLContext demoTls() {
        char[] password = "changeit".toCharArray();
        try (InputStream in = OtherHost.class.getResourceAsStream("/com/ovconsole/sim/demo-appliance.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
