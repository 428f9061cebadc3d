package com.ovconsole.api;

import java.time.Duration;

/**
 * One request as the transport sends it. {@code authenticated}: carries the session;
 * {@code versioned}: carries X-API-Version (every call but {@code GET /rest/version}).
 */
record ApiRequest(String method, String path, byte[] body, String contentType, String ifMatch, String ifNoneMatch,
        boolean authenticated, boolean versioned, Duration timeout) {

    static ApiRequest of(String method, String path) {
        return new ApiRequest(method, RestPaths.requireRestPath(path), null, null, null, null, true, true, null);
    }

    ApiRequest body(byte[] json, String type) {
        return new ApiRequest(method, path, json, type, ifMatch, ifNoneMatch, authenticated, versioned, timeout);
    }

    ApiRequest ifMatch(String etag) {
        return new ApiRequest(method, path, body, contentType, etag, ifNoneMatch, authenticated, versioned, timeout);
    }

    ApiRequest ifNoneMatch(String etag) {
        return new ApiRequest(method, path, body, contentType, ifMatch, etag, authenticated, versioned, timeout);
    }

    ApiRequest anonymous() {
        return new ApiRequest(method, path, body, contentType, ifMatch, ifNoneMatch, false, versioned, timeout);
    }

    ApiRequest unversioned() {
        return new ApiRequest(method, path, body, contentType, ifMatch, ifNoneMatch, authenticated, false, timeout);
    }

    ApiRequest timeout(Duration value) {
        return new ApiRequest(method, path, body, contentType, ifMatch, ifNoneMatch, authenticated, versioned, value);
    }

    String describe() {
        int query = path.indexOf('?');
        return method + " " + (query < 0 ? path : path.substring(0, query));
    }
}
