package com.ovconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Sends one request over the connection's pinned HttpClient and turns every failure into the
 * client's exceptions. Knows headers, not sessions: the caller passes the session id.
 */
final class Transport {

    /** What came back for a status below 400 (304 included). */
    record Answer(int status, HttpHeaders headers, byte[] body, URI uri) {
    }

    private final ApplianceAddress address;
    private final HttpClient http;
    private final PinningTrustManager trust;
    private final Duration requestTimeout;
    private final String acceptLanguage;
    private final long maxJsonBytes;
    private final System.Logger log;
    private final Consumer<CertificateChangedException> certificateChanged;

    /** @param certificateChanged hears of every handshake refused because the pinned certificate changed */
    Transport(ApplianceAddress address, HttpClient http, PinningTrustManager trust, Duration requestTimeout,
            String acceptLanguage, long maxJsonBytes, System.Logger log,
            Consumer<CertificateChangedException> certificateChanged) {
        this.address = address;
        this.http = http;
        this.trust = trust;
        this.requestTimeout = requestTimeout;
        this.acceptLanguage = acceptLanguage;
        this.maxJsonBytes = maxJsonBytes;
        this.log = log;
        this.certificateChanged = certificateChanged;
    }

    PinningTrustManager trust() {
        return trust;
    }

    ApplianceAddress address() {
        return address;
    }

    /** Sends and reads the whole (capped) body. Status >= 400 throws the mapped exception. */
    Answer send(ApiRequest request, String sessionId, int apiVersion) {
        HttpResponse<InputStream> response = open(request, address.resolve(request.path()), sessionId, apiVersion);
        try (InputStream in = response.body()) {
            if (response.statusCode() >= 300 && response.statusCode() < 400 && response.statusCode() != 304) {
                throw notFollowed(request, response);
            }
            byte[] body = BodyLimit.read(in, maxJsonBytes, request.describe());
            return new Answer(response.statusCode(), response.headers(), body, response.uri());
        } catch (IOException e) {
            throw new TransportException("The connection to " + address + " broke while reading the answer to "
                    + request.describe() + ".", e);
        }
    }

    /**
     * Sends and leaves the body unread (downloads). Status >= 400 reads the error body and
     * throws; 3xx is returned for the caller to follow.
     */
    HttpResponse<InputStream> open(ApiRequest request, URI target, String sessionId, int apiVersion) {
        return open(request, target, sessionId, apiVersion, Map.of());
    }

    /** As above, with extra request headers (a resumed download's Range and If-Range). */
    HttpResponse<InputStream> open(ApiRequest request, URI target, String sessionId, int apiVersion,
            Map<String, String> extraHeaders) {
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            HttpRequest.Builder builder = builder(request, target, sessionId, apiVersion);
            extraHeaders.forEach(builder::header);
            HttpRequest built = builder.build();
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException lost) {
                if (!isRead(request) || !isLostConnection(lost)) {
                    throw lost;
                }
                // A kept-alive connection the appliance had closed (a restart of its web server, e.g. for a
                // new certificate) fails the first read that reuses it; a read is sent once more, on a new
                // connection, so the user sees what the appliance says now (or that its certificate changed).
                log.log(Level.INFO, "{0} -> connection lost after {1} ms ({2}); sent once more", request.describe(),
                        millisSince(started), lost.getClass().getSimpleName());
                response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            }
        } catch (IOException e) {
            log.log(Level.INFO, "{0} -> failed after {1} ms: {2}", request.describe(), millisSince(started),
                    e.getClass().getSimpleName());
            throw translate(e, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("The request " + request.describe() + " was interrupted.");
        }
        int status = response.statusCode();
        log.log(status >= 400 ? Level.INFO : Level.DEBUG, "{0} -> {1} in {2} ms", request.describe(), status,
                millisSince(started));
        if (status < 400) {
            return response;
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = BodyLimit.read(in, maxJsonBytes, request.describe());
        } catch (IOException | ApiException unreadable) {
            body = new byte[0];
        }
        throw ErrorMapping.toException(status, body, request.authenticated(), request.ifMatch());
    }

    /** Only downloads follow redirects (see Redirects); elsewhere the user learns where it pointed. */
    private static ApiException notFollowed(ApiRequest request, HttpResponse<InputStream> response) {
        String where = response.headers().firstValue("Location").map(location -> {
            try {
                URI target = response.uri().resolve(RestPaths.escape(location));
                return target.getScheme() + "://" + target.getRawAuthority();
            } catch (IllegalArgumentException unreadable) {
                return "an address it could not read";
            }
        }).orElse("nowhere (no Location)");
        return new ApiException("The appliance redirected " + request.describe() + " to " + where
                + "; it was not followed.");
    }

    private HttpRequest.Builder builder(ApiRequest request, URI target, String sessionId, int apiVersion) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(request.timeout() == null ? requestTimeout : request.timeout())
                .header("Accept", "application/json")
                .header("Accept-Language", acceptLanguage);
        if (request.versioned() && apiVersion > 0) {
            builder.header("X-API-Version", Integer.toString(apiVersion));
        }
        if (request.authenticated() && sessionId != null) {
            builder.header("auth", sessionId);
        }
        if (request.ifMatch() != null) {
            builder.header("If-Match", request.ifMatch());
        }
        if (request.ifNoneMatch() != null) {
            builder.header("If-None-Match", request.ifNoneMatch());
        }
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder;
    }

    private ApiException translate(IOException e, ApiRequest request) {
        RefusedChainException refused = cause(e, RefusedChainException.class);
        if (refused != null) {
            CertificateInfo info = CertificateInfo.of(refused.chain(), address.bareHost());
            String pinned = refused.pinnedSha256();
            if (pinned == null) {
                return new UntrustedCertificateException(info);
            }
            CertificateChangedException changed = new CertificateChangedException(pinned, info);
            certificateChanged.accept(changed);
            return changed;
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new ApplianceUnreachableException(address + " did not accept a connection in time."
                    + " Check the address, the network and the proxy settings.", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new ApplianceUnreachableException(address + " did not answer " + request.describe() + " within "
                    + seconds(request.timeout() == null ? requestTimeout : request.timeout()) + ".", e);
        }
        if (causedBy(e, ConnectException.class)) {
            return new ApplianceUnreachableException("Cannot connect to " + address
                    + ". Check the address and that the appliance is running.", e);
        }
        if (causedBy(e, SSLException.class)) {
            return new TransportException("The secure connection to " + address + " failed: "
                    + rootMessage(e) + ".", e);
        }
        return new TransportException("The connection to " + address + " was lost during " + request.describe()
                + " (" + rootMessage(e) + ").", e);
    }

    /** Reads change nothing on the appliance: sending one twice is safe. */
    private static boolean isRead(ApiRequest request) {
        return "GET".equals(request.method()) || "HEAD".equals(request.method());
    }

    /**
     * The connection broke without a timeout, a refused connect or a refused certificate. A TLS error
     * counts as lost: a kept-alive connection the appliance closed can fail as one (the JDK says so in
     * Http1AsyncReceiver), and a read sent once more that meets a real TLS fault fails the same way.
     */
    private static boolean isLostConnection(IOException e) {
        return !(e instanceof HttpTimeoutException) && !causedBy(e, ConnectException.class)
                && !causedBy(e, RefusedChainException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** "60 s", "0.4 s": a sub-second timeout must not read as "0 s". */
    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
