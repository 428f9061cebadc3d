package com.ovconsole.integration;

import com.ovconsole.sim.ApplianceSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Plain HTTPS requests to the simulator, bypassing our client, for checks the client cannot make
 * (e.g. replaying an old session id). Trusts exactly the demo certificate, through the JDK's
 * standard trust manager.
 */
final class RawHttps {

    private final ApplianceSimulator simulator;
    private final HttpClient http;

    RawHttps(ApplianceSimulator simulator) {
        this.simulator = simulator;
        this.http = HttpClient.newBuilder().sslContext(trustingDemoCertificate())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path, String sessionId) {
        HttpRequest request = HttpRequest.newBuilder(simulator.baseUri().resolve(path))
                .header("X-API-Version", Integer.toString(simulator.config().apiVersion()))
                .header("auth", sessionId).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trustingDemoCertificate() {
        try (InputStream in = ApplianceSimulator.class.getResourceAsStream("demo-appliance.p12")) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, "changeit".toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("appliance", keys.getCertificate(keys.aliases().nextElement()));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the simulator's demo certificate", e);
        }
    }
}
