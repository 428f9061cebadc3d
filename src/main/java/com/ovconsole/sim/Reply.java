package com.ovconsole.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a handler answers, computed under the state lock and sent after it is released: a status,
 * a JSON body (or none), extra headers, or a streamed download.
 */
final class Reply {

    /** A body written straight to the response stream (downloads). */
    interface Streamed {
        void send(SimExchange exchange) throws java.io.IOException;
    }

    final int status;
    final JsonNode body;
    final Map<String, String> headers = new LinkedHashMap<>();
    final Streamed streamed;

    private Reply(int status, JsonNode body, Streamed streamed) {
        this.status = status;
        this.body = body;
        this.streamed = streamed;
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, body, null);
    }

    static Reply ok(JsonNode body) {
        return json(200, body);
    }

    static Reply empty(int status) {
        return new Reply(status, null, null);
    }

    static Reply streamed(Streamed streamed) {
        return new Reply(200, null, streamed);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
