package com.ovconsole.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path pattern, the methods it answers and whether it needs a session. */
final class Route {

    /** Handles one method of a route; the matcher holds the path's groups (ids). */
    interface Handler {
        Reply handle(SimExchange exchange, Matcher path);
    }

    final Pattern pattern;
    final boolean open;
    final boolean streaming;
    final Map<String, Handler> byMethod = new LinkedHashMap<>();

    private Route(String regex, boolean open, boolean streaming) {
        this.pattern = Pattern.compile(regex);
        this.open = open;
        this.streaming = streaming;
    }

    /** A route that needs a session. */
    static Route secured(String regex) {
        return new Route(regex, false, false);
    }

    /** A route that answers without a session (version, login details, progress, login). */
    static Route open(String regex) {
        return new Route(regex, true, false);
    }

    /** A download: its handler runs outside the state lock because it streams for a long time. */
    static Route streaming(String regex, boolean open) {
        return new Route(regex, open, true);
    }

    Route on(String method, Handler handler) {
        byMethod.put(method, handler);
        return this;
    }

    String allow() {
        return String.join(", ", byMethod.keySet());
    }

    Matcher match(String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? matcher : null;
    }
}
