package com.ovconsole.api;

import java.net.URI;

/** Paths as the client sends them: always from {@code /rest} on, safe to put into a URI. */
public final class RestPaths {

    private RestPaths() {
    }

    /** {@code https://ov/rest/tasks/1} -> {@code /rest/tasks/1}; a path is kept; null stays null. */
    public static String fromUriOrPath(String uriOrPath) {
        if (uriOrPath == null || uriOrPath.isBlank()) {
            return null;
        }
        String value = uriOrPath.trim();
        int rest = value.indexOf("/rest/");
        if (!value.startsWith("/") && rest >= 0) {
            value = value.substring(rest);
        } else if (!value.startsWith("/")) {
            URI uri = URI.create(escape(value));
            value = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return escape(value);
    }

    /** Encodes the few characters appliances leave raw in {@code nextPageUri} (spaces, quotes). */
    static String escape(String path) {
        return path.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C").replace(">", "%3E");
    }

    static String requireRestPath(String path) {
        if (path == null || !path.startsWith("/rest")) {
            throw new IllegalArgumentException("A request path starts with /rest, got: " + path);
        }
        return path;
    }
}
