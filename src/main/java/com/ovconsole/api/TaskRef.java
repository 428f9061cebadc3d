package com.ovconsole.api;

/** A task's URI path ({@code /rest/tasks/<id>}), as found in Location, X-Task-URI or the body. */
public record TaskRef(String uri) {

    public TaskRef {
        uri = RestPaths.fromUriOrPath(uri);
        if (uri == null || !uri.startsWith("/rest/")) {
            throw new IllegalArgumentException("A task URI starts with /rest/, got: " + uri);
        }
    }
}
