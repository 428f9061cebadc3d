package com.ovconsole.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Injected trouble: latency, a share of requests answered 500 or dropped (drawn from the seed, so
 * a run repeats), "drop the next n connections", "answer the next n with 500", and spoiled answers
 * on one path (malformed, truncated, huge or deeply nested JSON, a field set to a value the
 * documentation does not list, a redirect to another host). Changeable while running.
 */
final class Faults {

    /** How answers whose path starts with {@code pathPrefix} are spoiled. */
    enum Spoil { MALFORMED, TRUNCATED, HUGE, DEEPLY_NESTED, FIELD_VALUE, REDIRECT }

    record Rule(String pathPrefix, Spoil spoil, long size, String field, String value) {
    }

    private static final int CHUNK = 64 * 1024;

    private final Random random;
    private volatile int latencyMs;
    private volatile double faultRate;
    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile Rule rule;

    Faults(SimulatorConfig config) {
        this.random = new Random(config.seed() ^ 0xFA17L);
        this.latencyMs = config.latencyMs();
        this.faultRate = config.faultRate();
    }

    void latencyMs(int ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + ms);
        }
        latencyMs = ms;
    }

    void faultRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate must be in [0, 1]: " + rate);
        }
        faultRate = rate;
    }

    void dropNext(int connections) {
        dropNext.addAndGet(Math.max(0, connections));
    }

    void failNext(int requests) {
        failNext.addAndGet(Math.max(0, requests));
    }

    /** Spoils the answers on a path from now on; null stops it. */
    void spoil(Rule newRule) {
        rule = newRule;
    }

    /**
     * Runs before each request: waits the latency on this worker thread only (others go on), then
     * maybe drops the connection or answers 500.
     */
    void beforeRequest() {
        int delay = latencyMs;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new DroppedConnection("dropNextConnections");
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw ApplianceError.of(500, "INTERNAL_ERROR", "An internal error occurred on the appliance.",
                    "Injected fault (failNextRequests).", "Retry the request.",
                    "If the problem persists, contact your HPE support representative.");
        }
        double rate = faultRate;
        if (rate <= 0) {
            return;
        }
        double roll;
        boolean drop;
        synchronized (random) {
            roll = random.nextDouble();
            drop = random.nextBoolean();
        }
        if (roll < rate) {
            if (drop) {
                throw new DroppedConnection("injected fault");
            }
            throw ApplianceError.of(500, "INTERNAL_ERROR", "An internal error occurred on the appliance.",
                    "Injected fault (fault rate " + rate + ").", "Retry the request.",
                    "If the problem persists, contact your HPE support representative.");
        }
    }

    /** A 302 to the other host when the redirect rule covers this request; false otherwise. */
    boolean redirect(SimExchange ex) throws IOException {
        Rule current = rule;
        if (current == null || current.spoil() != Spoil.REDIRECT || !ex.path().startsWith(current.pathPrefix())) {
            return false;
        }
        String query = ex.raw().getRequestURI().getRawQuery();
        URI target = URI.create(current.value()).resolve(ex.raw().getRequestURI().getRawPath()
                + (query == null ? "" : "?" + query));
        ex.setHeader("Location", target.toString());
        ex.sendEmpty(302);
        return true;
    }

    /** Sends {@code body} spoiled when a rule covers this path; false when it is to be sent as it is. */
    boolean sendSpoiled(SimExchange ex, int status, JsonNode body) throws IOException {
        Rule current = rule;
        if (current == null || current.spoil() == Spoil.REDIRECT || !ex.path().startsWith(current.pathPrefix())) {
            return false;
        }
        byte[] whole = Json.MAPPER.writeValueAsBytes(body);
        switch (current.spoil()) {
            case FIELD_VALUE -> ex.sendJson(status, withField(body.deepCopy(), current.field(), current.value()));
            // A colon turned into a space: the kind of damage a broken proxy or a bad patch does.
            case MALFORMED -> sendRaw(ex, status, malformed(whole));
            // Framed correctly (Content-Length says half), so only the JSON is cut short.
            case TRUNCATED -> sendRaw(ex, status, Arrays.copyOf(whole, whole.length / 2));
            case DEEPLY_NESTED -> sendRaw(ex, status, nested((int) current.size()));
            case HUGE -> sendHuge(ex, status, current.size());
            default -> throw new IllegalStateException(current.spoil().name());
        }
        return true;
    }

    private static JsonNode withField(JsonNode node, String field, String value) {
        if (node instanceof ObjectNode object && object.has(field)) {
            object.put(field, value);
        }
        node.forEach(child -> withField(child, field, value));
        return node;
    }

    private static byte[] malformed(byte[] json) {
        byte[] copy = json.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == ':') {
                copy[i] = ' ';
                break;
            }
        }
        return copy;
    }

    private static byte[] nested(int depth) {
        String open = "{\"members\":" + "[".repeat(depth);
        return (open + "]".repeat(depth) + "}").getBytes(StandardCharsets.US_ASCII);
    }

    private static void sendRaw(SimExchange ex, int status, byte[] bytes) throws IOException {
        ex.setHeader("Content-Type", "application/json;charset=UTF-8");
        ex.raw().sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.raw().getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A valid JSON object of {@code size} bytes, streamed (never held in memory). */
    private static void sendHuge(SimExchange ex, int status, long size) throws IOException {
        byte[] head = "{\"members\":[],\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        long padding = Math.max(0, size - head.length - tail.length);
        ex.setHeader("Content-Type", "application/json;charset=UTF-8");
        ex.raw().sendResponseHeaders(status, head.length + padding + tail.length);
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        OutputStream out = ex.raw().getResponseBody();
        try {
            out.write(head);
            for (long left = padding; left > 0; left -= CHUNK) {
                out.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
            out.write(tail);
            out.close();
        } catch (IOException clientGone) {
            // The client refused the rest: that is what a bounded reader does.
            throw new DroppedConnection("client stopped reading a huge answer");
        }
    }
}
