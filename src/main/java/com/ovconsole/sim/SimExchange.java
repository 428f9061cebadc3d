package com.ovconsole.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One request as handlers see it: decoded query, API version, session, bounded body, JSON answers. */
final class SimExchange {

    /** Bodies above this are refused with 413 before being read. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** How much of a refused body is read and thrown away so the client sees the 413. */
    static final long LINGER_BYTES = 4L * MAX_BODY_BYTES;

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private int apiVersion;
    private Sessions.Session session;
    private byte[] body;

    SimExchange(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    String path() {
        String path = exchange.getRequestURI().getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String queryFirst(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    int apiVersion() {
        return apiVersion;
    }

    void apiVersion(int version) {
        this.apiVersion = version;
    }

    Sessions.Session session() {
        return session;
    }

    void session(Sessions.Session session) {
        this.session = session;
    }

    HttpExchange raw() {
        return exchange;
    }

    /** The request body as JSON; 413 when too large, 400 when it is not JSON. An empty body is null. */
    JsonNode jsonBody() {
        preloadBody();
        byte[] bytes = body;
        if (bytes.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw ApplianceError.malformedJson(e.getOriginalMessage());
        }
    }

    /** A body that must be a JSON object. */
    ObjectNode jsonObjectBody() {
        JsonNode body = jsonBody();
        if (body == null || !body.isObject()) {
            throw ApplianceError.malformedJson("The request body must be a JSON object.");
        }
        return (ObjectNode) body;
    }

    /** Reads the body now (outside the state lock); 413 when too large. */
    void preloadBody() {
        if (body == null) {
            body = bodyBytes();
        }
    }

    /** True when the request announces a body. */
    boolean hasBody() {
        String length = header("Content-Length");
        return length != null ? parseLength(length) > 0 : header("Transfer-Encoding") != null;
    }

    private byte[] bodyBytes() {
        String declared = header("Content-Length");
        if (declared != null && parseLength(declared) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApplianceError.malformedJson("The request body could not be read: " + e.getMessage());
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ApplianceError tooLarge() {
        return ApplianceError.of(413, "REQUEST_ENTITY_TOO_LARGE",
                "The request body is larger than the appliance accepts.",
                "The limit is " + MAX_BODY_BYTES + " bytes.", "Send a smaller request.");
    }

    void sendJson(int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        JsonNode eTag = body.get("eTag");
        if (eTag != null && eTag.isString() && !body.has("members") && !exchange.getResponseHeaders().containsKey("ETag")) {
            exchange.getResponseHeaders().set("ETag", eTag.asString());
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
            out.flush();
        }
    }

    /**
     * Sends the answer to a body that is too large at once, then reads and discards what the client
     * is still sending (up to {@link #LINGER_BYTES}) before abandoning the connection, as the web
     * servers in front of real appliances do ("lingering close"): a client that is still writing
     * its body would otherwise get a broken pipe instead of this answer.
     */
    void sendJsonAndDrop(int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
        discardRestOfBody();
        throw new DroppedConnection("request body too large");
    }

    private void discardRestOfBody() {
        byte[] scratch = new byte[64 * 1024];
        long discarded = 0;
        try {
            InputStream in = exchange.getRequestBody();
            int read;
            while (discarded < LINGER_BYTES && (read = in.read(scratch)) >= 0) {
                discarded += read;
            }
        } catch (IOException clientGone) {
            // the client stopped sending: nothing left to linger for
        }
    }

    void sendEmpty(int status) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    /** An absolute https URL for a path on this appliance, as real appliances put in Location. */
    String absolute(String path) {
        String host = header("Host");
        if (host == null || host.isBlank()) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        }
        return "https://" + host + path;
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApplianceError.badRequest("INVALID_QUERY", "The query string is not valid.", text);
        }
    }
}
