package com.ovconsole.api;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** Configures one {@link ApplianceClient}. Only the address is required. */
public final class ApplianceClientBuilder {

    private final ApplianceAddress address;
    private String pinnedSha256;
    private ProxySelector proxy = ProxySelector.getDefault();
    private Locale locale = Locale.getDefault();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private ReloginHook reloginHook = ReloginHook.NONE;
    private System.Logger logger = System.getLogger("com.ovconsole.api");
    private long maxJsonBytes = BodyLimit.DEFAULT_JSON_BYTES;
    private Consumer<CertificateChangedException> certificateChanged = changed -> { };

    ApplianceClientBuilder(ApplianceAddress address) {
        this.address = Objects.requireNonNull(address, "address");
    }

    /** The SHA-256 the user trusted (any of "AB:CD…", "abcd…"); null = not trusted yet. */
    public ApplianceClientBuilder pinnedSha256(String fingerprint) {
        this.pinnedSha256 = fingerprint == null ? null : CertificateInfo.normalizeFingerprint(fingerprint);
        return this;
    }

    /** Default {@link ProxySelector#getDefault()}; null means no proxy. */
    public ApplianceClientBuilder proxy(ProxySelector selector) {
        this.proxy = selector;
        return this;
    }

    /** A manual HTTP proxy as {@code host:port}; the message of the exception says what is wrong. */
    public ApplianceClientBuilder proxy(String hostAndPort) {
        String bare = hostAndPort == null ? "" : hostAndPort.trim().replaceFirst("(?i)^https?://", "");
        if (!bare.matches(".+:\\d+/?$")) {
            throw new IllegalArgumentException("Give the proxy as host:port, e.g. proxy.example.com:3128.");
        }
        ApplianceAddress parsed = ApplianceAddress.parse(bare);
        this.proxy = ProxySelector.of(InetSocketAddress.createUnresolved(parsed.bareHost(), parsed.port()));
        return this;
    }

    /** Sent as Accept-Language so the appliance localises messages and recommended actions. */
    public ApplianceClientBuilder locale(Locale value) {
        this.locale = Objects.requireNonNull(value, "locale");
        return this;
    }

    public ApplianceClientBuilder connectTimeout(Duration value) {
        this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
        return this;
    }

    public ApplianceClientBuilder requestTimeout(Duration value) {
        this.requestTimeout = Objects.requireNonNull(value, "requestTimeout");
        return this;
    }

    public ApplianceClientBuilder reloginHook(ReloginHook hook) {
        this.reloginHook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    public ApplianceClientBuilder logger(System.Logger value) {
        this.logger = Objects.requireNonNull(value, "logger");
        return this;
    }

    /**
     * Hears, on the calling worker thread, of every request refused because the appliance now
     * presents another certificate than the pinned one (the call itself still throws).
     */
    public ApplianceClientBuilder onCertificateChanged(Consumer<CertificateChangedException> listener) {
        this.certificateChanged = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Cap for JSON answers (default 32 MiB). */
    public ApplianceClientBuilder maxJsonBytes(long value) {
        this.maxJsonBytes = value;
        return this;
    }

    public ApplianceClient build() {
        PinningTrustManager trust = new PinningTrustManager(pinnedSha256);
        HttpClient.Builder http = HttpClient.newBuilder()
                .sslContext(sslContext(trust))
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (proxy != null) {
            http.proxy(proxy);
        }
        String language = locale.toString().isEmpty() ? "en_US" : locale.toString();
        Transport transport = new Transport(address, http.build(), trust, requestTimeout, language, maxJsonBytes,
                logger, certificateChanged);
        return new ApplianceClient(transport, new SessionKeeper(reloginHook), requestTimeout);
    }

    private static SSLContext sslContext(PinningTrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }
}
