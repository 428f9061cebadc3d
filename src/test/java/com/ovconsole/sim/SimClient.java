package com.ovconsole.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTPS requests to a simulator, as any OneView client would send them (not our client).
 * Trusts exactly the certificate of the given key store, through a standard TrustManagerFactory.
 */
final class SimClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplianceSimulator simulator;
    private final HttpClient http;
    private final int apiVersion;
    private String session;

    SimClient(ApplianceSimulator simulator, int apiVersion) {
        this(simulator, apiVersion, "demo-appliance.p12", ApplianceSimulator.class);
    }

    SimClient(ApplianceSimulator simulator, int apiVersion, String keystoreResource, Class<?> resourceBase) {
        this.simulator = simulator;
        this.apiVersion = apiVersion;
        this.http = HttpClient.newBuilder().sslContext(trusting(keystoreResource, resourceBase))
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An SSLContext whose trust store holds only the certificate of this PKCS12 key store. */
    static SSLContext trusting(String keystoreResource, Class<?> resourceBase) {
        try (InputStream in = resourceBase.getResourceAsStream(keystoreResource)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, "changeit".toCharArray());
            Certificate certificate = keys.getCertificate(keys.aliases().nextElement());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("appliance", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return http;
    }

    String session() {
        return session;
    }

    SimClient login() {
        return login("Administrator", "admin");
    }

    SimClient login(String user, String password) {
        HttpResponse<String> response = send("POST", "/rest/login-sessions", "{\"userName\":\"" + user
                + "\",\"password\":\"" + password + "\",\"authLoginDomain\":\"LOCAL\",\"loginMsgAck\":true}");
        if (response.statusCode() != 200) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.body());
        }
        session = json(response).get("sessionID").asString();
        return this;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A request with X-API-Version, auth (when logged in), JSON content type and extra header pairs. */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        return execute(request(method, path, body, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("X-API-Version", String.valueOf(apiVersion)).header("Accept", "application/json");
        if (session != null) {
            builder.header("auth", session);
        }
        List<String> extra = new ArrayList<>(List.of(headers));
        if (body != null && !extra.contains("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i < extra.size(); i += 2) {
            builder.setHeader(extra.get(i), extra.get(i + 1));
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    <T> HttpResponse<T> execute(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathOrUrl) {
        return pathOrUrl.startsWith("https://") ? URI.create(pathOrUrl) : simulator.baseUri().resolve(pathOrUrl);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
