package com.ovconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** Follows 301/302/303/307/308 by hand, only within the same appliance (the session must not leak). */
final class Redirects {

    static final int MAX_HOPS = 5;

    private Redirects() {
    }

    static HttpResponse<InputStream> follow(Transport transport, ApiRequest request, String sessionId, int apiVersion) {
        return follow(transport, request, sessionId, apiVersion, Map.of());
    }

    /** As above; the extra headers (Range, If-Range) go with every hop. */
    static HttpResponse<InputStream> follow(Transport transport, ApiRequest request, String sessionId, int apiVersion,
            Map<String, String> extraHeaders) {
        URI target = transport.address().resolve(request.path());
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            HttpResponse<InputStream> response = transport.open(request, target, sessionId, apiVersion, extraHeaders);
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return response;
            }
            close(response);
            String location = response.headers().firstValue("Location").orElseThrow(() -> new ApiException(
                    "The appliance redirected " + request.describe() + " without saying where to."));
            URI next = target.resolve(RestPaths.escape(location));
            if (!"https".equalsIgnoreCase(next.getScheme()) || !next.getRawAuthority().equalsIgnoreCase(target.getRawAuthority())) {
                throw new ApiException("The appliance redirected " + request.describe() + " to another address ("
                        + next.getScheme() + "://" + next.getHost() + "); it was not followed.");
            }
            target = next;
        }
        throw new ApiException("The appliance redirected " + request.describe() + " more than " + MAX_HOPS + " times.");
    }

    private static void close(HttpResponse<InputStream> response) {
        try (InputStream ignored = response.body()) {
            // drained by close
        } catch (IOException ignored) {
            // the redirect is what matters
        }
    }
}
